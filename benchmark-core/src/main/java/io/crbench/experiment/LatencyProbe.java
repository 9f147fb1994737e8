package io.crbench.experiment;

import io.crbench.image.Image8;
import io.crbench.model.Classifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Times a {@link Classifier} on a fixed batch: some untimed warm-up calls (JIT, engine caches, lazy
 * allocation), then repeated timed calls measured with {@link System#nanoTime()}. Latency is only
 * recorded, never asserted: the suite runs on noisy shared machines with two cores, where a
 * threshold would fail at random. Plan at least
 * {@code QuantileInterval.minimumSampleSize(0.95, StatisticalConventions.LEVEL)} (72) repetitions
 * when the 95th percentile is wanted.
 */
public final class LatencyProbe {
    private static final double NANOS_PER_MILLI = 1e6;

    private LatencyProbe() {
    }

    /**
     * Runs {@code warmup} untimed and then {@code repetitions} timed calls of
     * {@code classifier.logits(batch)}.
     *
     * @param classifier model to time
     * @param batch images at the classifier's input size, at least one
     * @param warmup untimed calls first, at least 0
     * @param repetitions timed calls, at least 1
     * @return one per-image latency per timed call
     * @throws IllegalStateException if a call does not return one logit row per image
     */
    public static LatencyMeasurement measure(Classifier classifier, List<Image8> batch, int warmup, int repetitions) {
        if (batch.isEmpty()) {
            throw new IllegalArgumentException("cannot time " + classifier.id() + " on an empty batch");
        }
        List<Image8> images = List.copyOf(batch);
        return measure(classifier.id(), images.size(), () -> run(classifier, images), warmup, repetitions);
    }

    /**
     * Runs {@code warmup} untimed and then {@code repetitions} timed calls of {@code call}, which
     * processes {@code batchSize} images per call (e.g. one module of a network on a fixed batch).
     *
     * @param id names what is timed in the measurement
     * @return one per-image latency per timed call
     */
    public static LatencyMeasurement measure(String id, int batchSize, Runnable call, int warmup, int repetitions) {
        if (batchSize < 1 || warmup < 0 || repetitions < 1) {
            throw new IllegalArgumentException("need batch size >= 1, warmup >= 0 and repetitions >= 1, got "
                    + batchSize + ", " + warmup + " and " + repetitions);
        }
        for (int i = 0; i < warmup; i++) {
            call.run();
        }
        List<Double> perImageMillis = new ArrayList<>(repetitions);
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            call.run();
            long elapsed = System.nanoTime() - start;
            perImageMillis.add(elapsed / NANOS_PER_MILLI / batchSize);
        }
        return new LatencyMeasurement(id, batchSize, warmup, perImageMillis);
    }

    /** One call, its result checked so a broken classifier is not timed as a fast one. */
    private static void run(Classifier classifier, List<Image8> images) {
        float[][] logits = classifier.logits(images);
        if (logits.length != images.size()) {
            throw new IllegalStateException(classifier.id() + " returned " + logits.length + " logit rows for "
                    + images.size() + " images");
        }
    }
}
