package io.crbench.evaluate.cli;

import io.crbench.evaluate.PerImageHits;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code crbench merge}: the shards of one evaluate run, joined into the unsharded run's files. */
@Command(name = "merge", mixinStandardHelpOptions = true, usageHelpWidth = 110,
        footer = {"", "Exit status: 0 success; 1 a case regressed against the baseline; 2 bad input or usage."},
        description = {"Joins the hits.jsonl of every shard of one `crbench evaluate --shard I/N` run and writes",
            "the files an unsharded run writes (byte for byte the same). Refuses shards of different",
            "runs (model, data, preprocessing or grid), overlapping shards, and missing images."})
final class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SHARD", arity = "1..*", description = "a shard's output folder or its hits.jsonl")
    List<Path> shards;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.requireBaselineReadable();
        List<PerImageHits> read = shards.stream()
                .map(p -> PerImageHits.read(p.toFile().isDirectory() ? p.resolve(PerImageHits.FILE_NAME) : p))
                .toList();
        return output.finish(PerImageHits.merge(read));
    }
}
