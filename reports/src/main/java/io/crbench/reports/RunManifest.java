package io.crbench.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.crbench.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@value #FILE_NAME} beside results.jsonl: which run the folder describes (run id, git commit,
 * scale, start and end) and whether it ran to the end. It says {@code incomplete} from the start
 * until the last suite has finished, so a killed run is never mistaken for a finished one; a
 * finished run lists the suites that failed.
 *
 * @param runId start time and process id, unique per run on a machine
 * @param commit the git commit of the working tree, or {@code unknown}
 * @param scale the {@code crbench.scale} of the run
 * @param started when the run started
 * @param ended when it ended, null while it runs
 * @param failedSuites the suites with a failing case, in the order they failed
 */
public record RunManifest(String runId, String commit, String scale, Instant started, Instant ended,
        List<String> failedSuites) {
    /** The manifest's file name. */
    public static final String FILE_NAME = "run.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public RunManifest {
        failedSuites = List.copyOf(failedSuites);
    }

    /** {@code complete} once the run has ended, {@code incomplete} before. */
    public String status() {
        return ended == null ? "incomplete" : "complete";
    }

    /** The manifest as it ends at {@code when} with {@code failed} suites. */
    public RunManifest endedAt(Instant when, List<String> failed) {
        return new RunManifest(runId, commit, scale, started, when, failed);
    }

    /** Writes the manifest into {@code dir} atomically (temporary file, then rename). */
    public void writeTo(Path dir) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", runId);
        m.put("status", status());
        m.put("commit", commit);
        m.put("scale", scale);
        m.put("started", started.toString());
        m.put("ended", ended == null ? null : ended.toString());
        m.put("failed_suites", failedSuites);
        try {
            AtomicFiles.writeString(dir.resolve(FILE_NAME), MAPPER.writeValueAsString(m) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the run manifest", e);
        }
    }

    /** The git commit of the current directory's repository, or {@code unknown}. */
    static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 && out.matches("[0-9a-f]{40}") ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
