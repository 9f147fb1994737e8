package io.crbench.reports;

import ai.djl.engine.Engine;
import io.crbench.codec.JpegCodec;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.Scale;
import io.crbench.files.AtomicFiles;
import io.crbench.numerics.NumericEnvironment;
import io.crbench.result.RecordedBaselines;
import io.crbench.result.ResultRecord;
import io.crbench.result.ResultsFile;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered on every suite ({@code @ExtendWith}): turns the result rows the suite's cases write
 * into the report. Each case is a {@link CellRecorder#openCase() case}: it writes all its rows, and
 * only then fails with what they failed. Each case gets its paper/table labels and its rows as parameters; after the
 * suite, one extra Allure entry "Report: …" carries a plot per metric (vs the degradation's level,
 * with CI bars and published markers), the published-vs-measured table (HTML and CSV) and the
 * verdict summary. The run's overall {@code summary.md} is rewritten next to results.jsonl, and in
 * record mode the suite's rows become the accepted baselines.
 */
public final class ExperimentReportExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ExperimentReportExtension.class);
    private static final String START = "start";

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put(START, ResultsFile.shared().written().size());
        writeEnvironment();
    }

    /**
     * The report's environment panel, rewritten after every suite: the per-paper
     * {@link Scoreboard} first, then the scale, Java, DJL, the JPEG library, the JVM's heap limit
     * and peak resident memory so far, and the numeric environment every row records.
     */
    private static synchronized void writeEnvironment() {
        Path dir = Path.of(System.getProperty("allure.results.directory", "target/allure-results"));
        try {
            AllureReport.environment(environment(true), dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report environment into " + dir, e);
        }
    }

    /** The run's environment entries, headed by the scoreboard's when {@code withScoreboard}. */
    private static Map<String, String> environment(boolean withScoreboard) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (withScoreboard) {
            entries.putAll(Scoreboard.environmentEntries(ResultsFile.shared().written()));
        }
        entries.put("scale", Scale.current().name().toLowerCase(Locale.ROOT));
        entries.put("java", System.getProperty("java.version"));
        entries.put("djl", Engine.getDjlVersion());
        entries.put("jpeg", JpegCodec.library());
        entries.putAll(JvmMemory.entries());
        NumericEnvironment.current().fields().forEach((k, v) -> entries.put(k, String.valueOf(v)));
        return entries;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put(START, ResultsFile.shared().written().size());
        CellRecorder.openCase();
    }

    /** Reports the case's rows, then fails it with whatever its rows failed (all rows are written by now). */
    @Override
    public void afterEach(ExtensionContext context) {
        try {
            reportCase(context);
        } finally {
            CellRecorder.closeCase();
        }
    }

    private static void reportCase(ExtensionContext context) {
        List<ResultRecord> rows = since(context);
        if (rows.isEmpty()) {
            return;
        }
        ResultRecord first = rows.get(0);
        AllureReport.paperTableSuite(first.paper(), first.table(), suiteName(context));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("dataset", first.dataset());
        params.put("method", first.method());
        params.put("degradation", first.degradation());
        for (ResultRecord r : rows) {
            params.put(r.metric() + (rows.size() > 1 ? " · " + r.cell() : ""), r.verdict().wire() + ": "
                    + ResultColumns.describeValue(r));
        }
        AllureReport.parameters(params);
        AllureReport.attachHtml("rows", PublishedVsMeasuredTable.html(context.getDisplayName(), rows));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        List<ResultRecord> rows = since(context);
        if (rows.isEmpty()) {
            return;
        }
        String suite = suiteName(context);
        writeReportEntry(suite, context.getRequiredTestClass().getName(), rows,
                context.getTestInstance().filter(RecordedReference.class::isInstance).map(RecordedReference.class::cast));
        writeEnvironment();
        writeRunSummary("incomplete: written after " + suite + "; the run has not finished (" + RunManifest.FILE_NAME
                + " says when it has)");
        if (RecordedBaselines.recordMode()) {
            CellRecorder.acceptIntoBaselines(rows);
        }
    }

    private static List<ResultRecord> since(ExtensionContext context) {
        List<ResultRecord> all = ResultsFile.shared().written();
        int start = context.getStore(NS).getOrDefault(START, Integer.class, all.size());
        return all.subList(start, all.size());
    }

    private static String suiteName(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getParent().isPresent() && c.getTestMethod().isPresent()) {
            c = c.getParent().get();
        }
        return c.getDisplayName();
    }

    /** A synthetic Allure test holding the suite-level attachments. */
    private static void writeReportEntry(String suite, String className, List<ResultRecord> rows,
            Optional<RecordedReference> reference) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        String uuid = UUID.randomUUID().toString();
        ResultRecord first = rows.get(0);
        TestResult result = new TestResult()
                .setUuid(uuid)
                .setName("Report: " + suite)
                .setFullName(className + ".report")
                .setHistoryId(ResultsUtils.md5(className + ".report"))
                .setStatus(Status.PASSED)
                .setDescription(ReproductionSummary.markdown(rows))
                .setLabels(List.of(
                        ResultsUtils.createLabel(AllureReport.PAPER_LABEL, first.paper()),
                        ResultsUtils.createLabel(AllureReport.TABLE_LABEL, first.table()),
                        ResultsUtils.createEpicLabel("paper " + first.paper()),
                        ResultsUtils.createFeatureLabel("table " + first.table()),
                        ResultsUtils.createStoryLabel(suite),
                        ResultsUtils.createSuiteLabel(suite)));
        lifecycle.scheduleTestCase(result);
        lifecycle.startTestCase(uuid);
        for (Map.Entry<String, byte[]> plot : SuitePlots.render(suite, rows).entrySet()) {
            AllureReport.attachPng(plot.getKey(), plot.getValue());
        }
        AllureReport.attachHtml("published vs measured", PublishedVsMeasuredTable.html(suite, rows));
        AllureReport.attachCsv("published vs measured (CSV)", PublishedVsMeasuredTable.csv(rows));
        AllureReport.attachText("verdict summary", ReproductionSummary.markdown(rows));
        reference.ifPresent(r -> {
            List<ResultRecord> recorded = r.referenceRows();
            if (recorded.isEmpty()) {
                AllureReport.attachText(r.referenceTitle(), "No run of this form has been recorded yet.");
            } else {
                AllureReport.attachHtml(r.referenceTitle(), PublishedVsMeasuredTable.html(r.referenceTitle(), recorded));
                AllureReport.attachText(r.referenceTitle() + ": verdict summary", ReproductionSummary.markdown(recorded));
            }
        });
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
    }

    /**
     * Rewrites summary.md from every row of the run so far, atomically, headed by the run's
     * {@code status}, so a summary of a stopped run never reads as a finished one.
     */
    static void writeRunSummary(String status) {
        Path summary = ResultsFile.shared().path().resolveSibling("summary.md");
        StringBuilder text = new StringBuilder("_Run ").append(status).append("._\n\n")
                .append(ReproductionSummary.markdown(ResultsFile.shared().written()));
        text.append("\n## Numeric environment\n\n");
        ResultsFile.shared().numerics().forEach((k, v) -> text.append("- ").append(k).append(": ").append(v).append('\n'));
        AtomicFiles.writeString(summary, text.toString());
        AtomicFiles.writeString(summary.resolveSibling(Scoreboard.FILE_NAME), Scoreboard.html(
                ResultsFile.shared().written(), environment(false), "../allure-report/" + Scoreboard.ALLURE_PAGE));
    }
}
