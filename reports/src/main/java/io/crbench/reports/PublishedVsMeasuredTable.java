package io.crbench.reports;

import io.crbench.result.ResultRecord;
import java.util.List;

/**
 * The published-vs-measured comparison of result records, as a self-contained HTML page or as
 * CSV. The CSV has every column: paper, table, cell, dataset, n, method, degradation, metric,
 * measured, CI, published, |Δ|, verdict, reason. The HTML page is made to fit a browser window:
 * paper and table share a column, long names wrap, the reason is folded under the verdict (click
 * to open; also its tooltip), verdict and |Δ| are coloured, and a click on a header sorts by it.
 *
 * <p>Numbers are rounded for reading: decibel metrics to 2 decimals (|Δ| to 3), fractions such as
 * accuracies to 4, counts to none; {@code results.jsonl} keeps full precision. Unknown values are
 * empty in CSV and a dash in HTML. The HTML page needs no external files: CSS and the sorting
 * script are inline; verdicts are coloured (reproduced green, out_of_tolerance red,
 * substitute_measured blue, no_published_value grey, cannot_run_here amber).
 */
public final class PublishedVsMeasuredTable {
    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1em; color: #222; }
            h1 { font-size: 1.2em; }
            p.counts { color: #555; }
            table { border-collapse: collapse; font-size: 0.85em; width: 100%; }
            th, td { border: 1px solid #ccc; padding: 0.25em 0.45em; vertical-align: top; overflow-wrap: anywhere; }
            th { background: #f2f2f2; text-align: left; position: sticky; top: 0; cursor: pointer; }
            th:hover { background: #e4e4e4; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; overflow-wrap: normal; }
            td details summary { cursor: pointer; white-space: nowrap; }
            td details[open] { min-width: 16em; }
            .reproduced { background: #d4edda; color: #155724; }
            .out_of_tolerance { background: #f8d7da; color: #721c24; font-weight: bold; }
            .substitute_measured { background: #d1ecf1; color: #0c5460; }
            .no_published_value { background: #e2e3e5; color: #383d41; }
            .cannot_run_here { background: #fff3cd; color: #856404; }
            """;
    // Sorts the body rows by the clicked column: numerically where both cells start with a number.
    private static final String SORT_SCRIPT = """
            document.querySelectorAll('th').forEach((th, col) => th.addEventListener('click', () => {
              const body = th.closest('table').tBodies[0];
              const up = th.dataset.order !== 'asc';
              th.dataset.order = up ? 'asc' : 'desc';
              const key = r => r.cells[col].innerText.trim();
              [...body.rows].sort((a, b) => {
                const x = parseFloat(key(a)), y = parseFloat(key(b));
                const c = !isNaN(x) && !isNaN(y) ? x - y : key(a).localeCompare(key(b));
                return up ? c : -c;
              }).forEach(r => body.appendChild(r));
            }));
            """;
    /** The CSV columns shown in the HTML table, in order; paper and table are merged in front. */
    private static final List<String> SHOWN = List.of("cell", "dataset", "method", "degradation", "metric", "n",
            "measured", "CI", "published", "|Δ|");

    private PublishedVsMeasuredTable() {
    }

    /** A complete HTML document titled {@code title}, one table row per record. */
    public static String html(String title, List<ResultRecord> records) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n")
                .append("<body>\n<h1>").append(Html.escape(title)).append("</h1>\n")
                .append("<p class=\"counts\">").append(Html.escape(VerdictCounts.of(records).describe()))
                .append("</p>\n<table>\n<thead>\n<tr><th>paper · table</th>");
        for (String header : SHOWN) {
            sb.append("<th>").append(Html.escape(header)).append("</th>");
        }
        sb.append("<th>verdict</th></tr>\n</thead>\n<tbody>\n");
        for (ResultRecord r : records) {
            List<String> cells = ResultColumns.cells(r);
            String verdict = r.verdict().wire();
            sb.append("<tr><td>").append(dash(cells.get(column("paper")))).append(" · ")
                    .append(dash(cells.get(column("table")))).append("</td>");
            for (String header : SHOWN) {
                int i = column(header);
                String cssClass = header.equals("|Δ|") && r.published() != null ? "num " + verdict
                        : ResultColumns.isNumeric(i) ? "num" : "";
                sb.append(cssClass.isEmpty() ? "<td>" : "<td class=\"" + cssClass + "\">")
                        .append(dash(cells.get(i))).append("</td>");
            }
            String reason = cells.get(column("reason"));
            sb.append("<td class=\"").append(verdict).append("\" title=\"").append(Html.escape(reason)).append("\">");
            if (reason.isEmpty()) {
                sb.append(verdict);
            } else {
                sb.append("<details><summary>").append(verdict).append("</summary>").append(Html.escape(reason))
                        .append("</details>");
            }
            sb.append("</td></tr>\n");
        }
        return sb.append("</tbody>\n</table>\n<script>\n").append(SORT_SCRIPT)
                .append("</script>\n</body>\n</html>\n").toString();
    }

    private static int column(String header) {
        return ResultColumns.HEADERS.indexOf(header);
    }

    /** The cell's escaped text, or a dash when unknown. */
    private static String dash(String cell) {
        return cell.isEmpty() ? "&mdash;" : Html.escape(cell);
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
}
