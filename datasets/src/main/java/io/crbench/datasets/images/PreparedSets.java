package io.crbench.datasets.images;

import io.crbench.datasets.Datasets;
import io.crbench.image.ImageNetPreprocessing;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Classifier-ready inputs of the mirror's labelled sets, built once per JVM (decoding 1,000
 * ImageNet JPEGs takes seconds, and several suites use them).
 */
public final class PreparedSets {
    private static final Map<String, LabeledInputs> CACHE = new ConcurrentHashMap<>();

    private PreparedSets() {
    }

    /**
     * The 1,000 ImageNet sample images (one per class, label = sorted-synset index) under the
     * ImageNet-C geometry: PIL-bilinear resize of the shorter side to 256, centre crop 224, RGB.
     */
    public static LabeledInputs imageNetSample() {
        return CACHE.computeIfAbsent(Datasets.IMAGENET_SAMPLE_IMAGES, name -> {
            ImageNetSampleDataset set = ImageNetSampleDataset.load(Datasets.locate(name),
                    Datasets.locate(Datasets.IMAGENET_LABELS));
            return LabeledInputs.prepare(name, set.size(), set::get, ImageNetPreprocessing::apply);
        });
    }

    /** CIFAR-10-test as it is (32×32, CIFAR class order): the first {@code perClass} images of every class. */
    public static LabeledInputs cifar10Test(int perClass) {
        return CACHE.computeIfAbsent(Datasets.CIFAR10_TEST + "/" + perClass, key -> LabeledInputs.of(
                Datasets.CIFAR10_TEST,
                ClassFolderDataset.load(Datasets.locate(Datasets.CIFAR10_TEST)).firstPerClass(perClass)));
    }
}
