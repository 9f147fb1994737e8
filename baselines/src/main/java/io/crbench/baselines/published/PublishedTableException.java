package io.crbench.baselines.published;

/**
 * A published table cannot be loaded (missing or malformed resource, named in the message) or was
 * asked for a row, column or cell it does not have (the message lists the valid keys).
 */
public class PublishedTableException extends RuntimeException {

    /** An exception with the given message. */
    public PublishedTableException(String message) {
        super(message);
    }

    /** An exception with the given message and cause. */
    public PublishedTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
