package io.crbench.result;

import io.crbench.numerics.NumericEnvironment;
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
 * property {@code crbench.results.dir} (default {@code target/crbench-results}). The first write in
 * a JVM starts the file afresh, so the file always describes one run.
 */
public final class ResultsFile {
    /** System property naming the results directory. */
    public static final String DIR_PROPERTY = "crbench.results.dir";
    /** File name inside that directory. */
    public static final String FILE_NAME = "results.jsonl";

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
            shared = new ResultsFile(Path.of(dir).resolve(FILE_NAME), () -> NumericEnvironment.current().fields());
        }
        return shared;
    }

    public Path path() {
        return path;
    }

    /** Appends {@code record} as one line (flushed at once, so a killed run keeps what it measured). */
    public synchronized void append(ResultRecord record) {
        try {
            if (!started) {
                Files.createDirectories(path.toAbsolutePath().getParent());
                Files.deleteIfExists(path);
                numerics = environment.get();
                started = true;
            }
            Files.writeString(path, ResultJson.toLine(record, numerics) + "\n", StandardCharsets.UTF_8,
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

    /** What this JVM has written so far. */
    public synchronized List<ResultRecord> written() {
        return List.copyOf(written);
    }
}
