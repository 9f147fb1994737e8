package io.crbench.result;

import io.crbench.degradation.Condition;
import io.crbench.reproduction.Comparison;
import io.crbench.reproduction.Measurement;
import java.util.Objects;

/**
 * One measured (or unmeasurable) cell of an experiment: the line a suite case writes to
 * {@code results.jsonl}. Field names and vocabulary are stable so CI and reviewers can query them.
 *
 * @param paper seed file prefix ({@code 000} … {@code 004}) or {@code none}
 * @param table table as printed in the paper ({@code 2}, {@code II}) or {@code none}
 * @param cell the cell inside the table, e.g. {@code JPEG/10}
 * @param dataset mirror folder name, e.g. {@code CIFAR-10-test}
 * @param n sample size the measurement rests on (images); 0 when not measured
 * @param method method under test, e.g. {@code jpeg-only}, {@code arcnn}
 * @param condition the degradation the images went through: its id (e.g. {@code jpeg(q=10)}), family and
 *     numeric levels
 * @param metric metric id (see {@link MetricId})
 * @param measured measured value (NaN when not measured)
 * @param ciLow lower confidence bound (NaN when not measured)
 * @param ciHigh upper confidence bound (NaN when not measured)
 * @param published the paper's value, or null when it prints none
 * @param verdict comparison outcome
 * @param reason why this verdict, in words (tolerance used, or what is missing)
 * @param substitution what stood in for the paper's model, data or scale ({@link Verdict#SUBSTITUTE_MEASURED}
 *     rows), else null
 */
public record ResultRecord(
        String paper,
        String table,
        String cell,
        String dataset,
        int n,
        String method,
        Condition condition,
        String metric,
        double measured,
        double ciLow,
        double ciHigh,
        Double published,
        Verdict verdict,
        String reason,
        String substitution) {

    /** The degradation's id, e.g. {@code jpeg(q=10)}: the {@code degradation} field of the row. */
    public String degradation() {
        return condition.id();
    }

    /** A row without a substitution. */
    public ResultRecord(String paper, String table, String cell, String dataset, int n, String method,
            Condition condition, String metric, double measured, double ciLow, double ciHigh, Double published,
            Verdict verdict, String reason) {
        this(paper, table, cell, dataset, n, method, condition, metric, measured, ciLow, ciHigh, published, verdict,
                reason, null);
    }

    /** Checks that substitute rows, and only they, name their substitution. */
    public ResultRecord {
        Objects.requireNonNull(condition, "condition");
        if ((verdict == Verdict.SUBSTITUTE_MEASURED) != (substitution != null)) {
            throw new IllegalArgumentException("a " + verdict.wire() + " row " + (substitution == null ? "needs" : "must not carry")
                    + " a substitution: " + String.join("|", paper, table, cell, dataset, method, condition.id(), metric));
        }
    }

    /** The row of a measurement held to a published value. */
    public static ResultRecord compared(Comparison c, String dataset, String method, Condition condition) {
        Measurement m = c.measurement();
        var p = c.published();
        return new ResultRecord(p.cell().paper(), p.cell().tableId(), p.cell().cell(), dataset, m.n(), method,
                condition, m.metric().wire(), m.value(), m.interval().low(), m.interval().high(), p.value(),
                c.verdict(), c.reason());
    }

    /** The row of a measurement with nothing published to compare with. */
    public static ResultRecord unpublished(Measurement m, CellKey cell, String dataset, String method,
            Condition condition, String reason) {
        return new ResultRecord(cell.paper(), cell.tableId(), cell.cell(), dataset, m.n(), method, condition,
                m.metric().wire(), m.value(), m.interval().low(), m.interval().high(), null, Verdict.NO_PUBLISHED_VALUE,
                reason);
    }

    /**
     * The row of a measurement taken the paper's way but with {@code substitution} standing in for
     * its model, data or scale: verdict {@link Verdict#SUBSTITUTE_MEASURED}, whatever the
     * comparison's numbers, which stay in the reason.
     */
    public static ResultRecord substituted(Comparison c, String dataset, String method, Condition condition,
            String substitution) {
        Measurement m = c.measurement();
        var p = c.published();
        return new ResultRecord(p.cell().paper(), p.cell().tableId(), p.cell().cell(), dataset, m.n(), method,
                condition, m.metric().wire(), m.value(), m.interval().low(), m.interval().high(), p.value(),
                Verdict.SUBSTITUTE_MEASURED,
                "substitute: " + substitution + "; for reference only, " + c.reason(), substitution);
    }

    /** The row of a published cell that cannot be measured on this machine, with the reason. */
    public static ResultRecord cannotRunHere(CellKey cell, String dataset, String method, Condition condition,
            MetricId metric, Double published, String reason) {
        return new ResultRecord(cell.paper(), cell.tableId(), cell.cell(), dataset, 0, method, condition, metric.wire(),
                Double.NaN, Double.NaN, Double.NaN, published, Verdict.CANNOT_RUN_HERE, reason);
    }

    /**
     * This row with {@code setup} put in front of its reason, e.g. what differs from the paper's
     * setup (data, model, scale) ahead of the tolerance a comparison used.
     */
    public ResultRecord withSetup(String setup) {
        return new ResultRecord(paper, table, cell, dataset, n, method, condition, metric, measured, ciLow, ciHigh,
                published, verdict, setup + "; " + reason, substitution);
    }

    /** The identity of the cell across runs: what a recorded baseline is looked up by. */
    public String key() {
        return String.join("|", paper, table, cell, dataset, method, condition.id(), metric);
    }

    /** Whether a value was measured (not {@link Verdict#CANNOT_RUN_HERE}). */
    public boolean isMeasured() {
        return !Double.isNaN(measured);
    }
}
