package io.crbench.suites.replication;

import io.crbench.degradation.Condition;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ComparisonFamily;
import io.crbench.experiment.PairedComparison;
import io.crbench.reproduction.Measurement;
import io.crbench.result.CellKey;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * One paired difference measured once per training seed, summarised over the seeds: the mean
 * effect, its standard deviation over seeds (the spread the replication measures rather than
 * guesses) and in how many seeds it was decided in the claimed direction on its own.
 */
public final class SeedSpread {
    private SeedSpread() {
    }

    /**
     * Records the summary of {@code perSeed} (one comparison per seed, same metric) as an
     * unpublished row.
     *
     * @param claimedSign +1 where the paper claims the difference is positive, −1 negative
     * @param cell the row's paper, table and cell
     * @param setup the row's reason, before the summary
     */
    public static void record(List<PairedComparison> perSeed, int claimedSign, CellKey cell, String dataset,
            String method, Condition degradation, String setup) {
        SummaryStatistics effects = new SummaryStatistics();
        int decided = 0;
        for (PairedComparison d : perSeed) {
            effects.addValue(d.difference().interval().estimate());
            ComparisonFamily.Tested alone = ComparisonFamily.testAlone(d, 1);
            decided += (claimedSign > 0 ? alone.significantlyBetter() : alone.significantlyWorse()) ? 1 : 0;
        }
        int n = perSeed.size();
        String spread = n > 1 ? String.format(Locale.ROOT, "%.4f", effects.getStandardDeviation())
                : "not measured (one seed)";
        CellRecorder.unpublished(Measurement.exact(perSeed.get(0).difference().metric(), effects.getMean(), n), cell,
                dataset, method, degradation, String.format(Locale.ROOT, "%s; mean over %d training seeds, standard"
                        + " deviation over seeds %s; decided in the claimed direction (%s, alone) in %d of %d seeds",
                        setup, n, spread, claimedSign > 0 ? "higher" : "lower", decided, n));
    }
}
