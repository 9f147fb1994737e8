package io.crbench.datasets.images;

import io.crbench.image.Image8;
import java.util.Objects;

/**
 * A decoded image and its name.
 *
 * @param name  the file's path relative to its data set
 * @param image the decoded pixels
 */
public record NamedImage(String name, Image8 image) {
    public NamedImage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
    }
}
