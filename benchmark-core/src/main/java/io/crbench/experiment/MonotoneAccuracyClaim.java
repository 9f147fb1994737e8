package io.crbench.experiment;

import io.crbench.reproduction.Measurement;
import io.crbench.result.MetricId;
import io.crbench.result.ResultRecord;
import io.crbench.stats.HolmCorrection;
import io.crbench.stats.Interval;
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

    /** Tests the claim, writes one {@code mcnemar_p} row per neighbouring pair, and fails if contradicted. */
    public static List<ResultRecord> record(List<Map.Entry<String, ClassificationScores>> ordered, String paper,
            String table, String dataset, String method) {
        if (ordered.size() < 2) {
            throw new IllegalArgumentException("the claim needs at least two grid points, got " + ordered.size());
        }
        int pairs = ordered.size() - 1;
        double[] p = new double[pairs];
        McNemarResult[] tests = new McNemarResult[pairs];
        for (int i = 0; i < pairs; i++) {
            tests[i] = ordered.get(i).getValue().mcNemarTop1(ordered.get(i + 1).getValue());
            p[i] = tests[i].pValue();
        }
        double[] adjusted = HolmCorrection.adjust(p);
        List<ResultRecord> rows = new ArrayList<>();
        List<String> rises = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            var from = ordered.get(i);
            var to = ordered.get(i + 1);
            double before = from.getValue().top1().value();
            double after = to.getValue().top1().value();
            boolean significant = adjusted[i] < StatisticalConventions.ALPHA;
            String finding = !significant ? "not distinguishable at n=" + from.getValue().n()
                    : after < before ? "significant fall" : "significant RISE";
            if (significant && after > before) {
                rises.add(from.getKey() + " → " + to.getKey());
            }
            String reason = String.format(Locale.ROOT,
                    "top-1 %.4f → %.4f; right only before %d, right only after %d; Holm-adjusted exact McNemar p = %.3g: %s",
                    before, after, tests[i].aOnly(), tests[i].bOnly(), adjusted[i], finding);
            Measurement m = new Measurement(MetricId.MCNEMAR_P.wire(),
                    new Interval(adjusted[i], adjusted[i], adjusted[i], StatisticalConventions.LEVEL), from.getValue().n());
            rows.add(CellRecorder.unpublished(m, paper, table, "claim: top-1 falls/" + from.getKey() + " → " + to.getKey(),
                    dataset, method, to.getKey(), reason));
        }
        McNemarResult overall = ordered.get(0).getValue().mcNemarTop1(ordered.get(pairs).getValue());
        boolean overallFall = overall.pValue() < StatisticalConventions.ALPHA && overall.aOnly() > overall.bOnly();
        if (!rises.isEmpty() || !overallFall) {
            throw new AssertionError(CONTRADICTED_PREFIX + "top-1 does not fall as " + ordered.get(0).getKey()
                    + " → " + ordered.get(pairs).getKey() + " on " + dataset + " (" + method + "): significant rises "
                    + rises + ", mildest vs strongest McNemar p = " + overall.pValue());
        }
        return rows;
    }
}
