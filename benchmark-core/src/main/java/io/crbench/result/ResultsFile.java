package io.crbench.result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The run's {@code results.jsonl}: one line per suite case, in the directory named by system
 * property {@code crbench.results.dir} (default {@code target/crbench-results}). Rows of wall-clock
 * metrics ({@link MetricId#wallClock()}) go to {@value #TIMINGS_FILE_NAME} beside it instead, so
 * that two runs of the same inputs give identical results.jsonl files. The first write in a JVM
 * starts both files afresh, so they always describe one run.
 */
public final class ResultsFile {
    /** System property naming the results directory. */
    public static final String DIR_PROPERTY = "crbench.results.dir";
    /** File name inside that directory. */
    public static final String FILE_NAME = "results.jsonl";
    /** File name of the wall-clock rows, beside {@link #FILE_NAME}. */
    public static final String TIMINGS_FILE_NAME = "timings.jsonl";

    private static ResultsFile shared;

    private final Path path;
    private final Supplier<Map<String, Object>> environment;
    private Map<String, Object> numerics;
    private final List<ResultRecord> written = new ArrayList<>();
    private boolean started;

    /** A results file at {@code path} whose rows carry no numeric environment. */
    public ResultsFile(Path path) {
        this(path, Map::of);
    }

    /**
     * A results file at {@code path} whose every row carries {@code environment} (asked once, at
     * the first row), so rows from differently configured runs can be told apart.
     */
    public ResultsFile(Path path, Supplier<Map<String, Object>> environment) {
        this.path = path;
        this.environment = environment;
    }

    /** The run's file, from {@code crbench.results.dir}. */
    public static synchronized ResultsFile shared() {
        if (shared == null) {
            String dir = System.getProperty(DIR_PROPERTY, "target/crbench-results");
            shared = new ResultsFile(Path.of(dir).resolve(FILE_NAME), RunEnvironment::current);
        }
        return shared;
    }

    public Path path() {
        return path;
    }

    /** Where the wall-clock rows go: {@value #TIMINGS_FILE_NAME} beside {@link #path()}. */
    public Path timingsPath() {
        return path.resolveSibling(TIMINGS_FILE_NAME);
    }

    /** Appends {@code record} as one line (flushed at once, so a killed run keeps what it measured). */
    public synchronized void append(ResultRecord record) {
        try {
            if (!started) {
                Files.createDirectories(path.toAbsolutePath().getParent());
                Files.deleteIfExists(path);
                Files.deleteIfExists(timingsPath());
                numerics = environment.get();
                started = true;
            }
            Path target = MetricId.fromWire(record.metric()).wallClock() ? timingsPath() : path;
            Files.writeString(target, ResultJson.toLine(record, numerics) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            written.add(record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + path, e);
        }
    }

    /** The numeric environment every row of this file carries; empty before the first row. */
    public synchronized Map<String, Object> numerics() {
        return numerics == null ? Map.of() : numerics;
    }

    /** What this JVM has written so far, to either file. */
    public synchronized List<ResultRecord> written() {
        return List.copyOf(written);
    }
}
