package io.crbench.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** Reads image files (PNG, BMP, JPEG) into {@link Image8}, failing with the file's name on bad input. */
public final class ImageFiles {
    /**
     * ImageIO's PNG and JPEG readers, one per thread and reused: probing every registered format and
     * creating a reader per image cost more than decoding a 32x32 image. Other formats (BMP) are
     * probed as ImageIO does. Plain 8-bit PNGs go to libpng where it is installed ({@link LibPng}).
     */
    private static final ThreadLocal<ImageReader> PNG_READER = ThreadLocal.withInitial(() -> reader("png"));
    private static final ThreadLocal<ImageReader> JPEG_READER = ThreadLocal.withInitial(() -> reader("jpeg"));
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private ImageFiles() {
    }

    /** Decodes the file at {@code path}; a truncated, corrupt or unsupported file is an {@link ImageDecodeException}. */
    public static Image8 read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read image file " + path, e);
        }
        return decode(bytes, path.toString());
    }

    /** What went wrong, also when the decoder's exception carries no message (as for a truncated BMP). */
    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? "the data ends early or is corrupt (" + e.getClass().getSimpleName() + ")"
                : message;
    }

    /** Decodes encoded image bytes; {@code source} names them in errors. */
    public static Image8 decode(byte[] bytes, String source) {
        if (startsWith(bytes, PNG_SIGNATURE)) {
            Image8 plain = LibPng.available() && LibPng.takes(bytes) ? LibPng.decode(bytes) : null;
            return plain != null ? plain : decodeWith(PNG_READER.get(), bytes, source);
        }
        byte[] stripped = JpegIccProfile.strip(bytes);
        if (stripped.length >= 2 && (stripped[0] & 0xff) == 0xff && (stripped[1] & 0xff) == 0xd8) {
            return decodeWith(JPEG_READER.get(), stripped, source);
        }
        BufferedImage img;
        try {
            // An in-memory stream: ImageIO's default stream would buffer through a temporary file.
            img = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(stripped)));
        } catch (IOException | RuntimeException e) {
            throw new ImageDecodeException(source, reason(e), e);
        }
        if (img == null) {
            throw new ImageDecodeException(source, "no ImageIO reader recognises this format", null);
        }
        return toImage(img, source);
    }

    /**
     * As {@link #decode}, for bytes that must be JPEG: read by ImageIO's JPEG reader (the one
     * {@link #decode} would find for them), without probing the other formats.
     */
    public static Image8 decodeJpeg(byte[] bytes, String source) {
        return decodeWith(JPEG_READER.get(), JpegIccProfile.strip(bytes), source);
    }

    private static Image8 decodeWith(ImageReader reader, byte[] bytes, String source) {
        BufferedImage img;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            img = reader.read(0, reader.getDefaultReadParam());
        } catch (IOException | RuntimeException e) {
            throw new ImageDecodeException(source, reason(e), e);
        } finally {
            reader.reset();
        }
        return toImage(img, source);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static Image8 toImage(BufferedImage img, String source) {
        try {
            return Image8.fromBufferedImage(img);
        } catch (IllegalArgumentException e) {
            throw new ImageDecodeException(source, e.getMessage(), e);
        }
    }

    private static ImageReader reader(String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO " + format + " reader in this JVM");
        }
        return readers.next();
    }

    /** Writes {@code img} as a PNG (lossless) at {@code path}. */
    public static void writePng(Image8 img, Path path) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            if (!ImageIO.write(img.toBufferedImage(), "png", path.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PNG " + path, e);
        }
    }
}
