package io.crbench.image;

/** An image file or byte string that could not be decoded; the message names its source. */
public final class ImageDecodeException extends RuntimeException {
    private final String source;

    public ImageDecodeException(String source, String detail, Throwable cause) {
        super("cannot decode image " + source + (detail == null ? "" : ": " + detail), cause);
        this.source = source;
    }

    /** The file or stream that failed. */
    public String source() {
        return source;
    }
}
