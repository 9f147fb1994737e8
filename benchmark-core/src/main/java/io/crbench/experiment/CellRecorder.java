package io.crbench.experiment;

import io.crbench.degradation.Condition;
import io.crbench.degradation.Identity;
import io.crbench.reproduction.Comparison;
import io.crbench.reproduction.ComparisonAssert;
import io.crbench.reproduction.Measurement;
import io.crbench.reproduction.PublishedValue;
import io.crbench.result.CellKey;
import io.crbench.result.MetricId;
import io.crbench.result.RecordedBaselines;
import io.crbench.result.ResultRecord;
import io.crbench.result.ResultsFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where a suite case ends: writes its row to results.jsonl, then holds it to the recorded baseline
 * (unless recording) and to the published value. Failures are AssertionErrors whose messages start
 * with {@link ComparisonAssert#OUT_OF_TOLERANCE_PREFIX} or {@link RecordedBaselines#REGRESSION_PREFIX}.
 * The row is always written first, so a failing case still leaves its numbers. Inside a case
 * opened with {@link #openCase()} (the suites' report extension opens one around every test) the
 * failures are collected and thrown by {@link #closeCase()}, so a case writes all its rows even
 * when an early one fails; outside a case they are thrown at once.
 */
public final class CellRecorder {
    private static final ThreadLocal<List<AssertionError>> OPEN_CASE = new ThreadLocal<>();
    private static RecordedBaselines baselines;

    private CellRecorder() {
    }

    /** Records a measurement held to a published cell; fails on an unexplained deviation or regression. */
    public static ResultRecord compared(Measurement measured, PublishedValue published, String dataset,
            String method, Condition degradation) {
        ResultRecord row = ResultRecord.compared(Comparison.of(measured, published), dataset, method, degradation);
        write(row);
        holdToPublished(measured, published);
        return row;
    }

    /**
     * As {@link #compared(Measurement, PublishedValue, String, String, Condition)}, with {@code note}
     * (what kind of check this is, e.g. a closed form rather than an experiment) in front of the
     * row's reason.
     */
    public static ResultRecord compared(Measurement measured, PublishedValue published, String dataset,
            String method, Condition degradation, String note) {
        ResultRecord row = ResultRecord.compared(Comparison.of(measured, published), dataset, method, degradation)
                .withSetup(note);
        write(row);
        holdToPublished(measured, published);
        return row;
    }

    /**
     * Records a measurement taken the paper's way with {@code substitution} standing in for its
     * model, data or scale: verdict {@code substitute_measured}, the comparison's numbers kept for the
     * reader, never asserted against the printed value (it can neither reproduce nor contradict it);
     * only a regression against the recorded baseline fails.
     */
    public static ResultRecord substituted(Measurement measured, PublishedValue published, String dataset,
            String method, Condition degradation, String substitution) {
        ResultRecord row = ResultRecord.substituted(Comparison.of(measured, published), dataset, method, degradation,
                substitution);
        write(row);
        return row;
    }

    /** Records a measurement with no published counterpart; fails on a regression. */
    public static ResultRecord unpublished(Measurement measured, CellKey cell, String dataset, String method,
            Condition degradation, String reason) {
        ResultRecord row = ResultRecord.unpublished(measured, cell, dataset, method, degradation, reason);
        write(row);
        return row;
    }

    /**
     * Records {@code cell}, a cell no table prints (a claim, crbench's own grid) that this machine
     * cannot measure as {@code metric} of {@code method} on {@code dataset} under {@code condition},
     * with the reason: the comparison stays visible instead of being skipped.
     */
    public static ResultRecord cannotRunHere(CellKey cell, String dataset, String method, Condition condition,
            MetricId metric, String reason) {
        return append(ResultRecord.cannotRunHere(cell, dataset, method, condition, metric, null, reason));
    }

    /**
     * Records {@code timing}'s median and 95th percentile ({@link LatencyMeasurement#measurements()})
     * as two rows of {@code cell} under the identity condition (a timing measures a model, not a
     * degradation); timings are recorded for comparison between runs, never gated.
     */
    public static void latency(LatencyMeasurement timing, CellKey cell, String dataset, String method, String reason) {
        for (Measurement m : timing.measurements()) {
            unpublished(m, cell, dataset, method, new Identity().condition(), reason);
        }
    }

    /**
     * Records {@code published}, a printed cell this machine cannot measure as {@code metric} of
     * {@code method} on {@code dataset} under {@code condition}, with the reason.
     */
    public static ResultRecord cannotRunHere(PublishedValue published, String dataset, String method,
            Condition condition, MetricId metric, String reason) {
        return append(ResultRecord.cannotRunHere(published.cell(), dataset, method, condition, metric,
                published.value(), reason));
    }

    /** A cannot-run row is appended as it is: it has no measurement to gate. */
    private static ResultRecord append(ResultRecord row) {
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
            fail(new AssertionError(regression.get()));
        }
    }

    private static void holdToPublished(Measurement measured, PublishedValue published) {
        try {
            ComparisonAssert.assertThat(measured).isWithinToleranceOf(published);
        } catch (AssertionError e) {
            fail(e);
        }
    }

    private static void fail(AssertionError failure) {
        List<AssertionError> open = OPEN_CASE.get();
        if (open == null) {
            throw failure;
        }
        open.add(failure);
    }

    /** Opens a case on this thread: until {@link #closeCase()}, failures are collected, not thrown. */
    public static void openCase() {
        OPEN_CASE.set(new ArrayList<>());
    }

    /**
     * Closes this thread's case and throws its first failure, the others attached as suppressed;
     * does nothing when the case had none (or none was open).
     */
    public static void closeCase() {
        List<AssertionError> failures = OPEN_CASE.get();
        OPEN_CASE.remove();
        if (failures == null || failures.isEmpty()) {
            return;
        }
        AssertionError first = failures.get(0);
        failures.subList(1, failures.size()).forEach(first::addSuppressed);
        throw first;
    }

    private static synchronized RecordedBaselines baselines() {
        if (baselines == null) {
            baselines = RecordedBaselines.fromSystemProperty();
        }
        return baselines;
    }
}
