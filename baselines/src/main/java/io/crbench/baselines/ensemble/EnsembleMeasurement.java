package io.crbench.baselines.ensemble;

import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.datasets.images.LabeledInputs;
import io.crbench.degradation.Restored;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.LevelHits;
import io.crbench.experiment.Scale;
import io.crbench.image.Image8;
import io.crbench.train.CheckpointCache;
import io.crbench.train.LabeledTrainingSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What one {@link EnsembleExperiment} measured: the per-level hits of the six pipelines and their
 * method ids, and, where the experiment {@linkplain EnsembleExperiment#checksSecondArchitecture()
 * checks a second architecture}, that classifier's hits without and with the restorer.
 *
 * @param hits the six pipelines' hits at every level of the experiment's grid
 * @param methods each pipeline's method id
 * @param secondArchitecture {@link EnsembleExperiment#SECOND_ARCHITECTURE} as Cla(org) and Seq(org),
 *        or an empty map where the experiment does not check it
 */
public record EnsembleMeasurement(PipelineHits hits, Map<Pipeline, String> methods,
        Map<Pipeline, LevelHits> secondArchitecture) {

    /**
     * Trains (or loads from {@code cache}) the experiment's networks and evaluates them on its test
     * images at every level of its grid.
     *
     * @param sample receives the first test image and the restorer at the experiment's sample level,
     *        while the restorer is open, for the report to show
     */
    public static EnsembleMeasurement take(EnsembleExperiment e, Scale scale, CheckpointCache cache,
            BiConsumer<Image8, Restored> sample) {
        LabeledTrainingSet training = e.training(scale);
        LabeledInputs test = e.test(scale);
        int[] levels = e.kind().grid(scale);
        try (RestorationEnsemble method = RestorationEnsemble.loadOrTrain(e.kind(), training, scale, cache)) {
            PipelineHits hits = method.evaluate(test.images(), test.labels(), levels);
            Map<Pipeline, String> methods = new EnumMap<>(Pipeline.class);
            for (Pipeline p : Pipeline.values()) {
                methods.put(p, method.method(p));
            }
            sample.accept(test.images().get(0), new Restored(e.kind().at(e.sampleLevel()), method.restorer()));
            Map<Pipeline, LevelHits> second = Map.of();
            if (e.checksSecondArchitecture()) {
                try (ClassifierGrid grid = ClassifierGrids.over(RestorationEnsemble.cleanClassifier(
                        EnsembleExperiment.SECOND_ARCHITECTURE, training, scale, cache), test)) {
                    second = method.withAndWithoutRestorer(grid, levels);
                }
            }
            return new EnsembleMeasurement(hits, methods, second);
        }
    }
}
