package io.crbench.baselines.ensemble;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.crbench.baselines.classifiers.ClassifierArchitecture;
import io.crbench.baselines.restorers.DilatedRestorationNet;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.Identity;
import io.crbench.degradation.RandomLevel;
import io.crbench.degradation.Restored;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.LevelHits;
import io.crbench.experiment.Scale;
import io.crbench.image.Image8;
import io.crbench.model.BlockClassifier;
import io.crbench.model.Classifier;
import io.crbench.restore.BlockRestorer;
import io.crbench.restore.Restorer;
import io.crbench.train.BatchSource;
import io.crbench.train.CachedTraining;
import io.crbench.train.CheckpointCache;
import io.crbench.train.CheckpointKey;
import io.crbench.train.ClassifierTrainer;
import io.crbench.train.ClassifierTrainingJob;
import io.crbench.train.LabeledTrainingSet;
import io.crbench.train.PatchTargets;
import io.crbench.train.PixelLosses;
import io.crbench.train.Recipe;
import io.crbench.train.RestorerTrainer;
import io.crbench.train.TrainedModel;
import io.crbench.train.TrainingCurves;
import io.crbench.train.TrainingJob;
import io.crbench.train.TrainingRun;
import io.crbench.train.TrainingSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Seed 003's method for one data set and one {@link DegradationKind} (§3, Fig. 1-(d)), trained as
 * the paper trains it (§3.2), each network separately and in order: the restoration network (MSE
 * to the clean image, inputs degraded at a random level), the level estimator (MSE to the
 * normalised level), the classifier of clean images, the classifier of degraded images (for the
 * Cla(jpg)/Cla(Gauss) and Ens(Cla) baselines), the classifier of restored images (the frozen
 * restorer applied to degraded training images), and the ensemble-weight network (cross-entropy
 * of the weighted classifiers, every other network frozen). Each network is cached under a key
 * that includes the keys of the networks it was trained through, so retraining one retrains
 * everything downstream of it.
 *
 * <p>{@link #evaluate} runs all six pipelines of Tables 3, 4 and 6 on the same degraded test
 * images. Closing the ensemble closes its networks.
 */
public final class RestorationEnsemble implements AutoCloseable {
    /** Bump when a network, a recipe or the training code changes: every checkpoint is then retrained. */
    public static final String CODE_VERSION = "seed003-ensemble-2";

    private final DegradationKind kind;
    private final Scale scale;
    private final BlockRestorer restorer;
    private final LevelEstimator estimator;
    private final BlockClassifier clean;
    private final BlockClassifier degraded;
    private final BlockClassifier restored;
    private final EnsembleWeights weights;

    private RestorationEnsemble(DegradationKind kind, Scale scale, BlockRestorer restorer, LevelEstimator estimator,
            BlockClassifier clean, BlockClassifier degraded, BlockClassifier restored, EnsembleWeights weights) {
        this.kind = kind;
        this.scale = scale;
        this.restorer = restorer;
        this.estimator = estimator;
        this.clean = clean;
        this.degraded = degraded;
        this.restored = restored;
        this.weights = weights;
    }

    /**
     * Loads every network of the method from {@code cache}, training (and caching) the missing
     * ones. Training is serialised: the engine's seed and gradient bookkeeping are global.
     *
     * @param kind the degradation the method is built for
     * @param data the labelled training images (also the clean images of restorer and estimator)
     * @param scale picks networks and recipes ({@link EnsembleRecipes})
     * @param cache where checkpoints live
     */
    public static synchronized RestorationEnsemble loadOrTrain(DegradationKind kind, LabeledTrainingSet data,
            Scale scale, CheckpointCache cache) {
        EnsembleRecipes recipes = EnsembleRecipes.of(scale);
        int side = data.imageSize();
        TrainingSet images = new TrainingSet(data.ids(), data.images());
        RestorerTrainer imageTrainer = new RestorerTrainer(cache);
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            TrainingJob restorerJob = new TrainingJob("dilated-restorer(" + kind.id() + ")",
                    () -> DilatedRestorationNet.block(scale), recipes.restorer(side), PixelLosses.mse(),
                    kind.random(EnsembleRecipes.RESTORER_SEED), images, CODE_VERSION);
            BlockRestorer restorer = new BlockRestorer(named("dilated-restorer", restorerJob.checkpointKey()),
                    imageTrainer.loadOrTrain(restorerJob).model());
            opened.add(restorer);

            RandomLevel estimatorLevels = kind.random(EnsembleRecipes.ESTIMATOR_SEED);
            TrainingJob estimatorJob = new TrainingJob("level-estimator(" + kind.id() + ")",
                    () -> LevelEstimationNet.block(scale), recipes.estimator(side), PixelLosses.mse(), estimatorLevels,
                    images, CODE_VERSION, levelTargets(kind, estimatorLevels));
            TrainedModel estimatorModel = imageTrainer.loadOrTrain(estimatorJob);
            LevelEstimator estimator = new LevelEstimator(estimatorModel.model());
            opened.add(estimator);

            ClassifierTrainer classifierTrainer = new ClassifierTrainer(cache);
            BlockClassifier clean = classifier(classifierTrainer, "clean", new Identity(), EnsembleRecipes.CLEAN_SEED,
                    data, recipes, scale);
            opened.add(clean);
            BlockClassifier degraded = classifier(classifierTrainer, kind.id(),
                    kind.random(EnsembleRecipes.DEGRADED_SEED), EnsembleRecipes.DEGRADED_SEED, data, recipes, scale);
            opened.add(degraded);
            BlockClassifier restored = classifier(classifierTrainer, "restored-" + kind.id(),
                    new Restored(kind.random(EnsembleRecipes.RESTORED_SEED), restorer), EnsembleRecipes.RESTORED_SEED,
                    data, recipes, scale);
            opened.add(restored);

            List<String> upstream = new ArrayList<>(data.ids());
            upstream.addAll(List.of(restorer.id(), named("level-estimator", estimatorJob.checkpointKey()), clean.id(),
                    restored.id()));
            TrainedModel weightModel = trainWeights(cache, kind, data, recipes.weightSamples(), recipes.weights(),
                    upstream, restorer, estimator, clean, restored);
            return new RestorationEnsemble(kind, scale, restorer, estimator, clean, degraded, restored,
                    new EnsembleWeights(weightModel.model()));
        } catch (RuntimeException e) {
            for (AutoCloseable c : opened) {
                try {
                    c.close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /**
     * The level estimator's labels: each patch's level, drawn by {@code levels} from the patch's
     * degradation seed, normalised ({@link DegradationKind#normalised}).
     */
    static PatchTargets levelTargets(DegradationKind kind, RandomLevel levels) {
        return (batch, manager) -> {
            float[] level = new float[batch.size()];
            for (int i = 0; i < level.length; i++) {
                level[i] = kind.normalised(levels.levelFor(batch.degradationSeed(i)));
            }
            return new NDList(manager.create(level, new Shape(level.length, 1)));
        };
    }

    /** A VGG-like classifier (Fig. 2) trained on {@code data} under {@code inputs}. */
    private static BlockClassifier classifier(ClassifierTrainer trainer, String trainedOn, Degradation inputs,
            long seed, LabeledTrainingSet data, EnsembleRecipes recipes, Scale scale) {
        return classifier(trainer, ClassifierArchitecture.VGG_LIKE, trainedOn, inputs, seed, data, recipes, scale);
    }

    private static BlockClassifier classifier(ClassifierTrainer trainer, ClassifierArchitecture architecture,
            String trainedOn, Degradation inputs, long seed, LabeledTrainingSet data, EnsembleRecipes recipes,
            Scale scale) {
        String name = architecture.id() + "(" + trainedOn + ")";
        ClassifierTrainingJob job = new ClassifierTrainingJob(name, () -> architecture.block(scale, data.numClasses()),
                recipes.classifier(data.imageSize(), seed), data, recipes.augmentation(), inputs, CODE_VERSION);
        return trainer.classifier(named(name, job.checkpointKey()), job);
    }

    /**
     * A classifier of clean images of another architecture, trained with the recipe of the
     * method's own: to check that a finding about "the classifier trained on clean images" is not
     * one about the VGG-like network alone (see {@link #withAndWithoutRestorer}).
     */
    public static BlockClassifier cleanClassifier(ClassifierArchitecture architecture, LabeledTrainingSet data,
            Scale scale, CheckpointCache cache) {
        return classifier(new ClassifierTrainer(cache), architecture, "clean", new Identity(),
                EnsembleRecipes.CLEAN_SEED, data, EnsembleRecipes.of(scale), scale);
    }

    /**
     * Cla(org) and Seq(org) for another classifier of clean images: its top-1 hits on the degraded
     * test images and on the same images after this method's restorer, degraded exactly as in
     * {@link #evaluate}.
     *
     * @param grid the classifier over the test images
     */
    public Map<Pipeline, LevelHits> withAndWithoutRestorer(ClassifierGrid grid, int[] levels) {
        return withAndWithoutRestorer(kind, restorer, grid, levels);
    }

    /**
     * Cla(org) and Seq(org) for any classifier of clean images and any restorer (e.g. a released
     * one): the grid's top-1 hits at each of {@code levels} of {@code kind} (image i degraded with
     * seed i, as {@link #evaluate} degrades them), and on the same images restored in batches.
     */
    public static Map<Pipeline, LevelHits> withAndWithoutRestorer(DegradationKind kind, Restorer restorer,
            ClassifierGrid grid, int[] levels) {
        return Map.of(Pipeline.CLA_ORG, LevelHits.of(grid, levels, kind::at), Pipeline.SEQ_ORG,
                LevelHits.of(grid, levels, level -> new Restored(kind.at(level), restorer)));
    }

    /**
     * The ensemble-weight network (cross-entropy of the weighted classifiers, every other network
     * frozen), cached under a key naming {@code upstream}, the ids of its training data and of the
     * networks it is trained through.
     *
     * @param samples degraded training images the weights are fitted on
     */
    static TrainedModel trainWeights(CheckpointCache cache, DegradationKind kind, LabeledTrainingSet data, int samples,
            Recipe recipe, List<String> upstream, Restorer restorer, LevelEstimator estimator, Classifier clean,
            Classifier restored) {
        RandomLevel levels = kind.random(EnsembleRecipes.WEIGHT_SEED);
        CheckpointKey key = new CheckpointKey("ensemble-weights(" + kind.id() + ")", recipe.id(), levels.id(),
                EnsembleCrossEntropy.NAME, upstream, recipe.seed(), CODE_VERSION);
        return CachedTraining.loadOrTrain(cache, key, key.methodId(), EnsembleWeightNet.block(),
                model -> TrainingCurves.of(TrainingRun.train(key.methodId(), model, recipe, weightSamples(data,
                        samples, levels, restorer, estimator, clean, restored, recipe.seed()),
                        new EnsembleCrossEntropy())));
    }

    /**
     * The ensemble-weight network's training data, computed once with every other network frozen:
     * {@code count} training images (cycling through the set) degraded at a drawn level, their
     * estimated level as input, and as labels the true class's probability under the clean and the
     * restored classifier on the restored image. Batches are drawn with replacement.
     */
    private static BatchSource weightSamples(LabeledTrainingSet data, int count, RandomLevel levels,
            Restorer restorer, LevelEstimator estimator, Classifier clean, Classifier restored, long seed) {
        List<Image8> cleanImages = new ArrayList<>(count);
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            cleanImages.add(data.images().get(i % data.size()));
            labels[i] = data.label(i % data.size());
        }
        List<Image8> degradedImages = levels.applyAll(cleanImages, LongStream.range(0, count).toArray());
        List<Image8> restoredImages = restorer.restoreAll(degradedImages);
        float[] estimated = estimator.estimate(degradedImages);
        float[] cleanTrue = trueClassProbability(clean.logits(restoredImages), labels);
        float[] restoredTrue = trueClassProbability(restored.logits(restoredImages), labels);
        SplittableRandom rng = new SplittableRandom(seed);
        return new BatchSource() {
            @Override
            public Shape inputShape(int batchSize) {
                return new Shape(batchSize, 1);
            }

            @Override
            public Batch next(int batchSize, NDManager manager) {
                float[] input = new float[batchSize];
                float[] a = new float[batchSize];
                float[] b = new float[batchSize];
                for (int i = 0; i < batchSize; i++) {
                    int j = rng.nextInt(count);
                    input[i] = estimated[j];
                    a[i] = cleanTrue[j];
                    b[i] = restoredTrue[j];
                }
                return new Batch(new NDList(manager.create(input, new Shape(batchSize, 1))),
                        new NDList(manager.create(a), manager.create(b)));
            }
        };
    }

    private static float[] trueClassProbability(float[][] logits, int[] labels) {
        float[][] p = Probabilities.softmax(logits);
        float[] out = new float[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = p[i][labels[i]];
        }
        return out;
    }

    /**
     * A model id tied to its checkpoint ({@link CheckpointKey#nameSha256()}), so keys of models
     * trained through it change with it.
     */
    static String named(String name, CheckpointKey key) {
        return name + "#" + key.nameSha256().substring(0, 12);
    }

    /**
     * Every pipeline's top-1 hits on {@code images} at every level of {@code levels} (see
     * {@link EnsembleNetworks#evaluate}).
     */
    public PipelineHits evaluate(List<Image8> images, int[] labels, int[] levels) {
        return new EnsembleNetworks(kind, restorer, estimator, clean, degraded, restored, weights).evaluate(images,
                labels, levels);
    }

    /** The degradation the method is built for. */
    public DegradationKind kind() {
        return kind;
    }

    /**
     * A stable name of one pipeline's networks for result rows, e.g.
     * {@code dilated-restorer+vgg-like(restored-jpeg) (ci)}; checkpoint hashes are left out so rows
     * stay comparable with recorded baselines across retraining.
     */
    public String method(Pipeline pipeline) {
        String s = scale.name().toLowerCase(Locale.ROOT);
        return switch (pipeline) {
            case CLA_ORG -> "vgg-like(clean) (" + s + ")";
            case CLA_DEGRADED -> "vgg-like(" + kind.id() + ") (" + s + ")";
            case SEQ_ORG -> "dilated-restorer+vgg-like(clean) (" + s + ")";
            case SEQ_RES -> "dilated-restorer+vgg-like(restored-" + kind.id() + ") (" + s + ")";
            case ENS_CLA -> "max-probability(vgg-like(clean), vgg-like(" + kind.id() + ")) (" + s + ")";
            case PROPOSED -> "level-weighted(dilated-restorer+vgg-like(clean), dilated-restorer+vgg-like(restored-"
                    + kind.id() + ")) (" + s + ")";
        };
    }

    /** The restoration network, e.g. for a sample image in the report. */
    public BlockRestorer restorer() {
        return restorer;
    }

    @Override
    public void close() {
        restorer.close();
        estimator.close();
        clean.close();
        degraded.close();
        restored.close();
        weights.close();
    }
}
