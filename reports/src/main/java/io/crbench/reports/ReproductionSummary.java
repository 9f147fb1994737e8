package io.crbench.reports;

import io.crbench.result.ResultRecord;
import io.crbench.result.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A short Markdown account of a run against the papers: counts of each verdict per paper and
 * table, then which published cells were reproduced, which are out of tolerance and why, and
 * which cannot run here and why. Cells without a published value are only counted.
 */
public final class ReproductionSummary {
    private static final Comparator<TableKey> TABLE_ORDER =
            Comparator.comparing(TableKey::paper).thenComparing(TableKey::table);

    private ReproductionSummary() {
    }

    /** A paper's table; null ids print as "null" rather than being merged with real ones. */
    private record TableKey(String paper, String table) {
        static TableKey of(ResultRecord r) {
            return new TableKey(String.valueOf(r.paper()), String.valueOf(r.table()));
        }
    }

    /** The summary of {@code records} as Markdown (also readable as plain text). */
    public static String markdown(List<ResultRecord> records) {
        StringBuilder sb = new StringBuilder("# Reproduction summary\n\n");
        sb.append(VerdictCounts.of(records).describe()).append(".\n\n");
        appendPaperSplit(sb, records);
        appendCountTable(sb, records);
        appendList(sb, "Reproduced", records, Verdict.REPRODUCED);
        appendList(sb, "Out of tolerance", records, Verdict.OUT_OF_TOLERANCE);
        appendList(sb, "Substitute measured", records, Verdict.SUBSTITUTE_MEASURED);
        appendList(sb, "Cannot run here", records, Verdict.CANNOT_RUN_HERE);
        return sb.toString();
    }

    /**
     * Per paper: the rows asserted against a printed cell on the paper's own data and models
     * (reproduced, out of tolerance), those measured with a substitute, the printed cells that
     * cannot run here, and the rows only recorded (nothing printed to compare with).
     */
    private static void appendPaperSplit(StringBuilder sb, List<ResultRecord> records) {
        sb.append("| paper | reproduced / asserted on the paper's data and models | substitute measured"
                + " | cannot run here | recorded only |\n|---|---:|---:|---:|---:|\n");
        for (Scoreboard.Line l : Scoreboard.lines(records)) {
            sb.append("| ").append(cell(l.paper())).append(" | ").append(l.reproduced()).append(" / ")
                    .append(l.asserted()).append(" | ").append(l.substitute()).append(" | ")
                    .append(l.cannotRunHere()).append(" | ").append(l.recordedOnly()).append(" |\n");
        }
        sb.append('\n');
    }

    private static void appendCountTable(StringBuilder sb, List<ResultRecord> records) {
        Map<TableKey, List<ResultRecord>> byTable = new TreeMap<>(TABLE_ORDER);
        for (ResultRecord r : records) {
            byTable.computeIfAbsent(TableKey.of(r), k -> new ArrayList<>()).add(r);
        }
        sb.append("| paper | table |");
        for (Verdict v : Verdict.values()) {
            sb.append(' ').append(v.wire()).append(" |");
        }
        sb.append("\n|---|---|");
        sb.append("---:|".repeat(Verdict.values().length)).append('\n');
        for (Map.Entry<TableKey, List<ResultRecord>> group : byTable.entrySet()) {
            VerdictCounts counts = VerdictCounts.of(group.getValue());
            sb.append("| ").append(cell(group.getKey().paper())).append(" | ")
                    .append(cell(group.getKey().table())).append(" |");
            for (Verdict v : Verdict.values()) {
                sb.append(' ').append(counts.get(v)).append(" |");
            }
            sb.append('\n');
        }
        sb.append('\n');
    }

    private static void appendList(StringBuilder sb, String heading, List<ResultRecord> records, Verdict verdict) {
        List<ResultRecord> selected = records.stream()
                .filter(r -> r.verdict() == verdict)
                .sorted(Comparator.comparing(TableKey::of, TABLE_ORDER))
                .toList();
        sb.append("## ").append(heading).append(" (").append(selected.size()).append(")\n\n");
        if (selected.isEmpty()) {
            sb.append("None.\n\n");
            return;
        }
        for (ResultRecord r : selected) {
            sb.append("- ").append(describe(r)).append('\n');
        }
        sb.append('\n');
    }

    /**
     * E.g. {@code paper 000, table 2, JPEG/QF10, psnr_y (arcnn, jpeg(q=10), LIVE1, n=29): measured
     * 27.10 [26.90, 27.30], published 29.13, |Δ| 2.030 — tolerance 0.10 dB}.
     */
    private static String describe(ResultRecord r) {
        MetricFormat f = MetricFormat.of(r);
        StringBuilder sb = new StringBuilder()
                .append("paper ").append(r.paper()).append(", table ").append(r.table()).append(", ")
                .append(r.cell()).append(", ").append(r.metric())
                .append(" (").append(r.method()).append(", ").append(r.degradation()).append(", ")
                .append(r.dataset()).append(", n=").append(r.n()).append(")");
        if (r.verdict() != Verdict.CANNOT_RUN_HERE) {
            sb.append(": measured ").append(f.value(r.measured()));
            String ci = f.interval(r.ciLow(), r.ciHigh());
            if (!ci.isEmpty()) {
                sb.append(' ').append(ci);
            }
            if (r.published() != null) {
                sb.append(", published ").append(f.value(r.published()))
                        .append(", |Δ| ").append(f.delta(ResultColumns.absoluteDifference(r)));
            }
        }
        if (r.reason() != null && !r.reason().isBlank()) {
            sb.append(" — ").append(r.reason());
        }
        return sb.toString();
    }

    /** A Markdown table cell: a pipe would end the cell early. */
    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
