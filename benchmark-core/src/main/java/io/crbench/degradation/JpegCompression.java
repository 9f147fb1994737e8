package io.crbench.degradation;

import io.crbench.codec.ChromaSubsampling;
import io.crbench.codec.Compressed;
import io.crbench.codec.JpegCodec;
import io.crbench.image.Image8;

/** One JPEG encode/decode at a quality factor (PIL-identical, see {@link JpegCodec}). */
public record JpegCompression(JpegCodec codec) implements Compression {
    /** PIL's default 4:2:0 at quality {@code q}. */
    public static JpegCompression at(int q) {
        return new JpegCompression(JpegCodec.pil(q));
    }

    /** Quality {@code q} with explicit chroma subsampling. */
    public static JpegCompression at(int q, ChromaSubsampling subsampling) {
        return new JpegCompression(new JpegCodec(q, subsampling));
    }

    /**
     * The condition of a cell aggregated over JPEG at every QF from {@code low} to {@code high} (an
     * interval mean accuracy): {@code jpeg(q=low..high)}, q spanning the interval.
     */
    public static Condition interval(int low, int high) {
        return Condition.of("jpeg(q=" + low + ".." + high + ")", "jpeg").range("q", low, high);
    }

    public int quality() {
        return codec.quality();
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
