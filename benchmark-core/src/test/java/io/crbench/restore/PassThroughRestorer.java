package io.crbench.restore;

import io.crbench.image.Image8;

/**
 * A test fixture (shared through benchmark-core's test jar): a {@link Restorer} that returns its
 * input, for tests about what is built around a restorer (ids, keys, report layout) rather than
 * about its pixels.
 */
public final class PassThroughRestorer implements Restorer {
    private final String id;

    /** A restorer reporting {@code id}. */
    public PassThroughRestorer(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Image8 restore(Image8 degraded) {
        return degraded;
    }

    @Override
    public void close() {
        // holds nothing
    }
}
