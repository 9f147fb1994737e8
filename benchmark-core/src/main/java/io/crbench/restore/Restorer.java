package io.crbench.restore;

import io.crbench.image.Image8;

/**
 * A restoration front end under test (ARCNN, DnCNN, U-Net CAR, …): a degraded 8-bit image in,
 * a restored 8-bit image of the same shape out. Implementations may hold native resources.
 */
public interface Restorer extends AutoCloseable {
    /** Stable id for results, e.g. {@code arcnn(q=10,ci)}. */
    String id();

    /** The restored image, same shape as {@code degraded}. */
    Image8 restore(Image8 degraded);

    @Override
    void close();
}
