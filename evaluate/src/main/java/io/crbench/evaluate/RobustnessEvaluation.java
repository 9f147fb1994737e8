package io.crbench.evaluate;

import io.crbench.experiment.ClassificationScores;
import io.crbench.image.Image8;
import io.crbench.image.ImageFiles;
import io.crbench.model.Classifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A robustness run declared in one place: a model file, labelled images, their preprocessing and a
 * grid of conditions; {@link #run()} measures every image under every condition and
 * {@link RobustnessResult} turns that into rows, a summary and gate verdicts. Each image's work is
 * a pure function of (image, condition, model): the degradation is seeded by the image's index in
 * the data set, so a shard ({@link #shard}) measures exactly what the unsharded run measures for
 * its images.
 *
 * <pre>{@code
 * PerImageHits hits = RobustnessEvaluation.of(ModelFile.of(Path.of("m.onnx")))
 *         .data(Path.of("images"), Path.of("labels.txt"))
 *         .preprocessing(Preprocessing.imageNet())
 *         .conditions(Condition.parse("jpeg:90,50,10"))
 *         .run();
 * RobustnessResult result = RobustnessResult.of(hits);
 * }</pre>
 */
public final class RobustnessEvaluation {
    /** Images read, preprocessed and degraded at a time: bounds memory independently of the data set's size. */
    private static final int CHUNK = 64;

    private final ModelFile model;
    private Path dataDir;
    private Path labelFile;
    private Preprocessing preprocessing = Preprocessing.imageNet();
    private final LinkedHashSet<Condition> conditions = new LinkedHashSet<>(List.of(Condition.clean()));
    private int shardIndex = 0;
    private int shardCount = 1;
    private int batch = 1;
    private int everyNth = 1;
    private Progress progress = Progress.SILENT;

    private RobustnessEvaluation(ModelFile model) {
        this.model = Objects.requireNonNull(model);
    }

    /** A run of {@code model}; add data and conditions. */
    public static RobustnessEvaluation of(ModelFile model) {
        return new RobustnessEvaluation(model);
    }

    /** The labelled images (layouts and label rules: {@link LabeledFolder}); {@code labelFile} may be null for class folders. */
    public RobustnessEvaluation data(Path dir, Path labelFile) {
        this.dataDir = dir;
        this.labelFile = labelFile;
        return this;
    }

    /** How images become model inputs (default {@link Preprocessing#imageNet()}). */
    public RobustnessEvaluation preprocessing(Preprocessing p) {
        this.preprocessing = Objects.requireNonNull(p);
        return this;
    }

    /** Adds conditions to the grid (clean is always first; duplicates are dropped). */
    public RobustnessEvaluation conditions(List<Condition> more) {
        conditions.addAll(more);
        return this;
    }

    /** Measures only images {@code index}, {@code index + count}, …: one of {@code count} shards. */
    public RobustnessEvaluation shard(int index, int count) {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard must be i/n with 0 <= i < n, got " + index + "/" + count);
        }
        this.shardIndex = index;
        this.shardCount = count;
        return this;
    }

    /** Largest batch the model accepts (default 1, which every exported model accepts). */
    public RobustnessEvaluation batch(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("batch must be at least 1, got " + size);
        }
        this.batch = size;
        return this;
    }

    /**
     * Uses every {@code step}-th image of the folder's file-name order (a fixed subset, e.g. for a
     * quick CI gate); the subset is the data set, so indices and seeds refer to it.
     */
    public RobustnessEvaluation everyNth(int step) {
        if (step < 1) {
            throw new IllegalArgumentException("every-nth step must be at least 1, got " + step);
        }
        this.everyNth = step;
        return this;
    }

    /** Reports progress (images done, ETA) while running. */
    public RobustnessEvaluation progress(Progress p) {
        this.progress = Objects.requireNonNull(p);
        return this;
    }

    /**
     * Measures every image of this shard under every condition. Checks first, before any image is
     * classified: the data layout, every condition's encoder, the model file and its output size.
     */
    public PerImageHits run() {
        if (dataDir == null) {
            throw new IllegalStateException("no data: call data(dir, labelFile)");
        }
        LabeledFolder folder = LabeledFolder.open(dataDir, labelFile);
        List<Condition> grid = List.copyOf(conditions);
        for (Condition c : grid) {
            Optional<String> missing = c.whyUnavailable();
            if (missing.isPresent()) {
                throw new IllegalStateException("condition " + c.label() + " cannot run here: " + missing.get());
            }
        }
        List<Integer> all = IntStream.range(0, folder.size()).filter(i -> i % everyNth == 0).boxed().toList();
        List<String> files = all.stream().map(folder.files()::get).toList();
        int[] labels = all.stream().mapToInt(folder::label).toArray();
        PerImageHits hits = new PerImageHits(new PerImageHits.RunIdentity(model.id(), model.sha256(), folder.name(),
                folder.rule(), preprocessing.name(), grid, files.size()), files, labels);
        List<Integer> mine = IntStream.range(0, files.size()).filter(i -> i % shardCount == shardIndex).boxed().toList();
        try (Classifier classifier = model.load(preprocessing, folder.classCount(), batch)) {
            progress.started(mine.size(), grid.size());
            for (int start = 0; start < mine.size(); start += CHUNK) {
                List<Integer> chunk = mine.subList(start, Math.min(mine.size(), start + CHUNK));
                List<Image8> inputs = chunk.parallelStream()
                        .map(i -> {
                            Path file = folder.root().resolve(files.get(i));
                            return preprocessing.apply(ImageFiles.read(file), file.toString());
                        })
                        .toList();
                int[] chunkLabels = chunk.stream().mapToInt(i -> labels[i]).toArray();
                // Through crbench's own evaluation loop, each image seeded by its index in the whole set.
                ClassificationScores[] scores = new ClassificationScores[grid.size()];
                for (int c = 0; c < grid.size(); c++) {
                    scores[c] = ClassificationScores.evaluateAll(List.of(classifier), inputs, chunkLabels,
                            grid.get(c).degradation(), chunk::get).get(0);
                }
                boolean[][] top1 = Arrays.stream(scores).map(ClassificationScores::top1Hits).toArray(boolean[][]::new);
                boolean[][] top5 = Arrays.stream(scores).map(ClassificationScores::top5Hits).toArray(boolean[][]::new);
                double[][] rates = Arrays.stream(scores).map(ClassificationScores::perImageBitsPerPixel)
                        .toArray(double[][]::new);
                for (int k = 0; k < chunk.size(); k++) {
                    boolean[] imageTop1 = new boolean[grid.size()];
                    boolean[] imageTop5 = new boolean[grid.size()];
                    double[] imageRates = new double[grid.size()];
                    for (int c = 0; c < grid.size(); c++) {
                        imageTop1[c] = top1[c][k];
                        imageTop5[c] = top5[c][k];
                        imageRates[c] = rates[c][k];
                    }
                    hits.set(chunk.get(k), imageTop1, imageTop5, imageRates);
                }
                progress.advanced(Math.min(mine.size(), start + CHUNK));
            }
            progress.finished();
        }
        return hits;
    }

    /** Progress callbacks of a run; {@link #SILENT} ignores them. */
    public interface Progress {
        /** No output. */
        Progress SILENT = new Progress() {
        };

        /** The run starts {@code images} images under {@code conditions} conditions each. */
        default void started(int images, int conditions) {
        }

        /** {@code done} images are measured under every condition. */
        default void advanced(int done) {
        }

        /** All images are measured. */
        default void finished() {
        }
    }
}
