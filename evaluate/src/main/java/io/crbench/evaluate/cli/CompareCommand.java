package io.crbench.evaluate.cli;

import io.crbench.evaluate.ModelComparison;
import io.crbench.evaluate.PerImageHits;
import io.crbench.evaluate.RobustnessResult;
import io.crbench.files.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crbench compare}: two evaluate runs of the same images, condition by condition. */
@Command(name = "compare", mixinStandardHelpOptions = true, usageHelpWidth = 110,
        description = {"Compares two `crbench evaluate` runs on the same images and grid (two models, or two versions",
            "of one): per condition the top-1 difference A - B with its paired bootstrap 95%% interval, the images",
            "only one gets right, and the exact McNemar test Holm-corrected over the conditions. Writes",
            "comparison.md into OUT."},
        footer = {"", "Exit status: 0 success; 2 bad input (runs of different images or grids) or usage."})
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "run folder (or its hits.jsonl) of model A")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "run folder (or its hits.jsonl) of model B")
    Path b;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Override
    public Integer call() {
        ModelComparison comparison = ModelComparison.of(read(a), read(b));
        Path file = out.resolve("comparison.md");
        AtomicFiles.writeString(file, comparison.markdown());
        System.out.println("crbench: comparison " + file.toAbsolutePath());
        return 0;
    }

    private static RobustnessResult read(Path run) {
        return RobustnessResult.of(PerImageHits.read(Files.isDirectory(run) ? run.resolve(PerImageHits.FILE_NAME) : run));
    }
}
