package io.crbench.experiment;

import io.crbench.degradation.Condition;
import io.crbench.reproduction.Measurement;
import io.crbench.result.CellKey;
import io.crbench.result.MetricId;
import io.crbench.stats.Interval;
import java.util.Optional;

/**
 * Writes a {@link RateComparison} as two result rows, BD-rate and BD-quality, each measured with
 * its interval or, where the delta is undefined, a {@code cannot_run_here} row carrying the
 * refusal: a delta that cannot be computed on this sample is visible, not skipped.
 */
public final class RateComparisonRows {
    /** The condition family of a comparison between rate curves. */
    public static final String COMPARED = "rate_curves";

    private RateComparisonRows() {
    }

    /**
     * Records {@code comparison}'s two deltas.
     *
     * @param rate the BD-rate metric (e.g. {@link MetricId#BD_RATE_TOP1_PERCENT})
     * @param quality the BD-quality metric (e.g. {@link MetricId#BD_TOP1})
     * @param images images each delta's bootstrap resampled
     * @param cell the row's cell, e.g. crbench's own cell {@code bd:avif vs jpeg}
     * @param degradation what was compared, e.g. the two ladders' ids
     * @param reason why the rows have no published value
     */
    public static void record(RateComparison comparison, MetricId rate, MetricId quality, int images, CellKey cell,
            String dataset, String method, Condition degradation, String reason) {
        write(comparison.bdRatePercent(), comparison, rate, images, cell, dataset, method, degradation, reason);
        write(comparison.bdQuality(), comparison, quality, images, cell, dataset, method, degradation, reason);
    }

    /**
     * The condition of a comparison row: not one degradation but two rate curves compared, e.g.
     * {@code avif{25,40,60} vs jpeg{5,10,25}}; family {@value #COMPARED}, no level of its own.
     */
    public static Condition compared(String id) {
        return Condition.of(id, COMPARED);
    }

    /**
     * Records both deltas as {@code cannot_run_here} with {@code why} (e.g. the compared codec's
     * encoder is not installed), so the comparison is visible, not skipped.
     */
    public static void cannotRunHere(MetricId rate, MetricId quality, CellKey cell, String dataset, String method,
            Condition degradation, String why) {
        for (MetricId metric : new MetricId[] {rate, quality}) {
            CellRecorder.cannotRunHere(cell, dataset, method, degradation, metric, why);
        }
    }

    private static void write(Optional<Interval> delta, RateComparison comparison, MetricId metric, int images,
            CellKey cell, String dataset, String method, Condition degradation, String reason) {
        if (delta.isPresent()) {
            CellRecorder.unpublished(new Measurement(metric, delta.get(), images), cell, dataset, method,
                    degradation, reason);
        } else {
            CellRecorder.cannotRunHere(cell, dataset, method, degradation, metric, "undefined on this sample ("
                    + images + " images): " + comparison.refusal().orElseThrow());
        }
    }
}
