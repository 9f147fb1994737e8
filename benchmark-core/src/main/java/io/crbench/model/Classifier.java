package io.crbench.model;

import io.crbench.image.Image8;
import java.util.List;

/**
 * An image classifier under test: images already at the model's input size in, one row of class
 * scores (logits) per image out. Implementations own native resources, hence {@link AutoCloseable}.
 */
public interface Classifier extends AutoCloseable {
    /** Stable id for results, e.g. {@code mobilenetv2-12-int8}. */
    String id();

    /** Number of classes (length of each logit row). */
    int numClasses();

    /** Width and height every input image must have. */
    int inputSize();

    /** Class scores for each image, in input order. */
    float[][] logits(List<Image8> images);

    @Override
    void close();
}
