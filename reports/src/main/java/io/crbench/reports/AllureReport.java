package io.crbench.reports;

import io.qameta.allure.Allure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Thin helpers over {@link Allure} for the suites: attachments, labels that group results by
 * paper → table → suite in the Behaviours view, parameters, and the launch-wide files
 * {@code environment.properties} and {@code categories.json}.
 *
 * <p>Attachments, labels and parameters go to the test case that is running on the calling thread
 * (as the Allure JUnit 5 extension tracks it); outside a running test Allure logs and ignores them.
 */
public final class AllureReport {
    /** Label holding the paper id (seed file prefix, e.g. {@code 000}). */
    public static final String PAPER_LABEL = "paper";
    /** Label holding the table as printed in the paper. */
    public static final String TABLE_LABEL = "table";

    private AllureReport() {
    }

    /** Attaches a PNG image, e.g. from {@link LinePlot} or {@link ImageStrip}. */
    public static void attachPng(String name, byte[] png) {
        attach(name, "image/png", ".png", png);
    }

    /** Attaches an HTML page, e.g. from {@link PublishedVsMeasuredTable#html}. */
    public static void attachHtml(String name, String html) {
        attach(name, "text/html", ".html", html.getBytes(StandardCharsets.UTF_8));
    }

    /** Attaches CSV text, e.g. from {@link PublishedVsMeasuredTable#csv}. */
    public static void attachCsv(String name, String csv) {
        attach(name, "text/csv", ".csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Attaches plain text, e.g. a {@link ReproductionSummary}. */
    public static void attachText(String name, String text) {
        attach(name, "text/plain", ".txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void attach(String name, String mimeType, String extension, byte[] content) {
        Allure.addAttachment(name, mimeType, new ByteArrayInputStream(content), extension);
    }

    /**
     * Labels the current test with its paper and table ({@value #PAPER_LABEL}, {@value #TABLE_LABEL})
     * and sets epic = {@code paper <paper>}, feature = {@code table <table>}, story = {@code suite},
     * so the Behaviours view nests paper → table → suite.
     */
    public static void paperTableSuite(String paper, String table, String suite) {
        Allure.label(PAPER_LABEL, paper);
        Allure.label(TABLE_LABEL, table);
        Allure.epic("paper " + paper);
        Allure.feature("table " + table);
        Allure.story(suite);
    }

    /** Adds each entry as a test parameter, shown with the result and part of its history id. */
    public static void parameters(Map<String, ?> parameters) {
        parameters.forEach(Allure::parameter);
    }

    /**
     * Writes the launch-wide files Allure reads from its results directory: {@code
     * environment.properties} with {@code entries} (e.g. Java version, DJL version, mirror path, CPU
     * count) in iteration order, and {@code categories.json} with one category per
     * {@link FailureCategory}. Both are overwritten; the directory is created if missing.
     */
    public static void environment(Map<String, String> entries, Path resultsDir) throws IOException {
        Files.createDirectories(resultsDir);
        Files.writeString(resultsDir.resolve("environment.properties"), environmentProperties(entries),
                StandardCharsets.ISO_8859_1);
        Files.writeString(resultsDir.resolve("categories.json"), categoriesJson(), StandardCharsets.UTF_8);
    }

    /** Properties-file text (ISO-8859-1 with Unicode escapes for anything beyond printable ASCII). */
    private static String environmentProperties(Map<String, String> entries) {
        StringBuilder sb = new StringBuilder();
        entries.forEach((key, value) -> sb.append(escapeProperty(Objects.requireNonNull(key), true)).append('=')
                .append(escapeProperty(String.valueOf(value), false)).append('\n'));
        return sb.toString();
    }

    private static String escapeProperty(String s, boolean isKey) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\f' -> sb.append("\\f");
                case '=', ':', '#', '!' -> sb.append('\\').append(c);
                // Spaces end a key; in a value only leading ones would be lost.
                case ' ' -> sb.append(isKey || i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String categoriesJson() {
        StringBuilder sb = new StringBuilder("[\n");
        FailureCategory[] categories = FailureCategory.values();
        for (int i = 0; i < categories.length; i++) {
            FailureCategory c = categories[i];
            sb.append("  {\n")
                    .append("    \"name\": ").append(jsonString(c.title())).append(",\n")
                    .append("    \"messageRegex\": ").append(jsonString(c.messageRegex())).append(",\n")
                    .append("    \"matchedStatuses\": [");
            for (int j = 0; j < c.matchedStatuses().size(); j++) {
                sb.append(j == 0 ? "" : ", ").append(jsonString(c.matchedStatuses().get(j)));
            }
            sb.append("]\n  }").append(i + 1 < categories.length ? "," : "").append('\n');
        }
        return sb.append("]\n").toString();
    }

    /** A JSON string literal; the category texts are ASCII, so only backslash and quote need escaping. */
    private static String jsonString(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
