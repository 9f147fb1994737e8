package io.crbench.evaluate.cli;

import io.crbench.evaluate.PerImageHits;
import io.crbench.evaluate.RobustnessResult;
import io.crbench.result.RecordedBaselines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where a finished run's files go and what it is gated against: shared by evaluate and merge. */
final class OutputOptions {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "accepted rows (e.g. an earlier run's results.jsonl): exit 1 when any case is worse than"
                    + " its accepted row beyond the two rows' combined 95%% interval half-widths")
    Path baseline;

    /** Fails before any work when the baseline cannot be read. */
    void requireBaselineReadable() {
        if (baseline != null && !Files.isRegularFile(baseline)) {
            throw new IllegalArgumentException("--baseline " + baseline + " does not exist");
        }
    }

    /** Writes the run's files, prints where they are and the gate's verdict; returns the exit status. */
    int finish(PerImageHits hits) {
        RobustnessResult result = RobustnessResult.of(hits);
        Optional<List<String>> gate = baseline == null ? Optional.empty()
                : Optional.of(result.regressions(RecordedBaselines.load(baseline)));
        result.writeTo(out, gate);
        System.out.println("crbench: results   " + out.resolve("results.jsonl").toAbsolutePath());
        System.out.println("crbench: summary   " + out.resolve("summary.md").toAbsolutePath());
        if (gate.isEmpty()) {
            return 0;
        }
        if (gate.get().isEmpty()) {
            System.out.println("crbench: gate passed against " + baseline);
            return 0;
        }
        System.err.println("crbench: gate FAILED against " + baseline + " in " + gate.get().size() + " case(s):");
        gate.get().forEach(m -> System.err.println("  " + m));
        return CrbenchCommand.GATE_FAILED;
    }
}
