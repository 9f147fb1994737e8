package io.crbench.train;

import ai.djl.training.optimizer.Adam;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.crbench.experiment.Scale;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a network is trained: input patches (or images) of a side, batches, iterations, Adam or
 * Adamax with a multi-step learning-rate schedule, and the seed of everything random (initial
 * weights, patches, degradations). Each method states one recipe per {@link Scale}: {@code CI}
 * fits in minutes on 2 CPU cores, {@code PAPER} follows the paper.
 *
 * @param scale the scale this recipe is meant for (part of {@link #id()})
 * @param patchSize side of the square training patches
 * @param batchSize patches per iteration
 * @param iterations optimizer steps
 * @param learningRate the optimizer's initial learning rate
 * @param beta1 Adam / Adamax β1
 * @param beta2 Adam / Adamax β2
 * @param epsilon Adam / Adamax ε
 * @param milestones iterations after which the learning rate is multiplied by {@code gamma}
 *     (PyTorch's {@code MultiStepLR} stepped once per iteration), strictly increasing
 * @param gamma learning-rate factor at each milestone
 * @param seed seed of initial weights, patch draws and degradations
 * @param augmentation the random flips (and turns) of each training patch
 * @param rule the update rule: {@link UpdateRule#ADAM} or {@link UpdateRule#ADAMAX}
 */
public record Recipe(Scale scale, int patchSize, int batchSize, int iterations, float learningRate, float beta1,
        float beta2, float epsilon, List<Integer> milestones, float gamma, long seed, PatchAugmentation augmentation,
        UpdateRule rule) {
    /** The optimizers a recipe can name. */
    public enum UpdateRule {
        /** Kingma and Ba's Adam (DJL's). */
        ADAM,
        /** Adam's infinity-norm variant, {@link Adamax}; seed 003 trains every network with it. */
        ADAMAX
    }

    public Recipe {
        if (patchSize < 1 || batchSize < 1 || iterations < 1) {
            throw new IllegalArgumentException("patch size, batch size and iterations must be positive, got "
                    + patchSize + ", " + batchSize + ", " + iterations);
        }
        if (!(learningRate > 0) || !(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0)) {
            throw new IllegalArgumentException("Adam needs lr > 0, 0 <= β < 1 and ε > 0, got lr=" + learningRate
                    + ", β1=" + beta1 + ", β2=" + beta2 + ", ε=" + epsilon);
        }
        milestones = checkedMilestones(milestones);
        if (!(gamma > 0)) {
            throw new IllegalArgumentException("learning-rate factor gamma must be positive, got " + gamma);
        }
        Objects.requireNonNull(augmentation, "patch augmentation");
        Objects.requireNonNull(rule, "update rule");
    }

    /**
     * {@code steps} as a schedule's milestones: an immutable copy, or an error naming them unless
     * they are positive and strictly increasing. Public so that a protocol declaring a schedule
     * fails where it is declared, with the same rule and message as the recipe built from it.
     */
    public static List<Integer> checkedMilestones(List<Integer> steps) {
        List<Integer> copy = List.copyOf(steps);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) < 1 || (i > 0 && copy.get(i) <= copy.get(i - 1))) {
                throw new IllegalArgumentException("milestones must be positive and strictly increasing, got " + copy);
            }
        }
        return copy;
    }

    /** An Adam recipe with {@link PatchAugmentation#DIHEDRAL} patches (what every restorer used first). */
    public Recipe(Scale scale, int patchSize, int batchSize, int iterations, float learningRate, float beta1,
            float beta2, float epsilon, List<Integer> milestones, float gamma, long seed) {
        this(scale, patchSize, batchSize, iterations, learningRate, beta1, beta2, epsilon, milestones, gamma, seed,
                PatchAugmentation.DIHEDRAL, UpdateRule.ADAM);
    }

    /** Adam with PyTorch's defaults (β = 0.9, 0.999; ε = 10⁻⁸) and a constant learning rate. */
    public static Recipe adam(Scale scale, int patchSize, int batchSize, int iterations, float learningRate, long seed) {
        return new Recipe(scale, patchSize, batchSize, iterations, learningRate, 0.9f, 0.999f, 1e-8f, List.of(), 1f, seed);
    }

    /**
     * Adamax with Keras' defaults (β = 0.9, 0.999; ε = 10⁻⁷; seed 003's code is Keras) and a
     * constant learning rate (Keras' default is 0.002).
     */
    public static Recipe adamax(Scale scale, int imageSize, int batchSize, int iterations, float learningRate,
            long seed) {
        return new Recipe(scale, imageSize, batchSize, iterations, learningRate, 0.9f, 0.999f, 1e-7f, List.of(), 1f,
                seed, PatchAugmentation.DIHEDRAL, UpdateRule.ADAMAX);
    }

    /** This recipe with Adam's β1, β2 and ε replaced. */
    public Recipe withAdam(float newBeta1, float newBeta2, float newEpsilon) {
        return new Recipe(scale, patchSize, batchSize, iterations, learningRate, newBeta1, newBeta2, newEpsilon,
                milestones, gamma, seed, augmentation, rule);
    }

    /** This recipe with the learning rate multiplied by {@code factor} after each of {@code steps}. */
    public Recipe withMilestones(float factor, int... steps) {
        return withMilestones(factor, Arrays.stream(steps).boxed().toList());
    }

    /** This recipe with the learning rate multiplied by {@code factor} after each of {@code steps}. */
    public Recipe withMilestones(float factor, List<Integer> steps) {
        return new Recipe(scale, patchSize, batchSize, iterations, learningRate, beta1, beta2, epsilon, steps, factor,
                seed, augmentation, rule);
    }

    /** This recipe with another number of iterations. */
    public Recipe withIterations(int n) {
        return new Recipe(scale, patchSize, batchSize, n, learningRate, beta1, beta2, epsilon, milestones, gamma, seed,
                augmentation, rule);
    }

    /** This recipe with another initial learning rate. */
    public Recipe withLearningRate(float lr) {
        return new Recipe(scale, patchSize, batchSize, iterations, lr, beta1, beta2, epsilon, milestones, gamma, seed,
                augmentation, rule);
    }

    /** This recipe with another seed. */
    public Recipe withSeed(long newSeed) {
        return new Recipe(scale, patchSize, batchSize, iterations, learningRate, beta1, beta2, epsilon, milestones,
                gamma, newSeed, augmentation, rule);
    }

    /** This recipe with another patch augmentation. */
    public Recipe withAugmentation(PatchAugmentation newAugmentation) {
        return new Recipe(scale, patchSize, batchSize, iterations, learningRate, beta1, beta2, epsilon, milestones,
                gamma, seed, newAugmentation, rule);
    }

    /** The learning rate of iteration {@code iteration} (1-based). */
    public float learningRateAt(int iteration) {
        float lr = learningRate;
        for (int m : milestones) {
            if (iteration > m) {
                lr *= gamma;
            }
        }
        return lr;
    }

    /** A fresh optimizer (DJL's Adam, or {@link Adamax}) for one training run. */
    public Optimizer optimizer() {
        Tracker schedule = schedule();
        return switch (rule) {
            case ADAM -> Adam.builder()
                    .optLearningRateTracker(schedule)
                    .optBeta1(beta1)
                    .optBeta2(beta2)
                    .optEpsilon(epsilon)
                    .build();
            case ADAMAX -> new Adamax(schedule, beta1, beta2, epsilon);
        };
    }

    /**
     * The learning rate per update as DJL asks for it: DJL counts updates from 1, so this is
     * {@link #learningRateAt}. Not DJL's {@code MultiFactorTracker}, which refuses a single
     * milestone; for two or more it multiplies by {@code gamma} in the same order, so the rates are
     * the same floats.
     */
    Tracker schedule() {
        return milestones.isEmpty() ? Tracker.fixed(learningRate) : this::learningRateAt;
    }

    /** The engine seed: DJL takes an int. */
    public int engineSeed() {
        return Long.hashCode(seed);
    }

    /**
     * Every setting in a stable text form, for checkpoint keys and logs. Adam recipes with the
     * default {@link PatchAugmentation#DIHEDRAL} read as they did before update rules and
     * augmentations were settings, so their cached checkpoints stay valid.
     */
    public String id() {
        String augment = augmentation == PatchAugmentation.DIHEDRAL
                ? ""
                : ",augment=" + augmentation.name().toLowerCase(Locale.ROOT);
        return "recipe(scale=" + scale.name().toLowerCase(Locale.ROOT) + ",patch=" + patchSize
                + ",batch=" + batchSize + ",iterations=" + iterations + "," + rule.name().toLowerCase(Locale.ROOT)
                + "(lr=" + learningRate + ",b1=" + beta1
                + ",b2=" + beta2 + ",eps=" + epsilon + "),milestones=" + milestones + ",gamma=" + gamma
                + ",seed=" + seed + augment + ")";
    }
}
