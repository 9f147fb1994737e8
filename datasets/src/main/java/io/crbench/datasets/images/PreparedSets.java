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

    /**
     * One half of CIFAR-10-test, for experiments that train a classifier here (the mirror has no
     * CIFAR-10 training images): within each class, in file-name order, the images at even
     * positions (0, 2, 4, …; {@code phase} 0) or at odd positions ({@code phase} 1), 500 per class;
     * of those, the first {@code perClass} of every class.
     */
    public static LabeledInputs cifar10TestHalf(int phase, int perClass) {
        // The whole set is fetched first: a computeIfAbsent must not update the same map inside.
        LabeledInputs all = cifar10Test(1000);
        return CACHE.computeIfAbsent(Datasets.CIFAR10_TEST + "/half" + phase + "/" + perClass,
                key -> all.everyOtherPerClass(phase).firstPerClass(perClass));
    }

    /** CIFAR-10-test as it is (32×32, CIFAR class order): the first {@code perClass} images of every class. */
    public static LabeledInputs cifar10Test(int perClass) {
        return CACHE.computeIfAbsent(Datasets.CIFAR10_TEST + "/" + perClass, key -> LabeledInputs.of(
                Datasets.CIFAR10_TEST,
                ClassFolderDataset.load(Datasets.locate(Datasets.CIFAR10_TEST)).firstPerClass(perClass)));
    }
}
