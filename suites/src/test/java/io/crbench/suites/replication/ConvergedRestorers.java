package io.crbench.suites.replication;

import io.crbench.baselines.replication.TrainedRestorer;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.Memoized;
import io.crbench.degradation.Restored;
import io.crbench.experiment.CellRecorder;
import io.crbench.reports.TrainingCurvePlot;
import io.crbench.reproduction.Measurement;
import io.crbench.result.MetricId;
import io.crbench.train.TrainingJob;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The restorers a replication suite trains under {@link io.crbench.baselines.replication.CifarReplication}:
 * each trained (or loaded) once per suite instance by whichever case needs it first, which then
 * records its convergence row (best validation loss, and in words whether the run converged) and
 * attaches its loss curves; and the images each restores, restored once.
 */
public final class ConvergedRestorers implements AutoCloseable {
    private final Map<String, TrainedRestorer> trained = new ConcurrentHashMap<>();
    private final Map<String, Degradation> restored = new ConcurrentHashMap<>();
    private final String paper;
    private final String table;
    private final String dataset;
    private final String setup;
    private final int plotWindow;

    /**
     * @param paper the paper id of the convergence rows
     * @param table their table
     * @param dataset the data set the restorers learn from, as rows name it
     * @param setup the rows' reason, before the convergence words
     * @param plotWindow iterations averaged per point of the plotted training loss
     */
    public ConvergedRestorers(String paper, String table, String dataset, String setup, int plotWindow) {
        this.paper = paper;
        this.table = table;
        this.dataset = dataset;
        this.setup = setup;
        this.plotWindow = plotWindow;
    }

    /**
     * The restorer named {@code key} in this suite, trained or loaded from {@code job} on first use
     * (the job is built only then: its validation set is compressed when it is made).
     */
    public TrainedRestorer of(String key, Supplier<TrainingJob> job) {
        TrainedRestorer known = trained.get(key);
        if (known != null) {
            return known;
        }
        TrainedRestorer t = TrainedRestorer.of(job.get());
        trained.put(key, t);
        TrainingCurvePlot.attach(t.restorer().id(), t.training(), t.validation(), plotWindow,
                t.converged() ? "converged" : "NOT converged");
        CellRecorder.unpublished(Measurement.exact(MetricId.VALIDATION_LOSS.wire(), t.bestValidationLoss(),
                t.validation().size()), paper, table, "CIFAR-10 replication: training", dataset, t.restorer().id(),
                t.rule().validation().id(), setup + "; " + t.convergence());
        return t;
    }

    /** {@code degradation}'s images restored by {@code r}, each restored once. */
    public Degradation restored(TrainedRestorer r, Degradation degradation) {
        return restored.computeIfAbsent(r.restorer().id() + "∘" + degradation.id(),
                k -> Memoized.of(new Restored(degradation, r.restorer())));
    }

    @Override
    public void close() {
        trained.values().forEach(t -> t.restorer().close());
    }
}
