package io.crbench.baselines.classifiers;

import io.crbench.datasets.images.LabeledInputs;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.model.BackboneClassifier;
import io.crbench.model.DjlClassifier;

/** The classifier-over-data pairings the robustness suites share. */
public final class ClassifierGrids {
    private ClassifierGrids() {
    }

    /**
     * MobileNetV2 int8 over the ImageNet-C crops of the ImageNet sample images, every {@code step}-th
     * image (1 = all 1,000).
     */
    public static ClassifierGrid mobileNetV2OnImageNetSample(int step) {
        LabeledInputs inputs = PreparedSets.imageNetSample().everyNth(step);
        return new ClassifierGrid(DjlClassifier.load(PretrainedClassifiers.mobileNetV2ImageNetInt8()),
                inputs.dataset(), inputs.images(), inputs.labels());
    }

    /**
     * The dequantised float MobileNetV2 ({@link PretrainedClassifiers#mobileNetV2ImageNetBackbone})
     * over the same inputs, every {@code step}-th image.
     */
    public static ClassifierGrid dequantizedMobileNetV2OnImageNetSample(int step) {
        LabeledInputs inputs = PreparedSets.imageNetSample().everyNth(step);
        return new ClassifierGrid(new BackboneClassifier(PretrainedClassifiers.mobileNetV2ImageNetBackbone(), 224, 5),
                inputs.dataset(), inputs.images(), inputs.labels());
    }
}
