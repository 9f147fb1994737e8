package io.crbench.restore;

import io.crbench.image.Image8;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A test fixture (shared through benchmark-core's test jar): a {@link Restorer} that returns its
 * input, for tests about what is built around a restorer (ids, keys, report layout, batching)
 * rather than about its pixels. It remembers the size of every batch {@link #restoreAll} got.
 */
public final class PassThroughRestorer implements Restorer {
    private final String id;
    private final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());

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
    public List<Image8> restoreAll(List<Image8> degraded) {
        batchSizes.add(degraded.size());
        return List.copyOf(degraded);
    }

    /** The sizes of the batches {@link #restoreAll} was called with, in call order. */
    public List<Integer> batchSizes() {
        return List.copyOf(batchSizes);
    }

    @Override
    public void close() {
        // holds nothing
    }
}
