package io.crbench.experiment;

import io.crbench.degradation.Condition;
import io.crbench.degradation.Degradation;
import io.crbench.reproduction.Measurement;
import io.crbench.result.MetricId;
import io.crbench.result.ResultRecord;
import io.crbench.result.TableKey;
import io.crbench.stats.McNemarResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The papers' common claim "top-1 falls as the degradation gets stronger", tested on an ordered
 * grid (mildest first) with exact McNemar tests between neighbours on the same images,
 * Holm-corrected at {@link StatisticalConventions#ALPHA}. It fails only on what the data can
 * show: a significant rise between neighbours, or no significant fall from the mildest to the
 * strongest setting. Neighbours too close to tell apart at this sample size are reported as such.
 */
public final class MonotoneAccuracyClaim {
    /** Assertion messages start with this. */
    public static final String CONTRADICTED_PREFIX = "Claim contradicted: ";

    private MonotoneAccuracyClaim() {
    }

    /**
     * Tests the claim on {@code grid}'s classifier over {@code ordered} (mildest first), writes one
     * {@code mcnemar_p} row per neighbouring pair in {@code table}, and fails if contradicted.
     */
    public static List<ResultRecord> record(ClassifierGrid grid, List<? extends Degradation> ordered, TableKey table) {
        return record(ordered.stream().map(d -> Map.entry(d.condition(), grid.scores(d))).toList(), table,
                grid.dataset(), grid.method());
    }

    /** Tests the claim, writes one {@code mcnemar_p} row per neighbouring pair, and fails if contradicted. */
    public static List<ResultRecord> record(List<Map.Entry<Condition, ClassificationScores>> ordered, TableKey table,
            String dataset, String method) {
        if (ordered.size() < 2) {
            throw new IllegalArgumentException("the claim needs at least two grid points, got " + ordered.size());
        }
        int pairs = ordered.size() - 1;
        List<PairedComparison> changes = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            changes.add(ordered.get(i + 1).getValue().top1ChangeFrom(ordered.get(i).getValue()));
        }
        List<ComparisonFamily.Tested> tested = ComparisonFamily.test(changes);
        List<ResultRecord> rows = new ArrayList<>();
        List<String> rises = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            var from = ordered.get(i);
            var to = ordered.get(i + 1);
            ComparisonFamily.Tested t = tested.get(i);
            double before = from.getValue().top1().value();
            double after = to.getValue().top1().value();
            String finding = t.significantlyWorse() ? "significant fall"
                    : t.significantlyBetter() ? "significant RISE" : "not distinguishable at n=" + from.getValue().n();
            if (t.significantlyBetter()) {
                rises.add(from.getKey().id() + " → " + to.getKey().id());
            }
            String reason = String.format(Locale.ROOT,
                    "top-1 %.4f → %.4f; right only before %d, right only after %d; Holm-adjusted exact McNemar p = %.3g: %s",
                    before, after, t.comparison().worsened(), t.comparison().improved(), t.adjustedP(), finding);
            rows.add(CellRecorder.unpublished(Measurement.exact(MetricId.MCNEMAR_P, t.adjustedP(), from.getValue().n()),
                    table.cell("claim: top-1 falls", from.getKey().id() + " → " + to.getKey().id()), dataset, method,
                    to.getKey(), reason));
        }
        McNemarResult overall = ordered.get(0).getValue().mcNemarTop1(ordered.get(pairs).getValue());
        boolean overallFall = overall.pValue() < StatisticalConventions.ALPHA && overall.aOnly() > overall.bOnly();
        if (!rises.isEmpty() || !overallFall) {
            throw new AssertionError(CONTRADICTED_PREFIX + "top-1 does not fall as " + ordered.get(0).getKey().id()
                    + " → " + ordered.get(pairs).getKey().id() + " on " + dataset + " (" + method + "): significant rises "
                    + rises + ", mildest vs strongest McNemar p = " + overall.pValue());
        }
        return rows;
    }
}
