package io.crbench.codec;

/** An encoder or decoder failed, or is not installed; the message names the codec and the input. */
public final class CodecException extends RuntimeException {
    public CodecException(String message, Throwable cause) {
        super(message, cause);
    }

    public CodecException(String message) {
        super(message);
    }
}
