package io.crbench.baselines.ensemble;

import io.crbench.experiment.Scale;
import io.crbench.train.RandomAffine;
import io.crbench.train.Recipe;

/**
 * How each network of seed 003's method is trained at one {@link Scale}. The paper states only
 * the optimizer (Adamax for all training, §3.1), the losses (§3.2) and the augmentations (§4.1);
 * step counts and batch sizes are ours. Every network trains on the experiment's own training
 * images (the paper trains restoration and level estimation on Yang91, Urban100 and General100
 * patches, which are not on this machine), at their full size, with Adamax at Keras' default
 * rate 0.002 at paper scale.
 *
 * <p>{@link Scale#CI} fits the whole method, six networks per data set and degradation, in a few
 * minutes on 2 CPU cores: 400 steps of 32 for the restorer, 600 for the level estimator, 300 steps
 * of 64 for each classifier (about 4 epochs of 5,000 images) and 300 steps of 128 for the ensemble
 * weights on 2,000 degraded training images, at rate 0.01 except for the restorer (five times
 * Keras' default, for the few steps there are: over 400 steps it gave a clean CIFAR accuracy of
 * 0.41 against 0.40 at 0.002). {@link Scale#PAPER} (our choice, for a GPU box):
 * 50,000 steps of 64 for the restorer and estimator, 30,000 steps of 128 per classifier, 5,000
 * steps of 128 for the ensemble weights on 10,000 degraded training images, all at 0.002.
 *
 * @param scale the scale the recipes are for
 * @param restorerSteps steps of the restoration network
 * @param estimatorSteps steps of the level estimator
 * @param imageBatch batch of the restorer and the estimator
 * @param classifierSteps steps of each classifier
 * @param classifierBatch batch of each classifier
 * @param weightSteps steps of the ensemble-weight network
 * @param weightSamples degraded training images the ensemble weights are fitted on
 * @param learningRate Adamax rate of the level estimator and the classifiers
 * @param augmentation classifier augmentation (§4.1: zoom, shear, flip, rotation, shifts)
 */
public record EnsembleRecipes(Scale scale, int restorerSteps, int estimatorSteps, int imageBatch, int classifierSteps,
        int classifierBatch, int weightSteps, int weightSamples, float learningRate, RandomAffine augmentation) {
    /** Keras' default Adamax rate, the restorer's at every scale. */
    public static final float KERAS_RATE = 0.002f;
    /** The CI rate of estimator and classifiers. */
    public static final float CI_RATE = 0.01f;
    /** Batch of the ensemble-weight network. */
    public static final int WEIGHT_BATCH = 128;
    /** Rate of the ensemble-weight network: a 50-weight perceptron on one input tolerates more. */
    public static final float WEIGHT_LEARNING_RATE = 0.01f;
    /** Seeds, one per network, so no two share a random stream. */
    static final long RESTORER_SEED = 31;
    static final long ESTIMATOR_SEED = 32;
    static final long CLEAN_SEED = 33;
    static final long DEGRADED_SEED = 34;
    static final long RESTORED_SEED = 35;
    static final long WEIGHT_SEED = 36;

    /** The recipes of {@code scale}. */
    public static EnsembleRecipes of(Scale scale) {
        RandomAffine keras = new RandomAffine(10, 0.1, 10, 0.1, true);
        return scale == Scale.CI
                ? new EnsembleRecipes(scale, 400, 600, 32, 300, 64, 300, 2_000, CI_RATE, keras)
                : new EnsembleRecipes(scale, 50_000, 50_000, 64, 30_000, 128, 5_000, 10_000, KERAS_RATE, keras);
    }

    /** The restoration network's recipe for {@code imageSize} px images. */
    public Recipe restorer(int imageSize) {
        return Recipe.adamax(scale, imageSize, imageBatch, restorerSteps, KERAS_RATE, RESTORER_SEED);
    }

    /** The level estimator's recipe. */
    public Recipe estimator(int imageSize) {
        return Recipe.adamax(scale, imageSize, imageBatch, estimatorSteps, learningRate, ESTIMATOR_SEED);
    }

    /** A classifier's recipe, seeded per classifier. */
    public Recipe classifier(int imageSize, long seed) {
        return Recipe.adamax(scale, imageSize, classifierBatch, classifierSteps, learningRate, seed);
    }

    /** The ensemble-weight network's recipe (its "patch" is the one input number). */
    public Recipe weights() {
        return Recipe.adamax(scale, 1, WEIGHT_BATCH, weightSteps, WEIGHT_LEARNING_RATE, WEIGHT_SEED);
    }
}
