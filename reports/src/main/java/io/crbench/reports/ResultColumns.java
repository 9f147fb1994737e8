package io.crbench.reports;

import io.crbench.result.ResultRecord;
import java.util.List;
import java.util.Set;

/** The columns of the published-vs-measured table, shared by its HTML and CSV forms. */
final class ResultColumns {
    static final List<String> HEADERS = List.of("paper", "table", "cell", "dataset", "n", "method",
            "degradation", "metric", "measured", "CI", "published", "|Δ|", "verdict", "reason");
    private static final Set<String> NUMERIC = Set.of("n", "measured", "CI", "published", "|Δ|");

    private ResultColumns() {
    }

    /** Whether column {@code index} holds numbers (right-aligned in HTML). */
    static boolean isNumeric(int index) {
        return NUMERIC.contains(HEADERS.get(index));
    }

    /** One record's cells in {@link #HEADERS} order; unknown values are empty strings. */
    static List<String> cells(ResultRecord r) {
        MetricFormat f = MetricFormat.of(r);
        return List.of(text(r.paper()), text(r.table()), text(r.cell()), text(r.dataset()),
                Integer.toString(r.n()), text(r.method()), text(r.degradation()), text(r.metric()),
                f.value(r.measured()), f.interval(r.ciLow(), r.ciHigh()),
                r.published() == null ? "" : f.value(r.published()), f.delta(absoluteDifference(r)),
                r.verdict().wire(), text(r.reason()));
    }

    /** "27.31 [27.02, 27.60] vs published 27.20", formatted like the table's cells. */
    static String describeValue(ResultRecord r) {
        MetricFormat f = MetricFormat.of(r);
        String measured = r.isMeasured() ? f.value(r.measured()) + " " + f.interval(r.ciLow(), r.ciHigh()) : "not measured";
        return r.published() == null ? measured : measured + " vs published " + f.value(r.published());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** |measured − published|, NaN when either is missing. */
    static double absoluteDifference(ResultRecord r) {
        return r.published() == null ? Double.NaN : Math.abs(r.measured() - r.published());
    }
}
