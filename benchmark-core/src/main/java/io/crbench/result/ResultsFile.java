package io.crbench.result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

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
    private final List<ResultRecord> written = new ArrayList<>();
    private boolean started;

    /** A results file at {@code path}. */
    public ResultsFile(Path path) {
        this.path = path;
    }

    /** The run's file, from {@code crbench.results.dir}. */
    public static synchronized ResultsFile shared() {
        if (shared == null) {
            String dir = System.getProperty(DIR_PROPERTY, "target/crbench-results");
            shared = new ResultsFile(Path.of(dir).resolve(FILE_NAME));
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
                started = true;
            }
            Files.writeString(path, ResultJson.toLine(record) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            written.add(record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + path, e);
        }
    }

    /** What this JVM has written so far. */
    public synchronized List<ResultRecord> written() {
        return List.copyOf(written);
    }
}
