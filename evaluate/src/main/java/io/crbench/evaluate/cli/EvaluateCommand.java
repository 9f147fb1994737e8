package io.crbench.evaluate.cli;

import io.crbench.evaluate.Condition;
import io.crbench.evaluate.ModelFile;
import io.crbench.evaluate.PerImageHits;
import io.crbench.evaluate.Preprocessing;
import io.crbench.evaluate.RobustnessEvaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crbench evaluate}: one model, one data set, a grid of conditions. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 110,
        footer = {"", "Exit status: 0 success; 1 a case regressed against the baseline; 2 bad input or usage."},
        description = {
            "Classifies every image of DIR clean and under every condition of the grid, and writes to OUT:",
            "  results.jsonl  top-1, top-5 (Wilson 95%% intervals) and the top-1 drop from clean (paired",
            "                 bootstrap interval) per condition, and the interval mean accuracy over the",
            "                 grid's JPEG qualities; crbench's row format",
            "  summary.md     the same as a table, the worst condition, the gate's verdict",
            "  hits.jsonl     per-image hits, from which the rest is computed (shards merge these)",
            "Outputs are written when the run has finished, each file whole, so a failed run leaves none.",
            "Each image's compression is seeded by its index, so reruns and shards give identical numbers.",
            "",
            "Data layouts (label rule in brackets):",
            "  DIR/<class>/<image>          [index of the folder in --labels (one class per line), else in",
            "                                the sorted folder names, as torchvision's ImageFolder]",
            "  DIR/<image> + --labels FILE  [FILE of lines <file>,<label>: that label; or a class list whose",
            "                                first word per line prefixes the file names up to '_' (ImageNet's",
            "                                LOC_synset_mapping.txt with n01440764_tench.JPEG): its line number]",
            ""})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE",
            description = "classifier: .onnx (ONNX Runtime) or TorchScript .pt (PyTorch)")
    Path model;

    @Option(names = "--model-id", paramLabel = "ID",
            description = "the model's id in rows and baselines (default: the file name without extension)")
    String modelId;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "labelled images (layouts above)")
    Path data;

    @Option(names = "--labels", paramLabel = "FILE", description = "label file or class list (layouts above)")
    Path labels;

    @Option(names = "--preprocess", paramLabel = "imagenet|cifar|SPEC.json", defaultValue = "imagenet",
            description = {"imagenet: resize shorter side 256, centre crop 224, ImageNet mean/std;",
                "cifar: 32x32 as is, CIFAR-10 mean/std;",
                "SPEC.json: {\"resize\": 256, \"crop\": 224, \"mean\": [r,g,b], \"std\": [r,g,b]} (0..1 scale)",
                "Default: ${DEFAULT-VALUE}"})
    String preprocess;

    @Option(names = "--grid", paramLabel = "FAMILY:LEVELS",
            description = {"conditions, repeatable: jpeg:90,70,50,30,10  jpeg:1..100  avif:25,10  webp:50  jxl:50  jp2:100",
                "(clean is always included; default jpeg:90,70,50,30,10)"})
    List<String> grid = new ArrayList<>();

    @Option(names = "--double-jpeg", paramLabel = "Q1/Q2,...",
            description = "double JPEG compressions on aligned grids, e.g. 90/70,50/30")
    String doubleJpeg;

    @Option(names = "--every-nth", paramLabel = "N", defaultValue = "1",
            description = "use every N-th image in file-name order (a fixed subset); default ${DEFAULT-VALUE}")
    int everyNth;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1",
            description = "largest batch the model accepts; default ${DEFAULT-VALUE}")
    int batch;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "measure images I, I+N, I+2N, ... only and write just hits.jsonl; join with crbench merge")
    String shard;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        List<Condition> conditions = new ArrayList<>();
        for (String g : grid.isEmpty() ? List.of("jpeg:90,70,50,30,10") : grid) {
            conditions.addAll(Condition.parse(g));
        }
        if (doubleJpeg != null) {
            conditions.addAll(Condition.parse(Condition.DOUBLE_JPEG + ":" + doubleJpeg));
        }
        ModelFile file = modelId == null ? ModelFile.of(model) : new ModelFile(model, modelId);
        RobustnessEvaluation evaluation = RobustnessEvaluation.of(file)
                .data(data, labels)
                .preprocessing(Preprocessing.parse(preprocess))
                .conditions(conditions)
                .everyNth(everyNth)
                .batch(batch)
                .progress(new ConsoleProgress(System.err, System.console() != null));
        output.requireBaselineReadable();
        if (shard != null) {
            String[] parts = shard.split("/");
            if (parts.length != 2) {
                throw new IllegalArgumentException("--shard must be I/N, e.g. 0/4, got " + shard);
            }
            evaluation.shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        }
        PerImageHits hits = evaluation.run();
        if (shard != null) {
            hits.write(output.out.resolve(PerImageHits.FILE_NAME));
            System.out.println("crbench: shard " + shard + " hits   " + output.out.resolve(PerImageHits.FILE_NAME).toAbsolutePath());
            return 0;
        }
        return output.finish(hits);
    }
}
