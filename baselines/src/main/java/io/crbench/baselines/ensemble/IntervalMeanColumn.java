package io.crbench.baselines.ensemble;

import io.crbench.baselines.published.PublishedTable;
import io.crbench.degradation.Condition;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClaimFamily;
import io.crbench.experiment.LevelHits;
import io.crbench.experiment.PairedComparison;
import io.crbench.result.MetricId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One column of an interval-mean-accuracy table (seed 003's Tables 3 and 6: a pipeline, one row per
 * level interval) as one method measures it here on one data set: its cells recorded beside the
 * printed ones, recorded as not run, or claimed against another column with the paper's sign.
 *
 * @param table the paper's table
 * @param column the table's column this method stands for
 * @param dataset the data set the rows carry
 * @param method the method id the rows carry
 */
public record IntervalMeanColumn(PublishedTable table, String column, String dataset, String method) {

    /**
     * Records {@code hits}' mean accuracy over {@code interval} beside the printed cell, as measured
     * with a substitute ({@code substitution} says which).
     */
    public void recordSubstituted(LevelHits hits, LevelInterval interval, Condition degradation, String substitution) {
        CellRecorder.substituted(hits.intervalMean(interval.low(), interval.high()),
                table.publishedValue(interval.key(), column), dataset, method, degradation, substitution);
    }

    /** Records the printed cells of {@code intervals} as not measured here, for {@code reason}. */
    public void recordCannotRun(List<LevelInterval> intervals, Function<LevelInterval, Condition> degradation,
            String reason) {
        for (LevelInterval interval : intervals) {
            CellRecorder.cannotRunHere(table.publishedValue(interval.key(), column), dataset, method,
                    degradation.apply(interval), MetricId.INTERVAL_MEAN_ACCURACY, reason);
        }
    }

    /**
     * This column minus {@code baseline} on {@code interval}'s per-image hit rates, claimed with the
     * sign the table prints for the paper's networks; the row carries this column's method.
     */
    public ClaimFamily.Member gainOver(IntervalMeanColumn baseline, LevelHits these, LevelHits baselineHits,
            LevelInterval interval, Condition degradation) {
        String row = interval.key();
        double printed = table.cell(row, column).value() - table.cell(row, baseline.column()).value();
        return new ClaimFamily.Member(PairedComparison.of(MetricId.INTERVAL_MEAN_ACCURACY_GAIN,
                these.perImageRates(interval.low(), interval.high()),
                baselineHits.perImageRates(interval.low(), interval.high())),
                table.key().cell(column + " − " + baseline.column(), row), dataset, method, degradation, printed,
                String.format(Locale.ROOT, "Table %s prints %+.3f for the paper's networks", table.table(), printed));
    }
}
