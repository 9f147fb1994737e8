package io.crbench.image;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * PNG decoding through libpng's simplified API (JNA direct mapping), for the plain 8-bit gray and
 * RGB files data sets ship (CIFAR-10's 10,000 PNGs among them). Native decoding needs no JIT
 * warm-up: in a fresh JVM the CIFAR-10 test set loads in 0.65-0.74 s instead of 1.0-1.3 s with
 * ImageIO's pure-Java reader (about the same once that is compiled). Pixels are ImageIO's
 * (test), because only files that neither library transforms are taken: 8-bit depth, gray or RGB,
 * and no chunk before the image data other than those that do not touch pixel values (text, time,
 * physical size). Anything else (palette, alpha, 16-bit, gamma or colour-space chunks, damaged
 * files) is left to ImageIO, which {@link ImageFiles} then uses as before.
 */
final class LibPng {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Chunks that may precede IDAT without changing what either library decodes. */
    private static final Set<String> PIXEL_NEUTRAL = Set.of("pHYs", "tEXt", "zTXt", "iTXt", "tIME");
    /** png_image: opaque pointer, then version, width, height, format, flags, colormap_entries, warning_or_error (uint32), message[64]. */
    private static final int STRUCT_SIZE = 104;
    private static final int VERSION = 8;
    private static final int WIDTH = 12;
    private static final int HEIGHT = 16;
    private static final int FORMAT = 20;
    private static final int FORMAT_GRAY = 0;
    private static final int FORMAT_RGB = 2;

    /** Null when libpng16 loaded, else why not. */
    private static final String UNAVAILABLE = probe();
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private LibPng() {
    }

    /** Whether libpng can be used in this JVM. */
    static boolean available() {
        return UNAVAILABLE == null;
    }

    /**
     * Whether {@code bytes} are a PNG that {@link #decode} takes: 8-bit gray or RGB, only
     * pixel-neutral chunks before the first IDAT, and a chunk layout that holds together.
     */
    static boolean takes(byte[] bytes) {
        if (bytes.length < 33 || !Arrays.equals(bytes, 0, 8, SIGNATURE, 0, 8)
                || !chunkType(bytes, 8).equals("IHDR") || length(bytes, 8) != 13) {
            return false;
        }
        int bitDepth = bytes[24];
        int colorType = bytes[25];
        if (bitDepth != 8 || (colorType != 0 && colorType != 2)) {
            return false;
        }
        long pos = 33;
        while (pos + 8 <= bytes.length) {
            String type = chunkType(bytes, (int) pos);
            if (type.equals("IDAT")) {
                return true;
            }
            if (!PIXEL_NEUTRAL.contains(type)) {
                return false;
            }
            pos += 12L + length(bytes, (int) pos);
        }
        return false;
    }

    /**
     * Decodes a PNG that {@link #takes} accepts; null when libpng reports an error (the caller then
     * lets ImageIO decode the file or report what is wrong with it).
     */
    static Image8 decode(byte[] bytes) {
        Buffers b = BUFFERS.get();
        Memory image = b.image;
        image.clear();
        image.setInt(VERSION, 1);
        Memory input = b.input(bytes);
        try {
            if (Api.png_image_begin_read_from_memory(image, input, bytes.length) == 0) {
                return null;
            }
            int format = image.getInt(FORMAT);
            if (format != FORMAT_GRAY && format != FORMAT_RGB) {
                return null;
            }
            int width = image.getInt(WIDTH);
            int height = image.getInt(HEIGHT);
            int channels = format == FORMAT_RGB ? 3 : 1;
            byte[] samples = new byte[Math.multiplyExact(Math.multiplyExact(width, height), channels)];
            if (Api.png_image_finish_read(image, null, samples, width * channels, null) == 0) {
                return null;
            }
            return Image8.of(width, height, channels, samples);
        } finally {
            Api.png_image_free(image);
        }
    }

    private static String chunkType(byte[] bytes, int chunk) {
        return new String(bytes, chunk + 4, 4, StandardCharsets.ISO_8859_1);
    }

    private static long length(byte[] bytes, int chunk) {
        return ((bytes[chunk] & 0xffL) << 24) | ((bytes[chunk + 1] & 0xffL) << 16)
                | ((bytes[chunk + 2] & 0xffL) << 8) | (bytes[chunk + 3] & 0xffL);
    }

    private static String probe() {
        try {
            Api.png_image_free(null);
            return null;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return "libpng16 not loadable (" + e.getMessage() + ")";
        }
    }

    /** One thread's png_image and input buffer: libpng reads the file from native memory it keeps a pointer to. */
    private static final class Buffers {
        final Memory image = new Memory(STRUCT_SIZE);
        private Memory input;

        Memory input(byte[] bytes) {
            if (input == null || input.size() < bytes.length) {
                input = new Memory(Math.max(bytes.length, 1 << 16));
            }
            input.write(0, bytes, 0, bytes.length);
            return input;
        }
    }

    /** The libpng 1.6 simplified-API functions used. */
    private static final class Api {
        static {
            Native.register(Api.class, NativeLibrary.getInstance("png16"));
        }

        static native int png_image_begin_read_from_memory(Pointer image, Pointer memory, long size);

        static native int png_image_finish_read(Pointer image, Pointer background, byte[] buffer, int rowStride,
                Pointer colormap);

        static native void png_image_free(Pointer image);
    }
}
