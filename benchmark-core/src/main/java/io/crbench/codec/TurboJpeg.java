package io.crbench.codec;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import io.crbench.image.Image8;
import java.lang.ref.Cleaner;

/**
 * Baseline JPEG through libjpeg-turbo's TurboJPEG API, the library PIL itself links, called through
 * JNA's direct mapping. Used by {@link JpegCodec} when the system has {@code libturbojpeg}
 * (Debian: {@code libturbojpeg0}); its bytes and decoded pixels equal the ImageIO path's and PIL's
 * (tests). It is about twice as fast as ImageIO on a 32×32 round trip, whose per-image stream,
 * raster and metadata set-up costs more than the compression, and three times on a photo (README,
 * Throughput benchmarks).
 *
 * <p>Settings that make it PIL's: the accurate integer DCT when compressing (TurboJPEG's default
 * there is the fast one, which PIL does not use), libjpeg's {@code jpeg_set_quality} tables (what
 * TurboJPEG and PIL both call), standard Huffman tables, JFIF header; decoding with the accurate
 * IDCT and fancy upsampling (both libraries' defaults).
 */
final class TurboJpeg {
    private static final int PIXEL_RGB = 0;
    private static final int PIXEL_GRAY = 6;
    private static final int SAMPLING_444 = 0;
    private static final int SAMPLING_422 = 1;
    private static final int SAMPLING_420 = 2;
    private static final int SAMPLING_GRAY = 3;
    private static final int COLORSPACE_GRAY = 2;
    private static final int FLAG_NOREALLOC = 1024;
    private static final int FLAG_ACCURATEDCT = 4096;

    /** Why the library cannot be used, or null when it can. */
    private static final String UNAVAILABLE = probe();
    private static final Cleaner CLEANER = Cleaner.create();
    /** TurboJPEG handles are not thread-safe: one pair per thread, destroyed when the thread's copy is collected. */
    private static final ThreadLocal<Handles> HANDLES = ThreadLocal.withInitial(Handles::new);

    private TurboJpeg() {
    }

    /** Whether libturbojpeg was found and loaded. */
    static boolean available() {
        return UNAVAILABLE == null;
    }

    /** Why it was not (null when it was). */
    static String unavailableReason() {
        return UNAVAILABLE;
    }

    /** {@code image} as baseline JPEG at {@code quality}; {@code subsampling} applies to RGB images. */
    static byte[] encode(Image8 image, int quality, ChromaSubsampling subsampling) {
        Handles t = HANDLES.get();
        int sampling = image.isGray() ? SAMPLING_GRAY : switch (subsampling) {
            case S444 -> SAMPLING_444;
            case S422 -> SAMPLING_422;
            case S420 -> SAMPLING_420;
        };
        long bound = Api.tjBufSize(image.width(), image.height(), sampling).longValue();
        if (bound <= 0) {
            throw new CodecException("TurboJPEG cannot size the output for a " + image.describe() + " image");
        }
        Memory out = t.output(bound);
        t.outRef.setValue(out);
        t.sizeRef.setValue(new NativeLong(bound));
        int rc = Api.tjCompress2(t.compressor, image.samples(), image.width(), 0, image.height(),
                image.isGray() ? PIXEL_GRAY : PIXEL_RGB, t.outRef, t.sizeRef, sampling, quality,
                FLAG_NOREALLOC | FLAG_ACCURATEDCT);
        if (rc != 0) {
            throw new CodecException("TurboJPEG could not encode a " + image.describe() + " image at quality "
                    + quality + ": " + Api.tjGetErrorStr2(t.compressor).getString(0));
        }
        return out.getByteArray(0, Math.toIntExact(t.sizeRef.getValue().longValue()));
    }

    /** Decodes a baseline or progressive JPEG to gray or RGB samples; {@code source} names it in errors. */
    static Image8 decode(byte[] jpeg, String source) {
        Handles t = HANDLES.get();
        NativeLong length = new NativeLong(jpeg.length);
        int[] width = new int[1];
        int[] height = new int[1];
        int[] sampling = new int[1];
        int[] colorspace = new int[1];
        if (Api.tjDecompressHeader3(t.decompressor, jpeg, length, width, height, sampling, colorspace) != 0) {
            throw failure(t, source);
        }
        int channels = colorspace[0] == COLORSPACE_GRAY ? 1 : 3;
        byte[] samples = new byte[Math.multiplyExact(Math.multiplyExact(width[0], height[0]), channels)];
        if (Api.tjDecompress2(t.decompressor, jpeg, length, samples, width[0], 0, height[0],
                channels == 1 ? PIXEL_GRAY : PIXEL_RGB, FLAG_ACCURATEDCT) != 0) {
            throw failure(t, source);
        }
        return Image8.of(width[0], height[0], channels, samples);
    }

    private static CodecException failure(Handles t, String source) {
        return new CodecException("JPEG decoding of " + source + " failed: "
                + Api.tjGetErrorStr2(t.decompressor).getString(0));
    }

    private static String probe() {
        try {
            Api.tjBufSize(1, 1, SAMPLING_420);
            return null;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return "libturbojpeg not loadable (" + e.getMessage() + ")";
        }
    }

    /** One thread's compressor and decompressor, and its output buffer (grown as needed). */
    private static final class Handles {
        final Pointer compressor = Api.tjInitCompress();
        final Pointer decompressor = Api.tjInitDecompress();
        final PointerByReference outRef = new PointerByReference();
        final NativeLongByReference sizeRef = new NativeLongByReference();
        private Memory out;

        Handles() {
            if (compressor == null || decompressor == null) {
                throw new CodecException("TurboJPEG could not create its handles (out of memory?)");
            }
            long c = Pointer.nativeValue(compressor);
            long d = Pointer.nativeValue(decompressor);
            CLEANER.register(this, () -> {
                Api.tjDestroy(new Pointer(c));
                Api.tjDestroy(new Pointer(d));
            });
        }

        Memory output(long bytes) {
            if (out == null || out.size() < bytes) {
                out = new Memory(bytes);
            }
            return out;
        }
    }

    /** The TurboJPEG 2.x functions used, bound once; loading fails with UnsatisfiedLinkError when the library is missing. */
    private static final class Api {
        static {
            Native.register(Api.class, NativeLibrary.getInstance("turbojpeg"));
        }

        static native Pointer tjInitCompress();

        static native Pointer tjInitDecompress();

        static native int tjDestroy(Pointer handle);

        static native NativeLong tjBufSize(int width, int height, int jpegSubsamp);

        static native int tjCompress2(Pointer handle, byte[] srcBuf, int width, int pitch, int height, int pixelFormat,
                PointerByReference jpegBuf, NativeLongByReference jpegSize, int jpegSubsamp, int jpegQual, int flags);

        static native int tjDecompressHeader3(Pointer handle, byte[] jpegBuf, NativeLong jpegSize, int[] width,
                int[] height, int[] jpegSubsamp, int[] jpegColorspace);

        static native int tjDecompress2(Pointer handle, byte[] jpegBuf, NativeLong jpegSize, byte[] dstBuf, int width,
                int pitch, int height, int pixelFormat, int flags);

        static native Pointer tjGetErrorStr2(Pointer handle);
    }
}
