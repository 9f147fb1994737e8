package io.crbench.suites.literature;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.baselines.published.PublishedTables;
import io.crbench.baselines.restorers.AuthorsArcnn;
import io.crbench.baselines.restorers.AuthorsDncnn3;
import io.crbench.datasets.Datasets;
import io.crbench.datasets.images.ImageFolderDataset;
import io.crbench.degradation.CroppedDoubleJpeg;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.JpegCompression;
import io.crbench.degradation.Restored;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.FidelityGrid;
import io.crbench.experiment.FidelityMetric;
import io.crbench.experiment.FidelityScores;
import io.crbench.experiment.Finding;
import io.crbench.experiment.GainBoundClaim;
import io.crbench.experiment.LatencyMeasurement;
import io.crbench.experiment.LatencyProbe;
import io.crbench.experiment.PairedComparison;
import io.crbench.experiment.Scale;
import io.crbench.image.Image8;
import io.crbench.image.YCbCr;
import io.crbench.reports.DegradationSample;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.restore.LumaRestorer;
import io.crbench.result.CellKey;
import io.crbench.result.MetricId;
import io.crbench.result.TableKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Grayscale JPEG deblocking as the literature measures it, with the authors' own AR-CNN and DnCNN-3 models:
 * the Y plane of MATLAB {@code rgb2ycbcr} rounded to 8 bits, compressed as a grayscale JPEG
 * (PIL-identical), restored on Y, PSNR / SSIM / PSNR-B on Y with no border crop. Held to the
 * DnCNN-3 table's JPEG part (AR-CNN and DnCNN-3 columns; {@code dncnn} Table JPEG) and FBCNN's
 * grayscale table (JPEG, ARCNN and DnCNN columns; {@code fbcnn} Table GraySingle) and FBCNN's
 * non-aligned double JPEG table on LIVE1 (JPEG and DnCNN columns; {@code fbcnn} Table
 * DoubleNonAligned; its DnCNN-3 column with {@code -Pfull}); TNRD's cells are
 * recorded as cannot run here, with the reason. {@code ci} scale measures JPEG and AR-CNN on Classic5
 * at every quality and on LIVE1 at QF 10, DnCNN-3 on Classic5 at QF 10, and BSDS500's JPEG column
 * (about 2 minutes on 2 cores); {@code -Pfull} measures every cell of the three data sets. Both
 * networks' PSNR-Y gain over JPEG at QF 10 on Classic5 and LIVE1 is held to the "at least 1 dB"
 * their papers show (on the papers' own sets the mean gain; DnCNN-3 on every 6th LIVE1 image at
 * {@code ci} scale, where the 95 % paired interval's lower end must clear it). Each network's CPU
 * latency on a 64x64 Y crop is recorded (timings, never asserted).
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Literature: grayscale JPEG deblocking, authors' AR-CNN and DnCNN-3 vs DnCNN-3 table (JPEG part), FBCNN Table 1 (grayscale) and FBCNN's non-aligned double JPEG table")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiteratureJpegDeblockingSuite {
    private static final MetricColumns DNCNN = MetricColumns.deblocking(PublishedTables.load("dncnn", "JPEG"));
    private static final MetricColumns FBCNN = MetricColumns.deblocking(PublishedTables.load("fbcnn", "GraySingle"));
    private static final MetricColumns FBCNN_DOUBLE = MetricColumns.deblocking(PublishedTables.load("fbcnn",
            "DoubleNonAligned"));
    /** FBCNN's double-JPEG script cuts this many rows and columns before the second compression. */
    private static final int GRID_SHIFT = 4;
    /** The tables' data set names and crbench's. */
    private static final Map<String, String> DATASETS = Map.of("Classic5", Datasets.CLASSIC5, "LIVE1",
            Datasets.LIVE1_COLOR, "BSDS500", Datasets.BSDS500_TEST);
    private static final String BSDS_RESTORERS_PAPER_SCALE = "restorers on the 200 BSDS500 images (31 megapixels,"
            + " about 150 s per QF for AR-CNN on 2 cores) run at paper scale (-Pfull) only; ci measures their JPEG column";
    private static final String DNCNN3_PAPER_SCALE = "DnCNN-3 (20 layers of 64 channels) is measured at paper scale"
            + " (-Pfull) only, except on Classic5 at QF 10: about 15 s of inference per 512x512 image on 2 cores";
    private static final String DNCNN3_DOUBLE_PAPER_SCALE = "DnCNN-3 (20 layers of 64 channels) on the 29 LIVE1"
            + " images is measured at paper scale (-Pfull) only: about 15 s of inference per 512x512 image on 2 cores";
    private static final String NO_TNRD = "no TNRD model is in the data mirror";
    /**
     * Y planes per data set and image step, each degradation scored once (the gain check reuses the
     * rows' scores).
     */
    private final Map<String, FidelityGrid> luma = new ConcurrentHashMap<>();
    /** The gain both papers show for their network over JPEG at QF 10 on Classic5 and LIVE1. */
    private static final GainBoundClaim AT_LEAST_ONE_DB = new GainBoundClaim("the AR-CNN and DnCNN papers show a"
            + " gain of at least 1 dB here", 1.0);
    /** ci scale runs DnCNN-3 on every 6th LIVE1 image (5 of 29, about 40 s) for the gain check. */
    private static final int DNCNN3_LIVE1_STEP = 6;
    /** Latency input: small, since DnCNN-3 takes about a second per 128x128 image on 2 cores. */
    private static final int LATENCY_SIDE = 64;
    private static final int LATENCY_WARMUP = 5;
    /** The fewest timed passes that give the 95th percentile an interval. */
    private static final int LATENCY_REPETITIONS = 72;

    static Stream<Arguments> rows() {
        return Stream.of("Classic5", "LIVE1", "BSDS500")
                .flatMap(d -> AuthorsArcnn.QUALITIES.stream().map(q -> Arguments.of(d, q)));
    }

    /** Why this scale does not measure {@code dataset} at {@code quality} at all, or null if it does. */
    private static String rowNotMeasuredHere(String dataset, int quality) {
        if (dataset.equals("LIVE1") && quality != 10 && Scale.current() == Scale.CI) {
            return "measured at paper scale (-Pfull) only: ci scale runs Classic5 at every quality and LIVE1 at QF 10";
        }
        return null;
    }

    /** Why this scale runs no restorer on {@code dataset} at {@code quality}, or null if it does. */
    private static String restorersNotRunHere(String dataset, int quality) {
        String row = rowNotMeasuredHere(dataset, quality);
        if (row != null) {
            return row;
        }
        return dataset.equals("BSDS500") && Scale.current() == Scale.CI ? BSDS_RESTORERS_PAPER_SCALE : null;
    }

    @ParameterizedTest(name = "{0} at QF {1}: JPEG, the authors' AR-CNN q{1} model and DnCNN-3, PSNR / SSIM / PSNR-B on Y")
    @MethodSource("rows")
    void row(String dataset, int quality) {
        String row = dataset + "/" + quality;
        JpegCompression jpeg = JpegCompression.at(quality);
        String crbenchDataset = DATASETS.get(dataset);
        String rowWhyNot = rowNotMeasuredHere(dataset, quality);
        String restorersWhyNot = restorersNotRunHere(dataset, quality);
        List<Image8> luma = rowWhyNot == null ? luma(crbenchDataset) : List.of();
        if (rowWhyNot == null) {
            FBCNN.hold(row, "JPEG", scores(crbenchDataset, 1, jpeg), crbenchDataset, "jpeg-only", jpeg.condition());
        } else {
            FBCNN.cannotRun(row, "JPEG", crbenchDataset, "jpeg-only", jpeg.condition(), rowWhyNot);
        }
        if (restorersWhyNot == null) {
            try (LumaRestorer arcnn = AuthorsArcnn.load(quality)) {
                Degradation restored = new Restored(jpeg, arcnn);
                FidelityScores scores = scores(crbenchDataset, 1, restored);
                FBCNN.hold(row, "ARCNN", scores, crbenchDataset, arcnn.id(), restored.condition());
                DNCNN.hold(row, "ARCNN", scores, crbenchDataset, arcnn.id(), restored.condition());
                DegradationSample.attach(luma.get(0), restored);
            }
        } else {
            FBCNN.cannotRun(row, "ARCNN", crbenchDataset, AuthorsArcnn.id(quality), jpeg.condition(), restorersWhyNot);
            DNCNN.cannotRun(row, "ARCNN", crbenchDataset, AuthorsArcnn.id(quality), jpeg.condition(), restorersWhyNot);
        }
        if (restorersWhyNot == null && dncnn3MeasuredHere(dataset, quality)) {
            try (LumaRestorer dncnn = AuthorsDncnn3.load()) {
                Degradation restored = new Restored(jpeg, dncnn);
                FidelityScores scores = scores(crbenchDataset, 1, restored);
                FBCNN.hold(row, "DnCNN", scores, crbenchDataset, dncnn.id(), restored.condition());
                DNCNN.hold(row, "DnCNN-3", scores, crbenchDataset, dncnn.id(), restored.condition());
            }
        } else {
            String why = restorersWhyNot != null ? restorersWhyNot : DNCNN3_PAPER_SCALE;
            FBCNN.cannotRun(row, "DnCNN", crbenchDataset, AuthorsDncnn3.ID, jpeg.condition(), why);
            DNCNN.cannotRun(row, "DnCNN-3", crbenchDataset, AuthorsDncnn3.ID, jpeg.condition(), why);
        }
        DNCNN.cannotRun(row, "TNRD", crbenchDataset, "tnrd", jpeg.condition(), NO_TNRD);
    }

    @ParameterizedTest(name = "{0} at QF 10 on {1}: PSNR-Y gain over JPEG of at least 1 dB, as the AR-CNN and DnCNN papers show")
    @CsvSource({"AR-CNN, Classic5", "AR-CNN, LIVE1", "DnCNN-3, Classic5", "DnCNN-3, LIVE1"})
    void gainOfAtLeastOneDecibelAtQuality10(String network, String dataset) {
        String crbenchDataset = DATASETS.get(dataset);
        int step = network.equals("DnCNN-3") && dataset.equals("LIVE1") && Scale.current() == Scale.CI
                ? DNCNN3_LIVE1_STEP : 1;
        JpegCompression jpeg = JpegCompression.at(10);
        try (LumaRestorer restorer = network.equals("DnCNN-3") ? AuthorsDncnn3.load() : AuthorsArcnn.load(10)) {
            Restored restored = new Restored(jpeg, restorer);
            PairedComparison gain = PairedComparison.of(MetricId.PSNR_Y_GAIN,
                    scores(crbenchDataset, step, restored).values(FidelityMetric.PSNR_Y),
                    scores(crbenchDataset, step, jpeg).values(FidelityMetric.PSNR_Y));
            // On the papers' own images (the whole set) the mean gain is the quantity they print; on a
            // subset it is estimated, and the 95 % interval must clear the bound.
            boolean wholeSet = step == 1;
            String sample = wholeSet ? "all " + gain.difference().n() + " images, the papers' own set (the mean decides)"
                    : "every " + step + "th image (" + gain.difference().n() + "; all 29 with -Pfull; the 95 % interval"
                            + " decides)";
            Finding finding = AT_LEAST_ONE_DB.record(gain, wholeSet, sample,
                    TableKey.NONE.cell(restorer.id() + " PSNR-Y gain over JPEG/" + dataset, 10), crbenchDataset,
                    restorer.id(), restored.condition());
            assertThat(finding).as("%s's PSNR-Y gain over JPEG at QF 10 on %s (%s): %s", restorer.id(), dataset, sample,
                    gain.difference().interval()).isEqualTo(Finding.CONFIRMED);
        }
    }

    static Stream<Arguments> doubleJpegRows() {
        return FBCNN_DOUBLE.table().rowKeys().stream().map(r -> r.split("/"))
                .map(q -> Arguments.of(Integer.parseInt(q[0]), Integer.parseInt(q[1])));
    }

    @ParameterizedTest(name = "LIVE1, QF {0} then QF {1} on a grid shifted by (4, 4): JPEG and DnCNN-3 (FBCNN's non-aligned double JPEG table)")
    @MethodSource("doubleJpegRows")
    void nonAlignedDoubleJpeg(int q1, int q2) {
        String row = q1 + "/" + q2;
        String dataset = Datasets.LIVE1_COLOR;
        CroppedDoubleJpeg twice = new CroppedDoubleJpeg(q1, q2, GRID_SHIFT);
        FBCNN_DOUBLE.hold(row, "JPEG", scores(dataset, 1, twice), dataset, "jpeg-only", twice.condition());
        if (Scale.current() == Scale.PAPER) {
            try (LumaRestorer dncnn = AuthorsDncnn3.load()) {
                Degradation restored = new Restored(twice, dncnn);
                FBCNN_DOUBLE.hold(row, "DnCNN", scores(dataset, 1, restored), dataset, dncnn.id(),
                        restored.condition());
            }
        } else {
            FBCNN_DOUBLE.cannotRun(row, "DnCNN", dataset, AuthorsDncnn3.ID, twice.condition(),
                    DNCNN3_DOUBLE_PAPER_SCALE);
        }
    }

    @ParameterizedTest(name = "{0}: CPU latency on a 64x64 Y crop of Classic5")
    @ValueSource(strings = {"AR-CNN (QF 10 model)", "DnCNN-3"})
    void latency(String network) {
        Image8 crop = luma(Datasets.CLASSIC5).get(0).crop(0, 0, LATENCY_SIDE, LATENCY_SIDE);
        try (LumaRestorer restorer = network.equals("DnCNN-3") ? AuthorsDncnn3.load() : AuthorsArcnn.load(10)) {
            LatencyMeasurement m = LatencyProbe.measure(restorer.id(), 1, () -> restorer.restore(crop), LATENCY_WARMUP,
                    LATENCY_REPETITIONS);
            CellKey cell = TableKey.NONE.cell(restorer.id(), "cpu ms per " + LATENCY_SIDE + "x" + LATENCY_SIDE
                    + " Y image");
            String reason = "CPU inference time of one " + LATENCY_SIDE + "x" + LATENCY_SIDE + " Y image, median and"
                    + " 95th percentile of " + LATENCY_REPETITIONS + " timed passes after " + LATENCY_WARMUP
                    + " warm-up passes; neither paper prints a CPU time for it";
            CellRecorder.latency(m, cell, Datasets.CLASSIC5, restorer.id(), reason);
        }
    }

    private static boolean dncnn3MeasuredHere(String dataset, int quality) {
        return Scale.current() == Scale.PAPER || (dataset.equals("Classic5") && quality == 10);
    }

    /** Fidelity of every {@code step}th image of {@code dataset} (Y planes) under {@code degradation}, measured once. */
    private FidelityScores scores(String dataset, int step, Degradation degradation) {
        return luma(dataset, step).scores(degradation);
    }

    /** The data set's images as their rounded Y planes, loaded once per run. */
    private List<Image8> luma(String dataset) {
        return luma(dataset, 1).clean();
    }

    /** Every {@code step}th image of the data set in name order as rounded Y planes, loaded once per run. */
    private FidelityGrid luma(String dataset, int step) {
        return luma.computeIfAbsent(dataset + "|" + step, k -> new FidelityGrid(dataset,
                ImageFolderDataset.load(Datasets.locate(dataset)).everyNth(step).pixels().stream()
                        .map(YCbCr::lumaImage).toList(), MetricColumns.LUMA_METRICS, 0));
    }
}
