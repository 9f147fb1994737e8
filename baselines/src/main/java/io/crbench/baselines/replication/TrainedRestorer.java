package io.crbench.baselines.replication;

import io.crbench.restore.BlockRestorer;

/**
 * An {@link EarlyStoppedModel} used as a restorer.
 *
 * @param restorer the restorer, named by its job's method id (closing it closes the model)
 * @param run how it was trained
 */
public record TrainedRestorer(BlockRestorer restorer, EarlyStoppedModel run) {
    /** {@code run}'s network as a restorer of whole images. */
    public static TrainedRestorer of(EarlyStoppedModel run) {
        return new TrainedRestorer(new BlockRestorer(run.id(), run.trained().model()), run);
    }

    /** Whether the validation loss stopped improving before the cap. */
    public boolean converged() {
        return run.converged();
    }

    /** How training ended, in words. */
    public String convergence() {
        return run.convergence();
    }
}
