package io.crbench.baselines.afd;

import io.crbench.baselines.classifiers.UserSuppliedClassifiers;
import io.crbench.baselines.published.PublishedCell;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.datasets.images.ImageNetValFolder;
import io.crbench.degradation.CodecCompression;
import io.crbench.degradation.Condition;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.Identity;
import io.crbench.degradation.JpegChain;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.StatisticalConventions;
import io.crbench.metric.IntervalMeanAccuracy;
import io.crbench.reproduction.Measurement;
import io.crbench.result.MetricId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each printed cell of seed 002's Tables I–X measures (data set, method, condition, metric),
 * which of them crbench measures with the user's classifier (the DirectTest column of Tables V, VI,
 * IX and X: a classifier alone on degraded ImageNet validation images), and, for every other cell,
 * what this machine lacks for it, in words a user can act on.
 *
 * <p>Rows are {@code model/level} (a QF, {@code T=n} compressions, {@code clean} or {@code mean},
 * the mean over the row's levels); Tables II, III and VIII put the QF in the column, Table VII
 * (model cost) names the model in the row.
 */
public final class AfdPublishedCells {
    /** Condition family of a cell averaged over the table's levels (its "mean" column). */
    private static final String MEAN_OVER_LEVELS = "mean_over_levels";
    private static final Map<String, String> MODEL_KEYS = Map.of(
            "ResNet-50", UserSuppliedClassifiers.RESNET50, "RepVGG-A2", UserSuppliedClassifiers.REPVGG_A2);
    private static final List<String> PRETRAINED_RESTORERS = List.of("RNAN", "RDN", "MIRNet", "FBCNN", "JARCAL",
            "PANet", "EARN", "GRL", "DDP", "Restormer");

    private AfdPublishedCells() {
    }

    /**
     * The user-supplied classifier key ({@link UserSuppliedClassifiers}) that can measure
     * {@code cell}, or empty where crbench's classifier-only path cannot measure it.
     */
    public static Optional<String> measurableWith(PublishedTable table, PublishedCell cell) {
        return measurable(table, cell) ? Optional.of(MODEL_KEYS.get(modelOf(cell))) : Optional.empty();
    }

    /**
     * Measures {@code cell} with {@code grid} (the user's classifier on ImageNet validation) and
     * records it against the printed value; a "mean" cell is the interval mean over its row's levels.
     */
    public static void measure(PublishedTable table, PublishedCell cell, ClassifierGrid grid) {
        Measurement m;
        Condition condition;
        if (levelOf(cell).equals("mean")) {
            List<Degradation> row = table.rowKeys().stream()
                    .filter(r -> r.startsWith(modelOf(cell) + "/") && !r.endsWith("/mean"))
                    .map(r -> degradationOf(table.table(), r.substring(r.indexOf('/') + 1)))
                    .toList();
            boolean[][] hits = row.stream().map(d -> grid.scores(d).top1Hits()).toArray(boolean[][]::new);
            m = new Measurement(MetricId.TOP1, IntervalMeanAccuracy.confidenceInterval(hits, 1, 1, hits.length,
                    StatisticalConventions.LEVEL, StatisticalConventions.BOOTSTRAP_RESAMPLES,
                    StatisticalConventions.BOOTSTRAP_SEED), grid.scores(row.get(0)).n());
            condition = Condition.of("mean over " + row.stream().map(Degradation::id).toList(), MEAN_OVER_LEVELS);
        } else {
            Degradation d = degradationOf(table.table(), levelOf(cell));
            m = grid.scores(d).top1();
            condition = d.condition();
        }
        CellRecorder.compared(m, table.publishedValue(cell.row(), cell.column()), ImageNetValFolder.NAME,
                grid.method(), condition);
    }

    /** Records {@code cell} as not measured here, with what this machine lacks for it. */
    public static void recordCannotRun(PublishedTable table, PublishedCell cell) {
        CellRecorder.cannotRunHere(table.publishedValue(cell.row(), cell.column()), datasetOf(table),
                methodOf(table, cell), conditionOf(table, cell), metricOf(table, cell), whyNot(table, cell));
    }

    /** Whether the classifier-only path can measure the cell: the DirectTest column of V, VI, IX, X. */
    private static boolean measurable(PublishedTable table, PublishedCell cell) {
        return List.of("V", "VI", "IX", "X").contains(table.table()) && cell.column().equals("DirectTest")
                && MODEL_KEYS.containsKey(modelOf(cell));
    }

    private static Degradation degradationOf(String table, String level) {
        if (level.equals("clean")) {
            return new Identity();
        }
        if (level.startsWith("T=")) {
            return JpegChain.seed002(Integer.parseInt(level.substring(2)), 2);
        }
        int q = Integer.parseInt(level);
        return table.equals("IX") ? CodecCompression.of("avif", q) : JpegCompression.at(q);
    }

    /** What this machine lacks for the cell. */
    private static String whyNot(PublishedTable table, PublishedCell cell) {
        String model = modelOf(cell);
        if (measurable(table, cell)) {
            return "needs the paper's classifier and data: -D" + UserSuppliedClassifiers.property(MODEL_KEYS.get(model))
                    + "=FILE (ONNX, ImageNet mean/std, sorted-synset logits) and -D" + ImageNetValFolder.PROPERTY
                    + "=DIR (ImageNet-1k validation, ImageFolder layout); neither is on this machine";
        }
        return switch (table.table()) {
            case "VII" -> cell.column().endsWith("_ms")
                    ? "timing on the authors' CPU/GPU; hardware-specific, never asserted (crbench records its own latencies)"
                    : "needs the " + cell.row() + " model file to count; not on this machine";
            case "VIII" -> "the paper does not name the evaluation set of this URIE comparison";
            case "I", "II", "III", "IV" -> "AFD-Module ablation: needs the AFD-Module trained at paper scale"
                    + " (DIV2K-C patches, " + model + " features) and ImageNet-1k validation";
            default -> methodReason(cell.column(), model);
        };
    }

    private static String methodReason(String method, String model) {
        if (method.equals("Ours")) {
            return "needs the AFD-Module trained at paper scale on DIV2K-C with a frozen " + model
                    + ", and ImageNet-1k validation";
        }
        if (method.equals("TransferLearning")) {
            return "needs " + model + " fine-tuned on JPEG ImageNet at paper scale (GPU), and ImageNet-1k validation";
        }
        if (PRETRAINED_RESTORERS.contains(method)) {
            return "needs the authors' pretrained " + method + " weights (not available offline) in front of " + model
                    + ", and ImageNet-1k validation";
        }
        return "needs " + method + " trained at paper scale in front of " + model + ", and ImageNet-1k validation";
    }

    private static String modelOf(PublishedCell cell) {
        int slash = cell.row().indexOf('/');
        return slash < 0 ? cell.row() : cell.row().substring(0, slash);
    }

    private static String levelOf(PublishedCell cell) {
        return cell.row().substring(cell.row().indexOf('/') + 1);
    }

    private static String datasetOf(PublishedTable table) {
        return table.table().equals("VIII") || table.table().equals("VII") ? "none" : ImageNetValFolder.NAME;
    }

    private static String methodOf(PublishedTable table, PublishedCell cell) {
        return switch (table.table()) {
            case "VII" -> cell.row();
            case "II", "III", "VIII" -> modelOf(cell) + "+" + levelOf(cell);
            default -> modelOf(cell) + "+" + cell.column();
        };
    }

    private static Condition conditionOf(PublishedTable table, PublishedCell cell) {
        return switch (table.table()) {
            case "VII" -> Condition.none();
            case "II", "III", "VIII" -> JpegCompression.at(Integer.parseInt(cell.column())).condition();
            default -> {
                String level = levelOf(cell);
                if (level.equals("mean")) {
                    yield Condition.of("mean over the table's levels", MEAN_OVER_LEVELS);
                }
                yield degradationOf(table.table(), level).condition();
            }
        };
    }

    private static MetricId metricOf(PublishedTable table, PublishedCell cell) {
        if (!table.table().equals("VII")) {
            return MetricId.TOP1;
        }
        return switch (cell.column()) {
            case "params" -> MetricId.PARAMS;
            case "flops" -> MetricId.FLOPS;
            default -> MetricId.LATENCY_MS_P50;
        };
    }
}
