package io.crbench.numerics;

import ai.djl.ndarray.NDManager;

/** A known-answer check of the engine: an operation or optimizer step against its double-precision meaning. */
public interface NumericCheck {
    /** Stable name, e.g. {@code conv2d_3x3_backward[4x8x16x16->3]}. */
    String name();

    /**
     * Runs the check {@code repetitions} times on {@code manager}'s engine (each compared with the
     * reference and with the first repetition) and closes everything it creates.
     */
    CheckOutcome run(NDManager manager, int repetitions);
}
