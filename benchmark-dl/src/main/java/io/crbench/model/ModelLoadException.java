package io.crbench.model;

/** A model file that is missing, unreadable or rejected by its engine; the message names it. */
public final class ModelLoadException extends RuntimeException {
    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
