package io.crbench.baselines.classifiers;

import io.crbench.datasets.images.LabeledInputs;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.model.BackboneClassifier;
import io.crbench.model.Classifier;
import io.crbench.model.DjlClassifier;

/** The classifier-over-data pairings the suites share. */
public final class ClassifierGrids {
    private ClassifierGrids() {
    }

    /** {@code classifier} over {@code inputs}; the grid closes the classifier. */
    public static ClassifierGrid over(Classifier classifier, LabeledInputs inputs) {
        return new ClassifierGrid(classifier, inputs.dataset(), inputs.images(), inputs.labels());
    }

    /**
     * MobileNetV2 int8 over the ImageNet-C crops of the ImageNet sample images, every {@code step}-th
     * image (1 = all 1,000).
     */
    public static ClassifierGrid mobileNetV2OnImageNetSample(int step) {
        return over(DjlClassifier.load(PretrainedClassifiers.mobileNetV2ImageNetInt8()),
                PreparedSets.imageNetSample().everyNth(step));
    }

    /**
     * The dequantised float MobileNetV2 ({@link PretrainedClassifiers#mobileNetV2ImageNetBackbone})
     * over the same inputs, every {@code step}-th image.
     */
    public static ClassifierGrid dequantizedMobileNetV2OnImageNetSample(int step) {
        return over(new BackboneClassifier(PretrainedClassifiers.mobileNetV2ImageNetBackbone(), 224, 5),
                PreparedSets.imageNetSample().everyNth(step));
    }

    /**
     * MobileNetV2 int8 trained on CIFAR-10 ({@link PretrainedClassifiers#mobileNetV2Cifar10Int8}) over
     * the first {@code perClass} CIFAR-10-test images of every class.
     */
    public static ClassifierGrid mobileNetV2OnCifar10Test(int perClass) {
        return over(DjlClassifier.load(PretrainedClassifiers.mobileNetV2Cifar10Int8()),
                PreparedSets.cifar10Test(perClass));
    }

    /** The released CIFAR-10 ResNet of {@code depth} layers ({@link AuthorsCifarResNet}) over {@code inputs}. */
    public static ClassifierGrid authorsCifarResNet(int depth, LabeledInputs inputs) {
        return over(AuthorsCifarResNet.load(depth), inputs);
    }
}
