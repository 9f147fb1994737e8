package io.crbench.codec;

import io.crbench.degradation.Condition;
import java.nio.file.Path;
import java.util.List;

/**
 * Lossy WebP through Debian's {@code cwebp -q} / {@code dwebp} (package {@code webp}), at a quality
 * in 0..100, id {@code webp(q=25)}.
 *
 * <p>Everything but the quality is cwebp's default, written out where it matters: method 4 (also
 * PIL's default), the default preset, 4:2:0 YUV with libwebp's standard RGB→YUV conversion, one
 * thread. dwebp decodes with its default fancy upsampling to an uncompressed 24-bit BMP (its PNG
 * writer would take longer than the decoding itself).
 */
public final class WebpCodec extends ExternalToolCodec {
    static final ExternalTool ENCODER = new ExternalTool("cwebp", "webp");
    static final ExternalTool DECODER = new ExternalTool("dwebp", "webp");

    /** cwebp's default compression method (0 fastest .. 6 slowest). */
    private static final int METHOD = 4;

    private final int quality;

    /** @param quality cwebp's {@code -q}, 0 (worst) .. 100 (best) */
    public WebpCodec(int quality) {
        super(ENCODER, DECODER, "webp", "bmp");
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("WebP quality must be in 0..100, got " + quality);
        }
        this.quality = quality;
    }

    public int quality() {
        return quality;
    }

    @Override
    public String id() {
        return "webp(q=" + quality + ")";
    }

    @Override
    public Condition condition() {
        return Condition.of(id(), "webp").level("q", quality);
    }

    @Override
    List<String> encoderArguments(Path png, Path encoded) {
        return List.of("-quiet", "-q", Integer.toString(quality), "-m", Integer.toString(METHOD),
                "-metadata", "none", png.toString(), "-o", encoded.toString());
    }

    @Override
    List<String> decoderArguments(Path encoded, Path decoded) {
        return List.of("-quiet", encoded.toString(), "-bmp", "-o", decoded.toString());
    }
}
