package io.crbench.baselines.ensemble;

import io.crbench.baselines.classifiers.ClassifierArchitecture;
import io.crbench.datasets.Datasets;
import io.crbench.datasets.fashionmnist.FashionMnist;
import io.crbench.datasets.images.LabeledInputs;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.experiment.PairedClaimFamily;
import io.crbench.experiment.Scale;
import io.crbench.result.TableKey;
import io.crbench.train.LabeledTrainingSet;
import java.util.Locale;

/**
 * One data set under one degradation on which seed 003's method is trained here and its six
 * pipelines evaluated, and the table of the paper it stands for (Tables 3, 4 and 6).
 *
 * <p>CIFAR-10: the mirror holds only CIFAR-10-test, so it is split by a fixed rule: within each
 * class, in file-name order, the images at even positions (500 per class) train every network and
 * the images at odd positions are the test set. Fashion-MNIST stands in for Table 4's CIFAR-100,
 * which is not on this machine.
 */
public enum EnsembleExperiment {
    /** CIFAR-10 under JPEG: Table 3. */
    CIFAR10_JPEG("CIFAR-10 jpeg", DegradationKind.JPEG, TableKey.of("003", "3")),
    /** Fashion-MNIST under JPEG: Table 4's protocol on the suite's second data set. */
    FASHION_MNIST_JPEG("Fashion-MNIST jpeg", DegradationKind.JPEG, TableKey.of("003", "4")),
    /** CIFAR-10 under Gaussian noise: Table 6. */
    CIFAR10_GAUSSIAN("CIFAR-10 gauss", DegradationKind.GAUSSIAN, TableKey.of("003", "6"));

    /**
     * The second classifier of clean images that {@link #CIFAR10_GAUSSIAN}'s restorer is put in
     * front of, so that "restoration helps a classifier of clean images" is checked on a second
     * architecture.
     */
    public static final ClassifierArchitecture SECOND_ARCHITECTURE = ClassifierArchitecture.SMALL_RESNET;

    private final String label;
    private final DegradationKind kind;
    private final TableKey table;

    EnsembleExperiment(String label, DegradationKind kind, TableKey table) {
        this.label = label;
        this.kind = kind;
        this.table = table;
    }

    /** The degradation the networks are trained for and evaluated under. */
    public DegradationKind kind() {
        return kind;
    }

    /** The paper's table this experiment reproduces (or, for Fashion-MNIST, follows). */
    public TableKey table() {
        return table;
    }

    /** Whether the data set is the paper's own (CIFAR-10), so its printed cells apply. */
    public boolean isCifar() {
        return this != FASHION_MNIST_JPEG;
    }

    /** The data set name the rows carry. */
    public String dataset() {
        return isCifar() ? Datasets.CIFAR10_TEST : FashionMnist.NAME;
    }

    /** The images every network trains on: CIFAR-10-test's even half, or Fashion-MNIST's training set. */
    public LabeledTrainingSet training(Scale scale) {
        if (isCifar()) {
            LabeledInputs even = PreparedSets.cifar10TestHalf(0, 500);
            return LabeledTrainingSet.of(Datasets.CIFAR10_TEST + "[even positions per class]", even.images(),
                    even.labels(), 10);
        }
        LabeledInputs train = scale.pick(FashionMnist.load().train().firstPerClass(500), FashionMnist.load().train());
        return LabeledTrainingSet.of(FashionMnist.NAME + scale.pick("[train, first 500 per class]", "[train]"),
                train.images(), train.labels(), 10);
    }

    /** The test images: CIFAR-10-test's odd half (100 per class at ci scale), or Fashion-MNIST's test set. */
    public LabeledInputs test(Scale scale) {
        return isCifar()
                ? PreparedSets.cifar10TestHalf(1, scale.pick(100, 500))
                : scale.pick(FashionMnist.load().test().firstPerClass(100), FashionMnist.load().test());
    }

    /** The experiment whose restorer is also put in front of {@link #SECOND_ARCHITECTURE}. */
    public static EnsembleExperiment secondArchitectureCheck() {
        return CIFAR10_GAUSSIAN;
    }

    /** Whether this is {@link #secondArchitectureCheck()}. */
    public boolean checksSecondArchitecture() {
        return this == secondArchitectureCheck();
    }

    /** A level the report shows a restored sample at: QF 10 or σ 30. */
    public int sampleLevel() {
        return kind == DegradationKind.JPEG ? 10 : 30;
    }

    /** Where {@code claim}'s row goes: this experiment's table, its data set and degradation interval. */
    public PairedClaimFamily.Placement placement(IntervalClaim claim, Scale scale) {
        return new PairedClaimFamily.Placement(table.cell("claim", claim.claim().name()), dataset(),
                claim.claim().better() + " vs " + claim.claim().worse() + " (" + scale.name().toLowerCase(Locale.ROOT)
                        + ")", kind.interval(claim.interval()));
    }

    @Override
    public String toString() {
        return label;
    }
}
