package io.crbench.datasets.images;

import io.crbench.image.Image8;
import java.util.Objects;

/**
 * A decoded image with its class label.
 *
 * @param name  the file's path relative to its data set
 * @param label class index, 0-based, in the data set's class order
 * @param image the decoded pixels
 */
public record LabeledImage(String name, int label, Image8 image) {
    public LabeledImage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
        if (label < 0) {
            throw new IllegalArgumentException("label must be >= 0, got " + label + " for " + name);
        }
    }
}
