package io.crbench.reports;

import io.crbench.result.ResultRecord;
import java.util.List;

/**
 * The published-vs-measured comparison of result records, as a self-contained HTML page or as
 * CSV. Both have the same columns: paper, table, cell, dataset, n, method, degradation, metric,
 * measured, CI, published, |Δ|, verdict, reason.
 *
 * <p>Numbers are rounded for reading: decibel metrics to 2 decimals (|Δ| to 3), fractions such as
 * accuracies to 4, counts to none; {@code results.jsonl} keeps full precision. Unknown values are
 * empty in CSV and a dash in HTML. The HTML page needs no external files: CSS is inline and
 * verdicts are coloured (reproduced green, out_of_tolerance red, substitute_measured blue,
 * no_published_value grey, cannot_run_here amber).
 */
public final class PublishedVsMeasuredTable {
    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1.5em; color: #222; }
            h1 { font-size: 1.3em; }
            p.counts { color: #555; }
            table { border-collapse: collapse; font-size: 0.9em; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; vertical-align: top; }
            th { background: #f2f2f2; text-align: left; position: sticky; top: 0; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.reproduced { background: #d4edda; color: #155724; }
            td.out_of_tolerance { background: #f8d7da; color: #721c24; font-weight: bold; }
            td.substitute_measured { background: #d1ecf1; color: #0c5460; }
            td.no_published_value { background: #e2e3e5; color: #383d41; }
            td.cannot_run_here { background: #fff3cd; color: #856404; }
            """;

    private PublishedVsMeasuredTable() {
    }

    /** A complete HTML document titled {@code title}, one table row per record. */
    public static String html(String title, List<ResultRecord> records) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escapeHtml(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n")
                .append("<body>\n<h1>").append(escapeHtml(title)).append("</h1>\n")
                .append("<p class=\"counts\">").append(escapeHtml(VerdictCounts.of(records).describe()))
                .append("</p>\n<table>\n<thead>\n<tr>");
        for (String header : ResultColumns.HEADERS) {
            sb.append("<th>").append(escapeHtml(header)).append("</th>");
        }
        sb.append("</tr>\n</thead>\n<tbody>\n");
        for (ResultRecord r : records) {
            sb.append("<tr>");
            List<String> cells = ResultColumns.cells(r);
            for (int i = 0; i < cells.size(); i++) {
                String cssClass = i == ResultColumns.VERDICT ? r.verdict().wire()
                        : ResultColumns.isNumeric(i) ? "num" : "";
                sb.append(cssClass.isEmpty() ? "<td>" : "<td class=\"" + cssClass + "\">")
                        .append(cells.get(i).isEmpty() ? "&mdash;" : escapeHtml(cells.get(i)))
                        .append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>\n</body>\n</html>\n").toString();
    }

    /** RFC 4180 CSV with a header row, one row per record, lines ending in {@code \n}. */
    public static String csv(List<ResultRecord> records) {
        StringBuilder sb = new StringBuilder(2048);
        appendCsvRow(sb, ResultColumns.HEADERS);
        for (ResultRecord r : records) {
            appendCsvRow(sb, ResultColumns.cells(r));
        }
        return sb.toString();
    }

    private static void appendCsvRow(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) {
                sb.append(',');
            }
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append('\n');
    }

    /** Escapes the characters that are special in HTML text and attribute values. */
    private static String escapeHtml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
