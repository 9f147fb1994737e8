package io.crbench.numerics;

/**
 * The engine computes wrong, non-finite or non-repeatable values in this configuration: thrown by
 * {@link EngineSelfCheck} before any model runs, with the failing operations, the engine, the
 * processor and the settings that pass.
 */
public final class NumericsException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** An exception with the full diagnosis as its message. */
    public NumericsException(String message) {
        super(message);
    }
}
