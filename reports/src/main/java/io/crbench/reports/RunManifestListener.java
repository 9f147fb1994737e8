package io.crbench.reports;

import io.crbench.result.ResultsFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Keeps {@link RunManifest} current over a suites run: written as incomplete when the test plan
 * starts, rewritten as complete with the failed suites when it ends. Registered with the JUnit
 * launcher through {@code META-INF/services}; it acts only in JVMs that write results (system
 * property {@value ResultsFile#DIR_PROPERTY} set, as Failsafe sets it for the suites).
 */
public final class RunManifestListener implements TestExecutionListener {
    private static final Pattern CLASS_SEGMENT = Pattern.compile("\\[class:([^\\]]+)\\]");

    private Path dir;
    private RunManifest manifest;
    private final List<String> failed = new ArrayList<>();

    /** A run may execute as several test plans; the first one starts the manifest, each one reopens it. */
    @Override
    public synchronized void testPlanExecutionStarted(TestPlan plan) {
        String resultsDir = System.getProperty(ResultsFile.DIR_PROPERTY);
        if (resultsDir == null || resultsDir.isBlank() || resultsDir.startsWith("${")) {
            return;
        }
        if (manifest == null) {
            dir = Path.of(resultsDir);
            Instant now = Instant.now();
            manifest = new RunManifest(now + "-" + ProcessHandle.current().pid(), RunManifest.gitCommit(),
                    System.getProperty("crbench.scale", "ci"), now, null, List.of());
        }
        manifest.endedAt(null, failed).writeTo(dir);
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (manifest == null || result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            return;
        }
        Matcher suite = CLASS_SEGMENT.matcher(id.getUniqueId());
        if (suite.find()) {
            String name = suite.group(1).substring(suite.group(1).lastIndexOf('.') + 1);
            if (!failed.contains(name)) {
                failed.add(name);
            }
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        if (manifest == null) {
            return;
        }
        manifest.endedAt(Instant.now(), failed).writeTo(dir);
        if (!ResultsFile.shared().written().isEmpty()) {
            ExperimentReportExtension.writeRunSummary("complete" + (failed.isEmpty() ? "" : "; failed suites: "
                    + String.join(", ", failed)));
        }
    }
}
