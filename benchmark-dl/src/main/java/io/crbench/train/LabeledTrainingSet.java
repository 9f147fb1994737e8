package io.crbench.train;

import io.crbench.image.Image8;
import java.util.List;

/**
 * Labelled training images for a classifier, all of one size, and the names of the sets they
 * come from (the names go into checkpoint keys, so a name must stand for fixed content: a data
 * set verified by checksum plus a documented subset rule, e.g. {@code CIFAR-10-test[even]}).
 *
 * @param ids the data set names
 * @param images the images, in a fixed order (the sampler's draws index into it)
 * @param labels the class of each image, 0..numClasses − 1
 * @param numClasses number of classes
 */
public record LabeledTrainingSet(List<String> ids, List<Image8> images, int[] labels, int numClasses) {
    public LabeledTrainingSet {
        ids = List.copyOf(ids);
        images = List.copyOf(images);
        labels = labels.clone();
        if (ids.isEmpty() || images.isEmpty()) {
            throw new IllegalArgumentException("a labelled training set needs a name and at least one image");
        }
        if (images.size() != labels.length) {
            throw new IllegalArgumentException(ids + ": " + images.size() + " images but " + labels.length + " labels");
        }
        if (numClasses < 2) {
            throw new IllegalArgumentException(ids + ": a classifier needs at least 2 classes, got " + numClasses);
        }
        Image8 first = images.get(0);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw new IllegalArgumentException(ids + ": label " + labels[i] + " of image " + i + " is outside 0.."
                        + (numClasses - 1));
            }
            if (images.get(i).width() != first.width() || images.get(i).height() != first.height()) {
                throw new IllegalArgumentException(ids + ": image " + i + " is " + images.get(i).describe()
                        + ", image 0 is " + first.describe() + "; a classifier trains on one input size");
            }
        }
    }

    /** Images of one named set. */
    public static LabeledTrainingSet of(String id, List<Image8> images, int[] labels, int numClasses) {
        return new LabeledTrainingSet(List.of(id), images, labels, numClasses);
    }

    /** Number of images. */
    public int size() {
        return images.size();
    }

    /** Side of the (square) images. */
    public int imageSize() {
        Image8 first = images.get(0);
        if (first.width() != first.height()) {
            throw new IllegalStateException(ids + ": images are " + first.describe() + ", not square");
        }
        return first.width();
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** The label of image {@code i}. */
    public int label(int i) {
        return labels[i];
    }
}
