package io.crbench.codec;

import io.crbench.degradation.Condition;
import java.nio.file.Path;
import java.util.List;

/**
 * JPEG 2000 (JP2 file) through OpenJPEG's {@code opj_compress} / {@code opj_decompress} (Debian
 * package {@code libopenjp2-tools}), at a compression ratio, id {@code jp2(ratio=50)}.
 *
 * <p>The setting is {@code -r}: the encoded size is about {@code 24 bits/pixel / ratio} (50 ≈ 0.48
 * bpp), one quality layer. Lossy JPEG 2000 Part 1 coding: irreversible 9/7 wavelet ({@code -I}) with
 * the irreversible colour transform (opj's default for RGB), opj's defaults otherwise (6
 * resolutions, 64×64 code blocks, one tile, LRCP), one thread. opj_decompress writes an
 * uncompressed 24-bit BMP: its PNG writer compresses hard and took about 50 ms per 224×224 image,
 * several times the decoding. These are the settings of Pillow's
 * {@code save(f, "JPEG2000", quality_mode="rates", quality_layers=[ratio], irreversible=True, mct=1)},
 * which calls the same OpenJPEG library; Pillow's defaults (reversible 5/3 wavelet, no colour
 * transform) are meant for lossless coding and are not used here.
 *
 * <p>OpenJPEG rather than the pure-Java JJ2000 ImageIO plugin: it is the reference implementation,
 * the library behind Pillow and most Python pipelines, and keeps the JJ2000 licence out of the build.
 */
public final class Jpeg2000Codec extends ExternalToolCodec {
    static final ExternalTool ENCODER = new ExternalTool("opj_compress", "libopenjp2-tools");
    static final ExternalTool DECODER = new ExternalTool("opj_decompress", "libopenjp2-tools");

    /** Highest accepted ratio: about 0.024 bpp, far beyond any useful image. */
    public static final int MAX_RATIO = 1000;

    private final int compressionRatio;

    /** @param compressionRatio opj's {@code -r}, 1 (no rate limit) .. {@value #MAX_RATIO} */
    public Jpeg2000Codec(int compressionRatio) {
        super(ENCODER, DECODER, "jp2", "bmp");
        if (compressionRatio < 1 || compressionRatio > MAX_RATIO) {
            throw new IllegalArgumentException("JPEG 2000 compression ratio must be in 1.." + MAX_RATIO
                    + ", got " + compressionRatio);
        }
        this.compressionRatio = compressionRatio;
    }

    public int compressionRatio() {
        return compressionRatio;
    }

    @Override
    public String id() {
        return "jp2(ratio=" + compressionRatio + ")";
    }

    @Override
    public Condition condition() {
        return Condition.of(id(), "jp2").level("ratio", compressionRatio);
    }

    @Override
    List<String> encoderArguments(Path png, Path encoded) {
        return List.of("-i", png.toString(), "-o", encoded.toString(), "-r", Integer.toString(compressionRatio),
                "-I", "-threads", "1");
    }

    @Override
    List<String> decoderArguments(Path encoded, Path decoded) {
        return List.of("-i", encoded.toString(), "-o", decoded.toString(), "-threads", "1", "-quiet");
    }
}
