package io.crbench.train;

import ai.djl.Model;

/**
 * Weights a {@link TrainingJob} starts from that crbench did not train, such as a released
 * classifier's when it is fine-tuned on degraded images. The job's checkpoint key names them by
 * {@link #id}, so other starting weights train (and cache) another model.
 */
public interface StartingWeights {
    /** Names the weights in checkpoint keys; it must change when the weights do (e.g. carry the file's hash). */
    String id();

    /** Initialises {@code model}'s block (a fresh network of the weights' architecture) and sets the weights. */
    void loadInto(Model model);
}
