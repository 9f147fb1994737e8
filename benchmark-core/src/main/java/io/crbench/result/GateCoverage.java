package io.crbench.result;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the recorded baselines and a complete run cover each other: every cell the run measured
 * has an accepted row to be gated against, and every accepted row was measured again. A measured
 * cell without an accepted row is gated by nothing (a renamed cell, method or condition slips past
 * the regression gate that way), and an accepted row the run no longer writes gates nothing; either
 * is a refusal naming the cells. It holds the rows the gate records ({@link RecordedBaselines#record}:
 * measured, not wall-clock) and is meant for a complete default run, the README's test command.
 *
 * <p>Arguments: {@code RESULTS_JSONL ACCEPTED}, as for {@link AcceptResults}.
 */
public final class GateCoverage {
    private static final int LISTED = 20;

    private GateCoverage() {
    }

    /** The keys of the run's gated rows that no accepted row gates, in run order. */
    public static List<String> ungated(List<ResultRecord> run, RecordedBaselines accepted) {
        return run.stream().filter(GateCoverage::recorded).filter(r -> accepted.accepted(r).isEmpty())
                .map(ResultRecord::key).toList();
    }

    /** The keys of accepted rows the run did not measure, in key order. */
    public static List<String> unproduced(List<ResultRecord> run, RecordedBaselines accepted) {
        Set<String> measured = new HashSet<>();
        run.stream().filter(GateCoverage::recorded).forEach(r -> measured.add(r.key()));
        return accepted.rows().stream().map(ResultRecord::key).filter(k -> !measured.contains(k)).toList();
    }

    private static boolean recorded(ResultRecord r) {
        return r.isMeasured() && !MetricId.fromWire(r.metric()).wallClock();
    }

    /** The refusal for a run and baseline that do not cover each other; empty when they do. */
    public static List<String> problems(List<ResultRecord> run, RecordedBaselines accepted) {
        List<String> out = new ArrayList<>();
        List<String> ungated = ungated(run, accepted);
        List<String> unproduced = unproduced(run, accepted);
        if (!ungated.isEmpty()) {
            out.add(ungated.size() + " measured cells have no accepted row in " + accepted.path()
                    + ", so the regression gate does not check them (accept them after review, README \"Quick start\"):");
            ungated.stream().limit(LISTED).forEach(k -> out.add("  " + k));
        }
        if (!unproduced.isEmpty()) {
            out.add(unproduced.size() + " accepted rows of " + accepted.path() + " were not measured by this run"
                    + " (renamed or removed cells: remove them from the accepted rows, or restore the cells):");
            unproduced.stream().limit(LISTED).forEach(k -> out.add("  " + k));
        }
        return out;
    }

    /** Entry point: exits 1, listing the cells, when the run and the accepted rows do not cover each other. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: GateCoverage RESULTS_JSONL ACCEPTED_FILE_OR_DIRECTORY");
            System.exit(2);
        }
        List<ResultRecord> run = ResultJson.readAll(Path.of(args[0]));
        if (run.isEmpty()) {
            throw new IllegalArgumentException(args[0] + " holds no rows: no run to check the gate's coverage of");
        }
        List<String> problems = problems(run, RecordedBaselines.load(Path.of(args[1])));
        if (!problems.isEmpty()) {
            problems.forEach(System.err::println);
            System.exit(1);
        }
        System.out.println("gate coverage: every one of the run's " + run.stream().filter(GateCoverage::recorded).count()
                + " gated cells has an accepted row in " + args[1] + ", and every accepted row was measured");
    }
}
