package io.crbench.result;

import io.crbench.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The committed accepted results that CI gates regressions against (same JSON lines as
 * results.jsonl, sorted by cell key so diffs stay readable). {@code -Dcrbench.record=true} merges a
 * run's rows into them instead of checking them.
 *
 * <p>The rows live either in one file or, when the path is a directory, in one file per paper
 * ({@code <paper>.jsonl}): crbench's own baseline grows with every suite, and one file per paper
 * keeps each file small and a re-accepted suite's diff inside its paper's file. A row filed under
 * another paper's name is refused, since re-recording would then accept the cell twice.
 *
 * <p>A row regresses when it is worse than the accepted value, in the metric's direction, by more
 * than √(h_accepted² + h_measured²), h being the two confidence half-widths at their stated level:
 * the difference is then significant, not sampling noise. Rows of metrics that are not gated
 * (timings) and unmeasured rows are never flagged.
 */
public final class RecordedBaselines {
    /** System property naming the file or directory. */
    public static final String FILE_PROPERTY = "crbench.baselines.file";
    /** System property that switches to record mode. */
    public static final String RECORD_PROPERTY = "crbench.record";
    /** Regression messages start with this, so the report can classify them. */
    public static final String REGRESSION_PREFIX = "Regression against recorded baseline: ";
    private static final String JSONL = ".jsonl";

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
     * Loads the file at {@code path}, or every {@code *.jsonl} file in it when it is a directory; a
     * missing path is an empty baseline. Every line is checked before any is used: a malformed line, a
     * non-numeric value, a measured verdict without a measured value, a cell accepted twice, or (in a
     * directory) a row in another paper's file is an error naming the file and line, since each would
     * otherwise quietly exempt a cell from the gate.
     */
    public static RecordedBaselines load(Path path) {
        Map<String, ResultRecord> m = new TreeMap<>();
        Map<String, String> sourceOf = new HashMap<>();
        try {
            if (Files.isDirectory(path)) {
                for (Path file : filesIn(path)) {
                    String paper = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
                    read(file, paper, m, sourceOf);
                }
            } else if (Files.exists(path)) {
                read(path, null, m, sourceOf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recorded baselines " + path, e);
        }
        return new RecordedBaselines(path, m);
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(JSONL)).sorted().toList();
        }
    }

    /** Reads one file's rows into {@code m}; {@code paper} is the paper every row must name, or null. */
    private static void read(Path file, String paper, Map<String, ResultRecord> m, Map<String, String> sourceOf)
            throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String source = file + ":" + (i + 1);
            ResultRecord r = ResultJson.fromLine(lines.get(i), source);
            if (!r.isMeasured()) {
                throw new IllegalArgumentException("accepted row at " + source + " (" + r.key()
                        + ") has no measured value; only measured rows are accepted");
            }
            if (paper != null && !paper.equals(r.paper())) {
                throw new IllegalArgumentException("accepted row at " + source + " is of paper " + r.paper()
                        + "; in a directory of baselines it belongs in " + fileName(r.paper()));
            }
            String first = sourceOf.putIfAbsent(r.key(), source);
            if (first != null) {
                throw new IllegalArgumentException("cell " + r.key() + " is accepted twice, at " + first + " and "
                        + source);
            }
            m.put(r.key(), r);
        }
    }

    private static String fileName(String paper) {
        if (!paper.matches("[A-Za-z0-9._-]+") || paper.startsWith(".")) {
            throw new IllegalArgumentException("paper id '" + paper + "' cannot name a baseline file");
        }
        return paper + JSONL;
    }

    /**
     * The file named by {@code crbench.baselines.file}. Outside record mode the file must exist: a
     * missing (or misnamed) file would gate nothing and pass every regression.
     */
    public static RecordedBaselines fromSystemProperty() {
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null || file.isBlank()) {
            throw new IllegalStateException("system property " + FILE_PROPERTY
                    + " is not set; the suites' pom sets it to the directory baselines/recorded/accepted");
        }
        Path path = Path.of(file);
        if (!recordMode() && !Files.exists(path)) {
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

    /** The file or directory the rows were read from. */
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
     * Merges {@code rows} (replacing rows of the same cell) and rewrites the file, or each paper's
     * file of a directory, atomically. Unmeasured rows and wall-clock rows ({@link MetricId#wallClock()})
     * are not recorded.
     */
    public synchronized void record(Collection<ResultRecord> rows) {
        accepted.values().removeIf(r -> MetricId.fromWire(r.metric()).wallClock());
        for (ResultRecord r : rows) {
            if (r.isMeasured() && !MetricId.fromWire(r.metric()).wallClock()) {
                accepted.put(r.key(), r);
            }
        }
        if (!Files.isDirectory(path)) {
            AtomicFiles.writeString(path, lines(accepted.values()));
            return;
        }
        Map<String, List<ResultRecord>> byPaper = new TreeMap<>();
        for (ResultRecord r : accepted.values()) {
            byPaper.computeIfAbsent(r.paper(), p -> new ArrayList<>()).add(r);
        }
        byPaper.forEach((paper, paperRows) -> AtomicFiles.writeString(path.resolve(fileName(paper)), lines(paperRows)));
    }

    private static String lines(Collection<ResultRecord> rows) {
        StringBuilder sb = new StringBuilder();
        for (ResultRecord r : rows) {
            sb.append(ResultJson.toLine(r)).append('\n');
        }
        return sb.toString();
    }

    private static double halfWidth(ResultRecord r) {
        if (Double.isNaN(r.ciLow()) || Double.isNaN(r.ciHigh())) {
            return 0;
        }
        return Math.max(r.measured() - r.ciLow(), r.ciHigh() - r.measured());
    }
}
