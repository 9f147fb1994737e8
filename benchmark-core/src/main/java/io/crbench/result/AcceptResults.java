package io.crbench.result;

import java.nio.file.Path;
import java.util.List;

/**
 * Accepts a finished run's rows as the new recorded baseline, as {@code -Dcrbench.record=true}
 * would have during that run, without running it again: after a reviewer has read the run's
 * report and agreed that its numbers are the ones to gate against.
 *
 * <p>Arguments: {@code RESULTS_JSONL ACCEPTED}, the accepted rows being a file or a directory of one
 * file per paper ({@link RecordedBaselines#load}), e.g.
 * {@code suites/target/crbench-results/results.jsonl baselines/recorded/accepted}.
 */
public final class AcceptResults {
    private AcceptResults() {
    }

    /** Merges the rows of {@code results} into the baseline at {@code accepted}; returns how many were read. */
    public static int accept(Path results, Path accepted) {
        List<ResultRecord> rows = ResultJson.readAll(results);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(results + " holds no rows; nothing to accept");
        }
        RecordedBaselines.load(accepted).record(rows);
        return rows.size();
    }

    /** Entry point. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: AcceptResults RESULTS_JSONL ACCEPTED_FILE_OR_DIRECTORY");
            System.exit(2);
        }
        int n = accept(Path.of(args[0]), Path.of(args[1]));
        System.out.println("accepted " + n + " rows of " + args[0] + " into " + args[1]);
    }
}
