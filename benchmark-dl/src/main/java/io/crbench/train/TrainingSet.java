package io.crbench.train;

import io.crbench.image.Image8;
import java.util.ArrayList;
import java.util.List;

/**
 * Clean training images and the names of the sets they come from (the names go into checkpoint
 * keys; the sets themselves are verified by checksum when located, so a name stands for its
 * content).
 *
 * @param ids the data set names, e.g. {@code [Kodak24, CBSD68]}
 * @param images the clean images, in a fixed order (the sampler's draws index into it)
 */
public record TrainingSet(List<String> ids, List<Image8> images) {
    public TrainingSet {
        ids = List.copyOf(ids);
        images = List.copyOf(images);
        if (ids.isEmpty() || images.isEmpty()) {
            throw new IllegalArgumentException("a training set needs at least one named set and one image");
        }
    }

    /** The images of one named set. */
    public static TrainingSet of(String id, List<Image8> images) {
        return new TrainingSet(List.of(id), images);
    }

    /** This set followed by {@code other}. */
    public TrainingSet plus(TrainingSet other) {
        List<String> allIds = new ArrayList<>(ids);
        allIds.addAll(other.ids);
        List<Image8> allImages = new ArrayList<>(images);
        allImages.addAll(other.images);
        return new TrainingSet(allIds, allImages);
    }
}
