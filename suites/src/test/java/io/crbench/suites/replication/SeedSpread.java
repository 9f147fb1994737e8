package io.crbench.suites.replication;

import io.crbench.degradation.Condition;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ComparisonFamily;
import io.crbench.experiment.PairedComparison;
import io.crbench.reproduction.Measurement;
import io.crbench.result.CellKey;
import io.crbench.result.MetricId;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * One paired difference measured once per training seed, summarised over the seeds: the mean
 * effect, its standard deviation over seeds (the spread the replication measures rather than
 * guesses), and in how many seeds it was decided, on its own, in the claimed direction and in the
 * opposite one (a mean near zero may hide seeds that disagree).
 *
 * <p>The row's method names the seeds it summarises ({@link #method}): a mean over seeds 1, 2, 3 and
 * a run of seed 3 alone are different measurements, and the recorded-baseline gate must not hold
 * one to the other.
 */
public final class SeedSpread {
    private SeedSpread() {
    }

    /** {@code method} over the training seeds {@code seeds}, e.g. {@code joint+resnet20[seeds=1,2,3]}. */
    public static String method(String method, Collection<Long> seeds) {
        return method + seeds.stream().map(String::valueOf).collect(Collectors.joining(",", "[seeds=", "]"));
    }

    /**
     * Records the summary of {@code perSeed} (one comparison per training seed, in seed order, same
     * metric) as an unpublished row, its method {@link #method named with the seeds}.
     *
     * @param claimedSign +1 where the paper claims the difference is positive, −1 negative
     * @param cell the row's paper, table and cell
     * @param setup the row's reason, before the summary
     */
    public static void record(Map<Long, PairedComparison> perSeed, int claimedSign, CellKey cell, String dataset,
            String method, Condition degradation, String setup) {
        SummaryStatistics effects = new SummaryStatistics();
        int claimed = 0;
        int opposite = 0;
        for (PairedComparison d : perSeed.values()) {
            effects.addValue(d.difference().interval().estimate());
            ComparisonFamily.Tested alone = ComparisonFamily.testAlone(d, 1);
            claimed += (claimedSign > 0 ? alone.significantlyBetter() : alone.significantlyWorse()) ? 1 : 0;
            opposite += (claimedSign > 0 ? alone.significantlyWorse() : alone.significantlyBetter()) ? 1 : 0;
        }
        int n = perSeed.size();
        MetricId metric = perSeed.values().iterator().next().difference().metric();
        String spread = n > 1 ? String.format(Locale.ROOT, "%.4f", effects.getStandardDeviation())
                : "not measured (one seed)";
        String summary = String.format(Locale.ROOT, "%s; mean over %d training seeds, standard deviation over seeds"
                + " %s; decided (each seed alone) in the claimed direction (%s) in %d of %d seeds, in the opposite one"
                + " in %d", setup, n, spread, claimedSign > 0 ? "higher" : "lower", claimed, n, opposite);
        CellRecorder.unpublished(Measurement.exact(metric, effects.getMean(), n), cell, dataset,
                method(method, perSeed.keySet()), degradation, summary);
    }
}
