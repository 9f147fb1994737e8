package io.crbench.degradation;

import io.crbench.codec.Codec;
import io.crbench.codec.Codecs;
import io.crbench.codec.Compressed;
import io.crbench.image.Image8;
import java.util.Objects;

/**
 * One encode/decode through any {@link Codec}, so that AVIF, WebP, JPEG XL or JPEG 2000 settings
 * can stand in a degradation grid next to JPEG; the id is the codec's ({@code avif(q=25)}).
 * Deterministic: the image seed is ignored. {@link JpegCompression} remains the JPEG-specific form.
 */
public record CodecCompression(Codec codec) implements Compression {
    public CodecCompression {
        Objects.requireNonNull(codec, "codec");
    }

    /** {@link Codecs#byName}: e.g. {@code of("avif", 25)}. */
    public static CodecCompression of(String family, int setting) {
        return new CodecCompression(Codecs.byName(family, setting));
    }

    @Override
    public String id() {
        return codec.id();
    }

    @Override
    public Condition condition() {
        return codec.condition();
    }

    @Override
    public Compressed compress(Image8 clean, long imageSeed) {
        return codec.compress(clean);
    }

    @Override
    public String toString() {
        return id();
    }
}
