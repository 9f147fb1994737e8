package io.crbench.baselines.classifiers;

import io.crbench.datasets.Datasets;
import io.crbench.datasets.images.ImageNetSynsets;
import io.crbench.datasets.images.ImageNetValFolder;
import io.crbench.datasets.images.LabeledInputs;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.image.ImageNetPreprocessing;
import io.crbench.model.BackboneClassifier;
import io.crbench.model.Classifier;
import io.crbench.model.ClassifierSpec;
import io.crbench.model.DjlClassifier;
import java.nio.file.Path;

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

    /**
     * Whether the user configured both the ImageNet classifier of {@code modelKey}
     * ({@link UserSuppliedClassifiers#imageNet}) and the ImageNet validation folder
     * ({@link ImageNetValFolder#configuredRoot}).
     */
    public static boolean userImageNetConfigured(String modelKey) {
        return UserSuppliedClassifiers.imageNet(modelKey).isPresent() && ImageNetValFolder.configuredRoot().isPresent();
    }

    /**
     * The user's ImageNet classifier of {@code modelKey} over the user's ImageNet validation folder.
     *
     * @throws IllegalStateException where either is not configured ({@link #userImageNetConfigured})
     */
    public static ClassifierGrid userImageNetValidation(String modelKey) {
        ClassifierSpec spec = UserSuppliedClassifiers.imageNet(modelKey).orElseThrow(() -> new IllegalStateException(
                "no ImageNet classifier configured: -D" + UserSuppliedClassifiers.property(modelKey) + "=FILE"));
        Path val = ImageNetValFolder.configuredRoot().orElseThrow(() -> new IllegalStateException(
                "no ImageNet validation folder configured: -D" + ImageNetValFolder.PROPERTY + "=DIR"));
        ImageNetValFolder folder = ImageNetValFolder.load(val, ImageNetSynsets.load(Datasets.locate(
                Datasets.IMAGENET_LABELS)));
        return new ClassifierGrid(DjlClassifier.load(spec), ImageNetValFolder.NAME,
                folder.lazyInputs(ImageNetPreprocessing::apply), folder.labels());
    }
}
