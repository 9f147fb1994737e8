package io.crbench.baselines.joint;

import io.crbench.datasets.images.LabeledInputs;
import io.crbench.image.Image8;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed split of the 1,000 ImageNet sample images (one per class, ImageNet-C geometry) that
 * stands in for seed 000's ten-class ImageNet subset, which is not on this machine: the 500 images
 * of even class index train the restorers, the 500 of odd class index test them. Train and test
 * share no image and, with one image per class, no class either, so the test asks whether what
 * the classification loss taught transfers to classes it never saw (the paper trains and tests on
 * the same ten classes).
 */
public final class ImageNetSampleSplit {
    /** The training split's name in checkpoint keys. */
    public static final String TRAINING_ID = "imagenet-sample-images/even-classes";

    private ImageNetSampleSplit() {
    }

    /** The 500 images of even class index, in class order. */
    public static LabeledInputs training(LabeledInputs sample) {
        return ofParity(sample, 0);
    }

    /**
     * Every {@code step}-th of the 500 images of odd class index, starting with class 1 (step 5
     * gives the 100 images of classes 1, 11, 21, …).
     */
    public static LabeledInputs test(LabeledInputs sample, int step) {
        return ofParity(sample, 1).everyNth(step);
    }

    private static LabeledInputs ofParity(LabeledInputs sample, int parity) {
        List<Image8> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int[] all = sample.labels();
        for (int i = 0; i < all.length; i++) {
            if (all[i] % 2 == parity) {
                images.add(sample.images().get(i));
                labels.add(all[i]);
            }
        }
        if (images.isEmpty()) {
            throw new IllegalArgumentException(sample.dataset() + " has no image of " + (parity == 0 ? "even" : "odd")
                    + " class index");
        }
        return new LabeledInputs(sample.dataset(), images, labels.stream().mapToInt(Integer::intValue).toArray());
    }
}
