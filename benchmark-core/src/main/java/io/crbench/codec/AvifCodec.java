package io.crbench.codec;

import io.crbench.degradation.Condition;
import java.nio.file.Path;
import java.util.List;

/**
 * AVIF through Debian's {@code avifenc} / {@code avifdec} (package {@code libavif-bin}), at a
 * quality {@code q} in 0..100, id {@code avif(q=25)}.
 *
 * <p><b>Quality mapping.</b> Bookworm's libavif 0.11 has no {@code -q}; only quantizers (0 = best,
 * 63 = worst). {@code q} is mapped to one AV1 quantizer with libavif ≥ 1.0's own
 * {@code avifQualityToQuantizer}, {@code Q = ((100 − q) · 63 + 50) / 100} in integers, and passed as
 * {@code --min Q --max Q}: q = 25, 18, 15, 10, 7 give Q = 47, 52, 54, 57, 59. That is what
 * {@code quality=q} means in {@code avifenc -q} (libavif ≥ 1.0), in pillow-avif-plugin ≥ 1.4 and in
 * Pillow's built-in AVIF writer. With libaom's constant-quality mode, which libavif uses for still
 * images, {@code --min Q --max Q} and libavif 1.x's {@code cq-level=Q} with the default 0..63 bounds
 * give the same bitstream (checked on a 224×224 image with avifenc 0.11.1). Seed paper 002 gives
 * AVIF only as "QF" 25, 18, 15, 10, 7 and names no tool; pillow-avif-plugin before 1.4 mapped
 * quality differently ({@code qmin = 64 − q}, {@code qmax = min(100 − q, 63)}, i.e. cq-level 51 at
 * q = 25), so the paper's exact quantizers are not known.
 *
 * <p><b>Pinned settings.</b> Encoder {@code aom} at speed 6 (libavif's and pillow-avif-plugin's
 * default), 8-bit 4:2:0, full range, CICP 1/13/6 (BT.709 primaries, sRGB transfer, BT.601 matrix:
 * avifenc's PNG default, pinned so another libavif version encodes the same colours), one thread.
 * Decoding is avifdec's default (dav1d where available; AV1 decoding is bit-exact) with automatic
 * chroma upsampling, to 8-bit PNG. Bitstreams may differ between libaom versions.
 */
public final class AvifCodec extends ExternalToolCodec {
    static final ExternalTool ENCODER = new ExternalTool("avifenc", "libavif-bin");
    static final ExternalTool DECODER = new ExternalTool("avifdec", "libavif-bin");

    /** libavif's and pillow-avif-plugin's default encoder speed (0 slowest .. 10 fastest). */
    private static final int SPEED = 6;

    private final int quality;
    private final int quantizer;

    /** @param quality 0 (worst) .. 100 (best), libavif ≥ 1.0's meaning */
    public AvifCodec(int quality) {
        super(ENCODER, DECODER, "avif", "png");
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("AVIF quality must be in 0..100, got " + quality);
        }
        this.quality = quality;
        this.quantizer = quantizerFor(quality);
    }

    /** libavif's {@code avifQualityToQuantizer}: quality 0..100 to AV1 quantizer 63..0. */
    static int quantizerFor(int quality) {
        return ((100 - quality) * 63 + 50) / 100;
    }

    public int quality() {
        return quality;
    }

    /** The AV1 quantizer (0..63) passed as both {@code --min} and {@code --max}. */
    public int quantizer() {
        return quantizer;
    }

    @Override
    public String id() {
        return "avif(q=" + quality + ")";
    }

    @Override
    public Condition condition() {
        return Condition.of(id(), "avif").level("q", quality);
    }

    @Override
    List<String> encoderArguments(Path png, Path encoded) {
        return List.of("-j", "1", "-c", "aom", "-s", Integer.toString(SPEED), "-d", "8", "-y", "420",
                "-r", "full", "--cicp", "1/13/6",
                "--min", Integer.toString(quantizer), "--max", Integer.toString(quantizer),
                "--", png.toString(), encoded.toString());
    }

    @Override
    List<String> decoderArguments(Path encoded, Path decoded) {
        // An uncompressed PNG: it is read once, right away, and zlib would double avifdec's time.
        return List.of("-j", "1", "-d", "8", "--png-compress", "0", "--", encoded.toString(), decoded.toString());
    }
}
