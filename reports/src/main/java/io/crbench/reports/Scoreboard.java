package io.crbench.reports;

import io.crbench.result.ResultRecord;
import io.crbench.result.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run at a glance, one line per paper: how many printed cells were reproduced of those
 * asserted on the paper's own data and models, how many are out of tolerance, measured on a
 * substitute, or cannot run here, and how many rows are only recorded. It is the first thing in the
 * report's environment panel (Allure's overview) and a page of its own, {@value #FILE_NAME}, next to
 * results.jsonl, with the run's scale and numeric environment under the table.
 */
public final class Scoreboard {
    /** The page's file name, beside results.jsonl. */
    public static final String FILE_NAME = "scoreboard.html";
    /** Allure's own page in the report folder, whose index.html is this scoreboard. */
    public static final String ALLURE_PAGE = "allure.html";
    private static final String NO_PAPER = "none";
    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1.5em; color: #222; }
            h1 { font-size: 1.3em; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #ccc; padding: 0.35em 0.7em; }
            th { background: #f2f2f2; text-align: left; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            td.reproduced { background: #d4edda; }
            td.out_of_tolerance { background: #f8d7da; font-weight: bold; }
            td.substitute_measured { background: #d1ecf1; }
            td.cannot_run_here { background: #fff3cd; }
            dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; color: #444; }
            dt { font-weight: bold; }
            """;

    private Scoreboard() {
    }

    /** One paper's counts. */
    record Line(String paper, long reproduced, long asserted, long outOfTolerance, long substitute,
            long cannotRunHere, long recordedOnly) {
        static Line of(String paper, List<ResultRecord> rows) {
            VerdictCounts c = VerdictCounts.of(rows);
            long reproduced = c.get(Verdict.REPRODUCED);
            long out = c.get(Verdict.OUT_OF_TOLERANCE);
            return new Line(paper, reproduced, reproduced + out, out, c.get(Verdict.SUBSTITUTE_MEASURED),
                    c.get(Verdict.CANNOT_RUN_HERE), c.get(Verdict.NO_PUBLISHED_VALUE));
        }

        /** E.g. {@code 12 / 15 reproduced · 3 out of tolerance · 40 substitute · 6 cannot run here · 210 recorded only}. */
        String describe() {
            return reproduced + " / " + asserted + " reproduced · " + outOfTolerance + " out of tolerance · " + substitute
                    + " substitute · " + cannotRunHere + " cannot run here · " + recordedOnly + " recorded only";
        }
    }

    /** One line per paper id in order, rows without a paper last as {@code none}. */
    static List<Line> lines(List<ResultRecord> rows) {
        Map<String, List<ResultRecord>> byPaper = new TreeMap<>(
                Comparator.comparing((String p) -> p.equals(NO_PAPER)).thenComparing(Comparator.naturalOrder()));
        for (ResultRecord r : rows) {
            byPaper.computeIfAbsent(r.paper() == null ? NO_PAPER : r.paper(), k -> new ArrayList<>()).add(r);
        }
        List<Line> out = new ArrayList<>();
        byPaper.forEach((paper, paperRows) -> out.add(Line.of(paper, paperRows)));
        return out;
    }

    /** Entries for the report's environment panel: {@code paper 000 → 12 / 15 reproduced · …}. */
    public static Map<String, String> environmentEntries(List<ResultRecord> rows) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (Line line : lines(rows)) {
            entries.put(line.paper().equals(NO_PAPER) ? "no paper (recorded baselines)" : "paper " + line.paper(),
                    line.describe());
        }
        return entries;
    }

    /**
     * The page: the per-paper table, a link to the Allure report's papers view, then
     * {@code environment} (scale, machine, numeric settings) as a list.
     *
     * @param reportLink relative link to Allure's page, e.g. {@code ../allure-report/allure.html}
     */
    public static String html(List<ResultRecord> rows, Map<String, String> environment, String reportLink) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>crbench scoreboard</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n")
                .append("<body>\n<h1>crbench: published cells per paper</h1>\n<table>\n<thead><tr><th>paper</th>")
                .append("<th>reproduced / asserted on the paper's data and models</th><th>out of tolerance</th>")
                .append("<th>substitute measured</th><th>cannot run here</th><th>recorded only</th></tr></thead>\n")
                .append("<tbody>\n");
        for (Line l : lines(rows)) {
            sb.append("<tr><td>").append(Html.escape(l.paper())).append("</td>")
                    .append(num(l.reproduced() + " / " + l.asserted(), l.reproduced() > 0 ? "reproduced" : ""))
                    .append(num(Long.toString(l.outOfTolerance()), l.outOfTolerance() > 0 ? "out_of_tolerance" : ""))
                    .append(num(Long.toString(l.substitute()), l.substitute() > 0 ? "substitute_measured" : ""))
                    .append(num(Long.toString(l.cannotRunHere()), l.cannotRunHere() > 0 ? "cannot_run_here" : ""))
                    .append(num(Long.toString(l.recordedOnly()), "")).append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n<p><a href=\"").append(Html.escape(reportLink + "#behaviors"))
                .append("\">Every case, grouped by paper and table (Allure report)</a></p>\n<dl>\n");
        environment.forEach((k, v) -> sb.append("<dt>").append(Html.escape(k)).append("</dt><dd>")
                .append(Html.escape(v)).append("</dd>\n"));
        return sb.append("</dl>\n</body>\n</html>\n").toString();
    }

    private static String num(String text, String verdictClass) {
        return "<td class=\"num" + (verdictClass.isEmpty() ? "" : " " + verdictClass) + "\">" + Html.escape(text) + "</td>";
    }
}
