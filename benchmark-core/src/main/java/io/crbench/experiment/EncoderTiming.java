package io.crbench.experiment;

import io.crbench.codec.Codec;
import io.crbench.image.Image8;
import io.crbench.stats.Interval;
import java.util.List;

/**
 * Wall time of a codec's encoder per megapixel of input, with the images encoded in parallel as
 * {@link io.crbench.degradation.Degradation#applyAll} does (external encoders are separate
 * processes, so this is what a run pays per image). A record of the machine, never a criterion.
 */
public final class EncoderTiming {
    private static final double PIXELS_PER_MEGAPIXEL = 1e6;

    private EncoderTiming() {
    }

    /**
     * Median milliseconds per megapixel over {@code repetitions} timed passes over {@code images},
     * after {@code warmup} untimed ones, with its order-statistic interval (at least 6 repetitions).
     */
    public static Interval msPerMegapixelP50(Codec codec, List<Image8> images, int warmup, int repetitions) {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("cannot time " + codec.id() + " on no images");
        }
        List<Image8> batch = List.copyOf(images);
        long pixels = batch.stream().mapToLong(Image8::pixelCount).sum();
        LatencyMeasurement perImage = LatencyProbe.measure(codec.id(), batch.size(),
                () -> batch.parallelStream().forEach(codec::encode), warmup, repetitions);
        double toPerMegapixel = batch.size() * PIXELS_PER_MEGAPIXEL / pixels;
        Interval p50 = perImage.p50();
        return new Interval(p50.estimate() * toPerMegapixel, p50.low() * toPerMegapixel,
                p50.high() * toPerMegapixel, p50.level());
    }
}
