package io.crbench.baselines.replication;

import io.crbench.baselines.classifiers.AuthorsCifarResNet;
import io.crbench.datasets.images.LabeledInputs;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.degradation.Degradation;
import io.crbench.model.FeatureBackbone;
import io.crbench.experiment.Scale;
import io.crbench.train.EarlyStopping;
import io.crbench.train.PatchAugmentation;
import io.crbench.train.PatchTargets;
import io.crbench.train.Recipe;
import io.crbench.train.TrainingSet;
import io.crbench.train.ValidationSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The converged-replication protocol: each paper's mechanism checked on a problem small enough for
 * training to converge on 2 CPU cores. CIFAR-10 at 32×32 (the mirror holds CIFAR-10-test only,
 * split by the fixed rule of {@link PreparedSets#cifar10TestHalf}: even positions per class to
 * learn from, odd positions to test on), the released ResNet-20 (91.8 % on CIFAR-10-test, trained
 * on CIFAR-10's own training set, so neither half was seen by it) as the frozen classifier, every
 * method trained from fresh weights until its validation loss stops improving
 * ({@link EarlyStopping}: a check every {@link #checkEvery} iterations, stop after
 * {@link #patience} checks without a 0.5 % improvement, best weights kept; the iteration cap only
 * guards against a run that never settles and is reported when it is hit), once per training
 * seed, so that the spread over seeds is measured. A small-scale replication: its verdicts are
 * about the mechanism on CIFAR-10, labelled as such, not a reproduction of the papers' numbers.
 *
 * <p>Two forms, chosen by {@code -D}{@value #PROPERTY}: {@code reduced} (the default {@code mvn
 * verify}: one seed, a lower cap, 1,000 test images; checks the machinery, decides little) and
 * {@code full} (three seeds, 5,000 test images; the replication command of the README).
 *
 * @param name {@code reduced} or {@code full}, part of every method id trained under it
 * @param seeds training seeds, one trained model per method and seed
 * @param iterationCap the most iterations a run may take
 * @param checkEvery iterations between validation checks
 * @param patience checks without improvement that end a run
 * @param window checks whose mean validation loss the rule compares ({@link EarlyStopping#window()}; 1 in
 *     both forms, raised for a network whose curve was measured to be noisy)
 * @param milestones iterations after which the learning rate is divided by 10 ({@link #DECAY}; none in
 *     both forms, set for a network whose curve was measured to creep down under the constant rate)
 * @param testPerClass test images per class (of 500)
 */
public record CifarReplication(String name, List<Long> seeds, int iterationCap, int checkEvery, int patience,
        int window, List<Integer> milestones, int testPerClass) {
    /** System property choosing the form: {@code reduced} (default) or {@code full}. */
    public static final String PROPERTY = "crbench.replication";
    /**
     * System property naming the training seeds to run instead of all of the form's, e.g. {@code 1}
     * or {@code 1,3}: one seed of the full form when three do not fit the time at hand (the rows
     * name the seeds run, and the spread over seeds is then "not measured").
     */
    public static final String SEEDS_PROPERTY = "crbench.replication.seeds";
    /** The default run's form. */
    public static final CifarReplication REDUCED = new CifarReplication("reduced", List.of(1L), 150, 50, 3, 1, List.of(),
            100);
    /** The replication command's form. */
    public static final CifarReplication FULL = new CifarReplication("full", List.of(1L, 2L, 3L), 2000, 100, 4, 1,
            List.of(), 500);
    /** Images per class in each half of CIFAR-10-test. */
    private static final int HALF_PER_CLASS = 500;
    private static final int CLASSES = 10;
    /** Images per class held out of the training half to measure the validation loss on (500 in all). */
    public static final int VALIDATION_PER_CLASS = 50;
    /** Factor of the learning rate at each of {@link #milestones}. */
    public static final float DECAY = 0.1f;
    /** Relative improvement a validation check must reach to count. */
    public static final double MIN_IMPROVEMENT = 0.005;
    /** The frozen classifier's depth: the released ResNet-20. */
    public static final int CLASSIFIER_DEPTH = 20;
    /**
     * The second frozen classifier's depth: the released ResNet-56, before which a front end trained
     * without any classifier (seed 001's, seed 004's) is checked to help a stronger network too.
     */
    public static final int SECOND_CLASSIFIER_DEPTH = 56;
    /** Seed of the validation images' degradation, the same for every method and training seed. */
    private static final long VALIDATION_SEED = 14L;

    public CifarReplication {
        seeds = List.copyOf(seeds);
        milestones = Recipe.checkedMilestones(milestones);
        if (seeds.isEmpty() || iterationCap < checkEvery || checkEvery < 1 || patience < 1 || window < 1
                || testPerClass < 1 || testPerClass > HALF_PER_CLASS) {
            throw new IllegalArgumentException("a replication needs seeds, 1 <= checkEvery <= iterationCap,"
                    + " patience >= 1, window >= 1 and 1..500 test images per class, got " + this);
        }
        // The recipe checks the order; only the protocol knows its cap.
        if (!milestones.isEmpty() && milestones.get(milestones.size() - 1) >= iterationCap) {
            throw new IllegalArgumentException("learning-rate milestones must lie inside the cap of " + iterationCap
                    + " iterations, got " + milestones);
        }
    }

    /**
     * The form {@code -D}{@value #PROPERTY} names ({@code reduced} unless it says {@code full}),
     * with the seeds {@code -D}{@value #SEEDS_PROPERTY} names if it is set.
     */
    public static CifarReplication current() {
        String form = System.getProperty(PROPERTY, "").strip().toLowerCase(Locale.ROOT);
        CifarReplication named = switch (form) {
            case "", "reduced" -> REDUCED;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("-D" + PROPERTY + " must be 'reduced' or 'full', got '"
                    + form + "'");
        };
        String seeds = System.getProperty(SEEDS_PROPERTY, "").strip();
        return seeds.isEmpty() ? named : named.withSeeds(parseSeeds(seeds));
    }

    /** This form with other training seeds. */
    public CifarReplication withSeeds(List<Long> other) {
        return new CifarReplication(name, other, iterationCap, checkEvery, patience, window, milestones, testPerClass);
    }

    /**
     * This form with its iteration cap raised to {@code cap} if it is the full form, for a paper whose
     * runs were measured to hit the full form's cap; the reduced form keeps its small cap by design.
     * A run that converged under the full form's own cap is reused ({@link EarlyStoppedModel#of}),
     * so only the runs that hit it train again.
     */
    public CifarReplication withFullFormCap(int cap) {
        if (cap < FULL.iterationCap) {
            throw new IllegalArgumentException("a raised cap must be at least the full form's " + FULL.iterationCap
                    + ", got " + cap);
        }
        return isFull() ? new CifarReplication(name, seeds, cap, checkEvery, patience, window, milestones, testPerClass) : this;
    }

    /**
     * This form with its patience raised to {@code checks} if it is the full form, for runs whose
     * validation curves were measured to sit on a plateau (or in noise) longer than the full form's
     * patience before falling again; the reduced form keeps its patience. A larger patience is a new
     * stopping rule, so every run under it trains again.
     */
    public CifarReplication withFullFormPatience(int checks) {
        if (checks < FULL.patience) {
            throw new IllegalArgumentException("a raised patience must be at least the full form's " + FULL.patience
                    + " checks, got " + checks);
        }
        return isFull() ? new CifarReplication(name, seeds, iterationCap, checkEvery, checks, window, milestones,
                testPerClass) : this;
    }

    /**
     * This form with each validation check's loss the mean of the last {@code checks} checks' if it
     * is the full form ({@link EarlyStopping#smoothedOver}), for runs whose validation curves were
     * measured to be so noisy that one low check stops them early; the reduced form keeps its rule.
     * A new rule, so every run under it trains again.
     */
    public CifarReplication withFullFormWindow(int checks) {
        if (checks < 1) {
            throw new IllegalArgumentException("a window needs at least 1 check, got " + checks);
        }
        return isFull() ? new CifarReplication(name, seeds, iterationCap, checkEvery, patience, checks, milestones,
                testPerClass) : this;
    }

    /**
     * This form with its learning rate divided by 10 after each of {@code iterations} if it is the
     * full form, for runs whose validation curves were measured to creep down under the constant rate
     * until the cap (the step decay of the CIFAR ResNet recipe, which divides by 10 at half and three
     * quarters of its budget); the reduced form keeps its constant rate. A new recipe, so every run
     * under it trains again. Raise the cap first: the milestones must lie below it.
     */
    public CifarReplication withFullFormDecay(int... iterations) {
        return isFull() ? new CifarReplication(name, seeds, iterationCap, checkEvery, patience, window,
                Arrays.stream(iterations).boxed().toList(), testPerClass) : this;
    }

    /** Whether this is the full form (whatever its seeds), whose runs must converge. */
    public boolean isFull() {
        return name.equals(FULL.name);
    }

    private static List<Long> parseSeeds(String text) {
        List<Long> seeds = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                seeds.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("-D" + SEEDS_PROPERTY + " must list training seeds like '1' or"
                        + " '1,3', got '" + text + "'", e);
            }
        }
        if (new HashSet<>(seeds).size() != seeds.size()) {
            throw new IllegalArgumentException("-D" + SEEDS_PROPERTY + " names a seed twice: '" + text + "'");
        }
        return seeds;
    }

    /** The images the methods learn from: the training half without its validation images, 4,500. */
    public LabeledInputs training() {
        return PreparedSets.cifar10TestHalf(0, HALF_PER_CLASS).afterFirstPerClass(VALIDATION_PER_CLASS);
    }

    /**
     * The training recipe every method of the protocol shares: whole 32×32 images, horizontally
     * flipped at random, batch 32, Adam 10⁻³ (divided by 10 after each of {@link #milestones}), at most
     * {@link #iterationCap} iterations, training seed {@code seed}.
     */
    public Recipe recipe(long seed) {
        Recipe constant = Recipe.adam(Scale.CI, 32, 32, iterationCap, 1e-3f, seed)
                .withAugmentation(PatchAugmentation.HORIZONTAL_FLIP);
        // An empty schedule keeps the recipe, and so the key, of every run trained before schedules.
        return milestones.isEmpty() ? constant : constant.withMilestones(DECAY, milestones);
    }

    /** {@link #training()}'s images as a named training set. */
    public TrainingSet trainingSet() {
        return TrainingSet.of("cifar10-test-half0-training", training().images());
    }

    /** The held-out images of the validation loss: the first 50 per class of the training half. */
    public LabeledInputs validation() {
        return PreparedSets.cifar10TestHalf(0, HALF_PER_CLASS).firstPerClass(VALIDATION_PER_CLASS);
    }

    /** The images every claim is tested on: the first {@link #testPerClass} per class of the test half. */
    public LabeledInputs test() {
        return PreparedSets.cifar10TestHalf(1, testPerClass);
    }

    /**
     * The stopping rule of a method whose inputs are {@code degradation} of the validation images
     * and whose loss's labels come from {@code targets} (validation image i has class
     * {@code validation().labels()[i]}).
     */
    public EarlyStopping stopping(Degradation degradation, PatchTargets targets) {
        LabeledInputs held = validation();
        return new EarlyStopping(ValidationSet.of("cifar10-validation(" + held.size() + ")", held.images(),
                degradation, VALIDATION_SEED, targets), checkEvery, patience, MIN_IMPROVEMENT, window);
    }

    /** The frozen classifier as a backbone losses back-propagate through (the caller closes it). */
    public static FeatureBackbone classifier() {
        return AuthorsCifarResNet.backbone(CLASSIFIER_DEPTH);
    }

    /** How a run under this protocol is described in rows: data, classifier, stopping, seeds. */
    public String describe() {
        String form = isFull() ? "full form" : name + " form: the runs stop at the iteration cap before they"
                + " converge, so its verdicts check the machinery, not the claim";
        return String.format(Locale.ROOT, "CIFAR-10 replication (%s; a small-scale check of the mechanism, not"
                + " the paper's setting): learned from %,d images of the CIFAR-10-test training half (%d more"
                + " for the validation loss), tested on %d images of the other half; frozen classifier: released"
                + " ResNet-20; trained until the validation loss%s stopped improving by %.1f %% for %d checks %d"
                + " iterations apart (cap %d%s), training seeds %s", form, CLASSES * (HALF_PER_CLASS
                        - VALIDATION_PER_CLASS), CLASSES * VALIDATION_PER_CLASS, CLASSES * testPerClass,
                window == 1 ? "" : " (mean of the last " + window + " checks)", 100 * MIN_IMPROVEMENT, patience,
                checkEvery, iterationCap, milestones.isEmpty() ? ""
                        : "; learning rate divided by " + Math.round(1 / DECAY) + " after "
                        + milestones.stream().map(String::valueOf).collect(Collectors.joining(" and "))
                        + " iterations", seeds);
    }
}
