package io.crbench.suites.seed002;

import io.crbench.baselines.classifiers.UserSuppliedClassifiers;
import io.crbench.baselines.published.PublishedCell;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.datasets.Datasets;
import io.crbench.datasets.images.ImageNetSynsets;
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
import io.crbench.image.ImageNetPreprocessing;
import io.crbench.metric.IntervalMeanAccuracy;
import io.crbench.model.ClassifierSpec;
import io.crbench.model.DjlClassifier;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.reproduction.Measurement;
import io.crbench.result.MetricId;
import io.crbench.suites.SuiteResources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every printed cell of seed 002's Tables I–X, so the report shows each one. The DirectTest
 * column of Tables V (JPEG per QF), VI (T compressions), IX (AVIF) and X (JPEG, clean) is measured
 * with the same code as the robustness suites when the user supplies the paper's classifier
 * ({@code -Dcrbench.model.resnet50=FILE}, {@code -Dcrbench.model.repvgg-a2=FILE}) and ImageNet
 * validation ({@code -Dcrbench.data.imagenet-val=DIR}), and held to the printed value; every other
 * cell, and these without the files, is recorded as cannot-run-here with what is missing.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 002 Tables I–X: every published cell, measured with user-supplied models or marked cannot-run-here")
class Seed002PublishedCellsSuite {
    private static final String PAPER = "002";
    /** Condition family of a cell averaged over the table's levels (its "mean" column). */
    private static final String MEAN_OVER_LEVELS = "mean_over_levels";
    private static final Map<String, String> MODEL_KEYS = Map.of(
            "ResNet-50", UserSuppliedClassifiers.RESNET50, "RepVGG-A2", UserSuppliedClassifiers.REPVGG_A2);
    private static final List<String> PRETRAINED_RESTORERS = List.of("RNAN", "RDN", "MIRNet", "FBCNN", "JARCAL",
            "PANet", "EARN", "GRL", "DDP", "Restormer");
    /** The user's classifier per model key, on the ImageNet validation folder. */
    @RegisterExtension
    static final SuiteResources<String, ClassifierGrid> GRIDS = SuiteResources.create();

    @ParameterizedTest(name = "Seed 002 Table {0}: every printed cell")
    @ValueSource(strings = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})
    void table(String id) {
        PublishedTable table = PublishedTables.load(PAPER, id);
        List<String> deviations = new ArrayList<>();
        for (PublishedCell cell : table.cells()) {
            Optional<ClassifierGrid> grid = measurable(table, cell) ? userGrid(modelOf(cell)) : Optional.empty();
            if (grid.isPresent()) {
                // Every cell is recorded before the case fails, so one deviation hides no other cell.
                try {
                    measure(table, cell, grid.get());
                } catch (AssertionError e) {
                    deviations.add(e.getMessage());
                }
            } else {
                CellRecorder.cannotRunHere(table.publishedValue(cell.row(), cell.column()), datasetOf(table),
                        methodOf(table, cell), conditionOf(table, cell), metricOf(table, cell), whyNot(table, cell));
            }
        }
        if (!deviations.isEmpty()) {
            throw new AssertionError(String.join("\n", deviations));
        }
    }

    private static void measure(PublishedTable table, PublishedCell cell, ClassifierGrid grid) {
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

    private static Optional<ClassifierGrid> userGrid(String model) {
        Optional<ClassifierSpec> spec = UserSuppliedClassifiers.imageNet(MODEL_KEYS.get(model));
        Optional<Path> val = ImageNetValFolder.configuredRoot();
        if (spec.isEmpty() || val.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(GRIDS.get(model, m -> {
            ImageNetValFolder folder = ImageNetValFolder.load(val.get(),
                    ImageNetSynsets.load(Datasets.locate(Datasets.IMAGENET_LABELS)));
            return new ClassifierGrid(DjlClassifier.load(spec.get()), ImageNetValFolder.NAME,
                    folder.lazyInputs(ImageNetPreprocessing::apply), folder.labels());
        }));
    }

    /** What this machine lacks for the cell, in words a user can act on. */
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
