package io.crbench.experiment;

import io.crbench.reproduction.Measurement;
import io.crbench.result.MetricId;
import io.crbench.stats.Interval;
import io.crbench.stats.QuantileInterval;
import java.util.List;
import java.util.Objects;

/**
 * Per-image latency of one classifier, one value per timed repetition: the batch's wall time
 * divided by the batch size, in milliseconds. These are records of what a run took on its
 * machine, never pass/fail criteria.
 *
 * @param classifierId {@code Classifier.id()} of the model timed
 * @param batchSize images per timed call
 * @param warmup untimed calls made before the first timed one
 * @param perImageMillis per-image milliseconds of each timed repetition, in run order
 */
public record LatencyMeasurement(String classifierId, int batchSize, int warmup, List<Double> perImageMillis) {
    /** Copies the list; rejects an empty one. */
    public LatencyMeasurement {
        Objects.requireNonNull(classifierId, "classifierId");
        perImageMillis = List.copyOf(perImageMillis);
        if (perImageMillis.isEmpty()) {
            throw new IllegalArgumentException("latency of " + classifierId + " needs at least one repetition");
        }
    }

    /** Number of timed repetitions. */
    public int repetitions() {
        return perImageMillis.size();
    }

    /**
     * Median per-image latency with its order-statistic interval at {@link StatisticalConventions#LEVEL}
     * (needs at least 6 repetitions).
     */
    public Interval p50() {
        return quantile(0.5);
    }

    /**
     * 95th-percentile per-image latency with its order-statistic interval at
     * {@link StatisticalConventions#LEVEL} (needs at least 72 repetitions).
     */
    public Interval p95() {
        return quantile(0.95);
    }

    /** {@link #p50()} and {@link #p95()} as result measurements ({@code latency_ms_p50}, {@code latency_ms_p95}). */
    public List<Measurement> measurements() {
        return List.of(new Measurement(MetricId.LATENCY_MS_P50, p50(), repetitions()),
                new Measurement(MetricId.LATENCY_MS_P95, p95(), repetitions()));
    }

    private Interval quantile(double p) {
        double[] samples = perImageMillis.stream().mapToDouble(Double::doubleValue).toArray();
        return QuantileInterval.of(samples, p, StatisticalConventions.LEVEL);
    }
}
