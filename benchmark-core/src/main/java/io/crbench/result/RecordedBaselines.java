package io.crbench.result;

import io.crbench.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The committed file of accepted results that CI gates regressions against (same JSON lines as
 * results.jsonl, sorted by cell key so diffs stay readable). {@code -Dcrbench.record=true} merges a
 * run's rows into it instead of checking them.
 *
 * <p>A row regresses when it is worse than the accepted value, in the metric's direction, by more
 * than √(h_accepted² + h_measured²), h being the two confidence half-widths at their stated level:
 * the difference is then significant, not sampling noise. Rows of metrics that are not gated
 * (timings) and unmeasured rows are never flagged.
 */
public final class RecordedBaselines {
    /** System property naming the file. */
    public static final String FILE_PROPERTY = "crbench.baselines.file";
    /** System property that switches to record mode. */
    public static final String RECORD_PROPERTY = "crbench.record";
    /** Regression messages start with this, so the report can classify them. */
    public static final String REGRESSION_PREFIX = "Regression against recorded baseline: ";

    private final Path path;
    private final Map<String, ResultRecord> accepted;

    private RecordedBaselines(Path path, Map<String, ResultRecord> accepted) {
        this.path = path;
        this.accepted = accepted;
    }

    /** The accepted rows, in key order. */
    public List<ResultRecord> rows() {
        return List.copyOf(accepted.values());
    }

    /**
     * Loads the file at {@code path}; a missing file is an empty baseline. Every line is checked
     * before any is used: a malformed line, a non-numeric value, a measured verdict without a
     * measured value, or a cell accepted twice is an error naming the file and line, since each
     * would otherwise quietly exempt a cell from the gate.
     */
    public static RecordedBaselines load(Path path) {
        Map<String, ResultRecord> m = new TreeMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        if (Files.exists(path)) {
            try {
                List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).isBlank()) {
                        String source = path + ":" + (i + 1);
                        ResultRecord r = ResultJson.fromLine(lines.get(i), source);
                        if (!r.isMeasured()) {
                            throw new IllegalArgumentException("accepted row at " + source + " (" + r.key()
                                    + ") has no measured value; only measured rows are accepted");
                        }
                        Integer first = lineOf.putIfAbsent(r.key(), i + 1);
                        if (first != null) {
                            throw new IllegalArgumentException("cell " + r.key() + " is accepted twice in " + path
                                    + ", at lines " + first + " and " + (i + 1));
                        }
                        m.put(r.key(), r);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read recorded baselines " + path, e);
            }
        }
        return new RecordedBaselines(path, m);
    }

    /**
     * The file named by {@code crbench.baselines.file}. Outside record mode the file must exist: a
     * missing (or misnamed) file would gate nothing and pass every regression.
     */
    public static RecordedBaselines fromSystemProperty() {
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null || file.isBlank()) {
            throw new IllegalStateException("system property " + FILE_PROPERTY
                    + " is not set; the suites' pom sets it to baselines/recorded/accepted-results.jsonl");
        }
        Path path = Path.of(file);
        if (!recordMode() && !Files.isRegularFile(path)) {
            throw new IllegalStateException("recorded baselines file " + path.toAbsolutePath() + " (" + FILE_PROPERTY
                    + ") does not exist, so no result could be gated; fix the path, or record a first baseline with -D"
                    + RECORD_PROPERTY + "=true");
        }
        return load(path);
    }

    /** Whether this run records (-Dcrbench.record=true) instead of checking. */
    public static boolean recordMode() {
        return Boolean.parseBoolean(System.getProperty(RECORD_PROPERTY, "false"));
    }

    /** The accepted row for the same cell, if any. */
    public Optional<ResultRecord> accepted(ResultRecord current) {
        return Optional.ofNullable(accepted.get(current.key()));
    }

    /** The file the rows were read from. */
    public Path path() {
        return path;
    }

    /** Number of accepted rows. */
    public int size() {
        return accepted.size();
    }

    /** A message when {@code current} regresses against its accepted row, empty otherwise. */
    public Optional<String> regression(ResultRecord current) {
        ResultRecord base = accepted.get(current.key());
        MetricId metric = MetricId.fromWire(current.metric());
        if (base == null || !current.isMeasured() || !base.isMeasured()
                || metric.direction() == MetricId.Direction.NOT_GATED) {
            return Optional.empty();
        }
        double allowed = Math.hypot(halfWidth(base), halfWidth(current));
        double worseBy = switch (metric.direction()) {
            case HIGHER_IS_BETTER -> base.measured() - current.measured();
            case LOWER_IS_BETTER -> current.measured() - base.measured();
            default -> Math.abs(current.measured() - base.measured());
        };
        if (worseBy > allowed) {
            return Optional.of(String.format(Locale.ROOT,
                    "%s%s: measured %.6g [%.6g, %.6g] vs accepted %.6g [%.6g, %.6g]: worse by %.4g > %.4g",
                    REGRESSION_PREFIX, current.key(), current.measured(), current.ciLow(), current.ciHigh(),
                    base.measured(), base.ciLow(), base.ciHigh(), worseBy, allowed));
        }
        return Optional.empty();
    }

    /**
     * Merges {@code rows} (replacing rows of the same cell) and rewrites the file atomically.
     * Unmeasured rows and wall-clock rows ({@link MetricId#wallClock()}) are not recorded.
     */
    public synchronized void record(Collection<ResultRecord> rows) {
        accepted.values().removeIf(r -> MetricId.fromWire(r.metric()).wallClock());
        for (ResultRecord r : rows) {
            if (r.isMeasured() && !MetricId.fromWire(r.metric()).wallClock()) {
                accepted.put(r.key(), r);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (ResultRecord r : accepted.values()) {
            sb.append(ResultJson.toLine(r)).append('\n');
        }
        AtomicFiles.writeString(path, sb.toString());
    }

    private static double halfWidth(ResultRecord r) {
        if (Double.isNaN(r.ciLow()) || Double.isNaN(r.ciHigh())) {
            return 0;
        }
        return Math.max(r.measured() - r.ciLow(), r.ciHigh() - r.measured());
    }
}
