package io.crbench.codec;

import io.crbench.image.Image8;
import io.crbench.image.ImageDecodeException;
import io.crbench.image.ImageFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A codec behind a pair of Debian command-line tools: the encoder reads an 8-bit RGB PNG, the
 * decoder writes an 8-bit PNG or, where the tool's PNG writer is slow, an uncompressed 24-bit BMP;
 * {@link ImageFiles#decode} reads either back losslessly.
 *
 * <p>Gray images are encoded as RGB with R = G = B, because not every tool takes gray input
 * ({@code cwebp} has no gray mode) and one rule for all keeps the codecs comparable, as when a
 * Python pipeline calls PIL's {@code convert("RGB")} first. {@link #decode} returns the RGB image
 * the bitstream holds; {@link #compress} of a gray image returns gray again, reduced with PIL's
 * {@code convert("L")} luma ({@code (19595 R + 38470 G + 7471 B + 2^15) >> 16}), so that a
 * degradation keeps the clean image's shape.
 *
 * <p>Tools run single-threaded: their output is then reproducible, and a suite parallelises over
 * images instead.
 */
public abstract sealed class ExternalToolCodec implements Codec
        permits AvifCodec, WebpCodec, JpegXlCodec, Jpeg2000Codec {
    private final ExternalTool encoder;
    private final ExternalTool decoder;
    private final String extension;
    private final String decodedExtension;

    /**
     * @param extension the encoded file's extension, which the tools use to pick the format
     * @param decodedExtension {@code png} or {@code bmp}: what the decoder writes
     */
    ExternalToolCodec(ExternalTool encoder, ExternalTool decoder, String extension, String decodedExtension) {
        this.encoder = encoder;
        this.decoder = decoder;
        this.extension = extension;
        this.decodedExtension = decodedExtension;
    }

    /** The encoder's arguments for turning the PNG {@code png} into {@code encoded}. */
    abstract List<String> encoderArguments(Path png, Path encoded);

    /** The decoder's arguments for turning {@code encoded} into the 8-bit image file {@code decoded}. */
    abstract List<String> decoderArguments(Path encoded, Path decoded);

    @Override
    public byte[] encode(Image8 image) {
        byte[] png = png(image.toRgb());
        try {
            return encoder.convert(png, "input.png", "encoded." + extension, this::encoderArguments);
        } catch (CodecException e) {
            throw new CodecException(id() + ": encoding a " + image.describe() + " image failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Image8 decode(byte[] encoded, String source) {
        byte[] decoded;
        try {
            decoded = decoder.convert(encoded, "input." + extension, "decoded." + decodedExtension,
                    this::decoderArguments);
        } catch (CodecException e) {
            throw new CodecException(id() + ": decoding " + source + " failed: " + e.getMessage(), e);
        }
        try {
            return ImageFiles.decode(decoded, source + " (decoded by " + decoder.name() + ")");
        } catch (ImageDecodeException e) {
            throw new CodecException(id() + ": " + decoder.name() + " wrote an unreadable "
                    + decodedExtension.toUpperCase(Locale.ROOT) + ": " + e.getMessage(), e);
        }
    }

    /** Encode then decode; a gray image comes back gray (see the class comment). */
    @Override
    public Compressed compress(Image8 image) {
        byte[] bytes = encode(image);
        Image8 decoded = decode(bytes, id());
        return new Compressed(image.isGray() ? pilLuma(decoded) : decoded, bytes.length, image.pixelCount());
    }

    private static Image8 pilLuma(Image8 rgb) {
        return Image8.generate(rgb.width(), rgb.height(), 1, (x, y, c) ->
                (19595 * rgb.sample(x, y, 0) + 38470 * rgb.sample(x, y, 1) + 7471 * rgb.sample(x, y, 2) + 0x8000) >> 16);
    }

    private static byte[] png(Image8 image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.pixelCount() * image.channels() + 1024);
        // A memory-cached stream: ImageIO's default would cache through a file outside our private directory.
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            // Quality 1 = deflate level 0: the PNG only crosses a local file, and skipping zlib
            // saves several milliseconds per image.
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(1f);
            writer.write(null, new IIOImage(image.toBufferedImage(), null, null), param);
        } catch (IOException e) {
            throw new CodecException("cannot write a " + image.describe() + " PNG in memory", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Codecs are equal when they are the same kind at the same setting, i.e. their ids match. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ExternalToolCodec other && other.getClass() == getClass() && other.id().equals(id());
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }

    @Override
    public String toString() {
        return id();
    }
}
