package io.crbench.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/**
 * What a training step's loss receives as labels for a batch of patches. Most methods learn only
 * the clean patch ({@link #CLEAN}); a quality-aware method also learns the degradation level of
 * each patch, which the batch's degradation seeds determine.
 */
@FunctionalInterface
public interface PatchTargets {
    /** The clean patches alone. */
    PatchTargets CLEAN = (batch, manager) -> new NDList(batch.targets(manager));

    /** The labels of {@code batch}, as arrays of {@code manager}. */
    NDList of(PatchBatch batch, NDManager manager);
}
