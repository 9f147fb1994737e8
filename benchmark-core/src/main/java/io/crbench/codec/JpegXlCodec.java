package io.crbench.codec;

import io.crbench.degradation.Condition;
import java.nio.file.Path;
import java.util.List;

/**
 * JPEG XL through Debian's {@code cjxl -q} / {@code djxl} (package {@code libjxl-tools}), at a
 * quality in 5..100, id {@code jxl(q=25)}.
 *
 * <p>cjxl maps the quality to a Butteraugli distance (libjxl 0.7: {@code 0.1 + (100 − q) · 0.09}
 * from q = 30 up, {@code 6.4 + 2.5^((30 − q)/5) / 6.25} below, 0 = lossless at q = 100); "positive
 * quality values roughly match libjpeg quality". Qualities below 5 are rejected because libjxl 0.7
 * refuses distances above 25 (q ≈ 4.05). Effort 7 (cjxl's default), VarDCT or modular as cjxl
 * chooses, no threads; djxl decodes to an 8-bit PNG.
 */
public final class JpegXlCodec extends ExternalToolCodec {
    static final ExternalTool ENCODER = new ExternalTool("cjxl", "libjxl-tools");
    static final ExternalTool DECODER = new ExternalTool("djxl", "libjxl-tools");

    /** Lowest quality libjxl 0.7 accepts (distance ≤ 25). */
    public static final int MIN_QUALITY = 5;

    /** cjxl's default effort (1 fastest .. 9 slowest). */
    private static final int EFFORT = 7;

    private final int quality;

    /** @param quality cjxl's {@code -q}, {@value #MIN_QUALITY} (worst) .. 100 (lossless) */
    public JpegXlCodec(int quality) {
        super(ENCODER, DECODER, "jxl", "png");
        if (quality < MIN_QUALITY || quality > 100) {
            throw new IllegalArgumentException("JPEG XL quality must be in " + MIN_QUALITY + "..100, got " + quality);
        }
        this.quality = quality;
    }

    public int quality() {
        return quality;
    }

    @Override
    public String id() {
        return "jxl(q=" + quality + ")";
    }

    @Override
    public Condition condition() {
        return Condition.of(id(), "jxl").level("q", quality);
    }

    @Override
    List<String> encoderArguments(Path png, Path encoded) {
        return List.of(png.toString(), encoded.toString(), "-q", Integer.toString(quality),
                "-e", Integer.toString(EFFORT), "--num_threads=0", "--quiet");
    }

    @Override
    List<String> decoderArguments(Path encoded, Path decoded) {
        return List.of(encoded.toString(), decoded.toString(), "--num_threads=0", "--bits_per_sample=8", "--quiet");
    }
}
