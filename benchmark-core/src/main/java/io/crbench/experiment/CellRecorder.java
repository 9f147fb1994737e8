package io.crbench.experiment;

import io.crbench.reproduction.Comparison;
import io.crbench.reproduction.ComparisonAssert;
import io.crbench.reproduction.Measurement;
import io.crbench.reproduction.PublishedValue;
import io.crbench.result.RecordedBaselines;
import io.crbench.result.ResultRecord;
import io.crbench.result.ResultsFile;
import java.util.Collection;
import java.util.Optional;

/**
 * Where a suite case ends: writes its row to results.jsonl, then holds it to the recorded baseline
 * (unless recording) and to the published value. Failures are AssertionErrors whose messages start
 * with {@link ComparisonAssert#OUT_OF_TOLERANCE_PREFIX} or {@link RecordedBaselines#REGRESSION_PREFIX}.
 * The row is always written first, so a failing case still leaves its numbers.
 */
public final class CellRecorder {
    private static RecordedBaselines baselines;

    private CellRecorder() {
    }

    /** Records a measurement held to a published cell; fails on an unexplained deviation or regression. */
    public static ResultRecord compared(Measurement measured, PublishedValue published, String dataset,
            String method, String degradation) {
        ResultRecord row = ResultRecord.compared(Comparison.of(measured, published), dataset, method, degradation);
        write(row);
        ComparisonAssert.assertThat(measured).isWithinToleranceOf(published);
        return row;
    }

    /**
     * As {@link #compared(Measurement, PublishedValue, String, String, String)}, with {@code setup}
     * (how this measurement's data, model or scale differ from the paper's) in front of the row's
     * reason.
     */
    public static ResultRecord compared(Measurement measured, PublishedValue published, String dataset,
            String method, String degradation, String setup) {
        ResultRecord row = ResultRecord.compared(Comparison.of(measured, published), dataset, method, degradation)
                .withSetup(setup);
        write(row);
        ComparisonAssert.assertThat(measured).isWithinToleranceOf(published);
        return row;
    }

    /**
     * Records a measurement beside a published cell it is not expected to reproduce (e.g. a
     * network trained here at a fraction of the paper's data and schedule): the row carries the
     * comparison's verdict and numbers plus {@code whyNotAsserted}, and only a regression fails.
     */
    public static ResultRecord comparedNotAsserted(Measurement measured, PublishedValue published, String dataset,
            String method, String degradation, String whyNotAsserted) {
        Comparison c = Comparison.of(measured, published);
        ResultRecord compared = ResultRecord.compared(c, dataset, method, degradation);
        ResultRecord row = new ResultRecord(compared.paper(), compared.table(), compared.cell(), compared.dataset(),
                compared.n(), compared.method(), compared.degradation(), compared.metric(), compared.measured(),
                compared.ciLow(), compared.ciHigh(), compared.published(), compared.verdict(),
                compared.reason() + "; not asserted: " + whyNotAsserted);
        write(row);
        return row;
    }

    /** Records a measurement with no published counterpart; fails on a regression. */
    public static ResultRecord unpublished(Measurement measured, String paper, String table, String cell,
            String dataset, String method, String degradation, String reason) {
        ResultRecord row = ResultRecord.unpublished(measured, paper, table, cell, dataset, method, degradation,
                reason);
        write(row);
        return row;
    }

    /** Records a published cell this machine cannot measure, with the reason. */
    public static ResultRecord cannotRunHere(ResultRecord row) {
        if (row.isMeasured()) {
            throw new IllegalArgumentException("a cannot-run-here row must not carry a measurement: " + row.key());
        }
        ResultsFile.shared().append(row);
        return row;
    }

    /**
     * Record mode ({@code -Dcrbench.record=true}): merges {@code rows} into the recorded baselines
     * file, making them the accepted values later runs are gated against.
     */
    public static void acceptIntoBaselines(Collection<ResultRecord> rows) {
        baselines().record(rows);
    }

    private static void write(ResultRecord row) {
        ResultsFile.shared().append(row);
        if (RecordedBaselines.recordMode()) {
            return;
        }
        Optional<String> regression = baselines().regression(row);
        if (regression.isPresent()) {
            throw new AssertionError(regression.get());
        }
    }

    private static synchronized RecordedBaselines baselines() {
        if (baselines == null) {
            baselines = RecordedBaselines.fromSystemProperty();
        }
        return baselines;
    }
}
