package io.crbench.reports;

import io.crbench.files.StaleFiles;
import io.crbench.result.ResultRecord;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Allure results of a run outside JUnit ({@code crbench evaluate}): one Allure test per cell
 * (failed, with the gate's message, when one of its rows regressed), and a report entry with the
 * summary, the plots and the rows, the same attachments a suite's report gets. The folder is
 * written beside and then moved into place, so it is whole or absent; {@code allure generate}
 * renders it.
 */
public final class StandaloneAllureResults {
    private StandaloneAllureResults() {
    }

    /**
     * Writes {@code dir} (replacing it).
     *
     * @param suite the run's title
     * @param rows the run's rows
     * @param regressions the gate's messages (each naming a row's key), empty when it passed or did not run
     * @param summaryMarkdown the run's summary
     */
    public static void write(Path dir, String suite, List<ResultRecord> rows, List<String> regressions,
            String summaryMarkdown) {
        Path parent = dir.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, ".tmp-" + dir.getFileName());
            try {
                AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(staging));
                Map<String, List<ResultRecord>> byCell = new LinkedHashMap<>();
                rows.forEach(r -> byCell.computeIfAbsent(r.cell(), c -> new ArrayList<>()).add(r));
                byCell.forEach((cell, cellRows) -> writeCell(lifecycle, suite, cell, cellRows, regressions));
                writeReport(lifecycle, suite, rows, summaryMarkdown);
                if (Files.exists(dir)) {
                    StaleFiles.deleteTree(dir);
                }
                Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                if (Files.exists(staging)) {
                    StaleFiles.deleteTree(staging);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Allure results into " + dir, e);
        }
    }

    private static void writeCell(AllureLifecycle lifecycle, String suite, String cell, List<ResultRecord> rows,
            List<String> regressions) {
        List<String> failed = regressions.stream()
                .filter(m -> rows.stream().anyMatch(r -> m.contains(r.key() + ":"))).toList();
        String uuid = UUID.randomUUID().toString();
        TestResult result = new TestResult()
                .setUuid(uuid)
                .setName(cell)
                .setFullName(suite + "." + cell)
                .setHistoryId(ResultsUtils.md5(suite + "." + cell))
                .setStatus(failed.isEmpty() ? Status.PASSED : Status.FAILED)
                .setLabels(List.of(ResultsUtils.createSuiteLabel(suite)));
        if (!failed.isEmpty()) {
            result.setStatusDetails(new StatusDetails().setMessage(String.join("\n", failed)));
        }
        List<Parameter> parameters = new ArrayList<>();
        for (ResultRecord r : rows) {
            parameters.add(new Parameter().setName(r.metric())
                    .setValue(ResultColumns.describeValue(r)));
        }
        result.setParameters(parameters);
        lifecycle.scheduleTestCase(result);
        lifecycle.startTestCase(uuid);
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
    }

    private static void writeReport(AllureLifecycle lifecycle, String suite, List<ResultRecord> rows, String summary) {
        String uuid = UUID.randomUUID().toString();
        lifecycle.scheduleTestCase(new TestResult()
                .setUuid(uuid)
                .setName("Report: " + suite)
                .setFullName(suite + ".report")
                .setHistoryId(ResultsUtils.md5(suite + ".report"))
                .setStatus(Status.PASSED)
                .setDescription(summary)
                .setLabels(List.of(ResultsUtils.createSuiteLabel(suite))));
        lifecycle.startTestCase(uuid);
        for (Map.Entry<String, byte[]> plot : SuitePlots.render(suite, rows).entrySet()) {
            lifecycle.addAttachment(plot.getKey(), "image/png", "png", plot.getValue());
        }
        lifecycle.addAttachment("rows", "text/html", "html",
                PublishedVsMeasuredTable.html(suite, rows).getBytes(StandardCharsets.UTF_8));
        lifecycle.addAttachment("rows (CSV)", "text/csv", "csv",
                PublishedVsMeasuredTable.csv(rows).getBytes(StandardCharsets.UTF_8));
        lifecycle.addAttachment("summary", "text/markdown", "md", summary.getBytes(StandardCharsets.UTF_8));
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
    }
}
