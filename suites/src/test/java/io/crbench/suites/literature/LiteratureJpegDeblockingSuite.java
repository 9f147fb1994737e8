package io.crbench.suites.literature;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.baselines.published.PublishedTables;
import io.crbench.baselines.restorers.AuthorsArcnn;
import io.crbench.baselines.restorers.AuthorsDncnn3;
import io.crbench.baselines.restorers.LumaFidelityGrids;
import io.crbench.datasets.Datasets;
import io.crbench.degradation.CroppedDoubleJpeg;
import io.crbench.degradation.JpegCompression;
import io.crbench.degradation.Restored;
import io.crbench.experiment.FidelityGrid;
import io.crbench.experiment.FidelityMetric;
import io.crbench.experiment.Finding;
import io.crbench.experiment.GainBoundClaim;
import io.crbench.experiment.PairedComparison;
import io.crbench.experiment.RestorerLatency;
import io.crbench.experiment.Scale;
import io.crbench.image.Image8;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.restore.LumaRestorer;
import io.crbench.result.TableKey;
import java.util.Map;
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
    private static final String LIVE1_PAPER_SCALE = "measured at paper scale (-Pfull) only: ci scale runs Classic5"
            + " at every quality and LIVE1 at QF 10";
    private static final String BSDS_RESTORERS_PAPER_SCALE = "restorers on the 200 BSDS500 images (31 megapixels,"
            + " about 150 s per QF for AR-CNN on 2 cores) run at paper scale (-Pfull) only; ci measures their JPEG column";
    private static final String DNCNN3_PAPER_SCALE = "DnCNN-3 (20 layers of 64 channels) is measured at paper scale"
            + " (-Pfull) only, except on Classic5 at QF 10: about 15 s of inference per 512x512 image on 2 cores";
    private static final String DNCNN3_DOUBLE_PAPER_SCALE = "DnCNN-3 (20 layers of 64 channels) on the 29 LIVE1"
            + " images is measured at paper scale (-Pfull) only: about 15 s of inference per 512x512 image on 2 cores";
    /** The gain both papers show for their network over JPEG at QF 10 on Classic5 and LIVE1. */
    private static final GainBoundClaim AT_LEAST_ONE_DB = new GainBoundClaim("the AR-CNN and DnCNN papers show a"
            + " gain of at least 1 dB here", 1.0);
    /** ci scale runs DnCNN-3 on every 6th LIVE1 image (5 of 29, about 40 s) for the gain check. */
    private static final int DNCNN3_LIVE1_STEP = 6;
    /** Latency input: small, since DnCNN-3 takes about a second per 128x128 image on 2 cores. */
    private static final int LATENCY_SIDE = 64;
    /** Y planes per data set and image step, each degradation scored once (the gain check reuses the rows' scores). */
    private final LumaFidelityGrids luma = new LumaFidelityGrids(MetricColumns.LUMA_METRICS, 0);

    static Stream<Arguments> rows() {
        return Stream.of("Classic5", "LIVE1", "BSDS500")
                .flatMap(d -> AuthorsArcnn.QUALITIES.stream().map(q -> Arguments.of(d, q)));
    }

    @ParameterizedTest(name = "{0} at QF {1}: JPEG, the authors' AR-CNN q{1} model and DnCNN-3, PSNR / SSIM / PSNR-B on Y")
    @MethodSource("rows")
    void row(String dataset, int quality) {
        boolean ci = Scale.current() == Scale.CI;
        // Each reason covers the cells after it too: a row not measured runs no restorer, and so on.
        String rowWhyNot = ci && dataset.equals("LIVE1") && quality != 10 ? LIVE1_PAPER_SCALE : null;
        String restorersWhyNot = rowWhyNot == null && ci && dataset.equals("BSDS500") ? BSDS_RESTORERS_PAPER_SCALE
                : rowWhyNot;
        String dncnn3WhyNot = restorersWhyNot == null && ci && !(dataset.equals("Classic5") && quality == 10)
                ? DNCNN3_PAPER_SCALE : restorersWhyNot;
        DeblockingRow cells = new DeblockingRow(dataset + "/" + quality, DATASETS.get(dataset),
                JpegCompression.at(quality), luma);
        cells.input(rowWhyNot, FBCNN.columnsOf("JPEG"));
        cells.restored(AuthorsArcnn.id(quality), () -> AuthorsArcnn.load(quality), restorersWhyNot, true,
                FBCNN.columnsOf("ARCNN"), DNCNN.columnsOf("ARCNN"));
        cells.restored(AuthorsDncnn3.ID, AuthorsDncnn3::load, dncnn3WhyNot, false, FBCNN.columnsOf("DnCNN"),
                DNCNN.columnsOf("DnCNN-3"));
        cells.cannotRun("tnrd", "no TNRD model is in the data mirror", DNCNN.columnsOf("TNRD"));
    }

    @ParameterizedTest(name = "{0} at QF 10 on {1}: PSNR-Y gain over JPEG of at least 1 dB, as the AR-CNN and DnCNN papers show")
    @CsvSource({"AR-CNN, Classic5", "AR-CNN, LIVE1", "DnCNN-3, Classic5", "DnCNN-3, LIVE1"})
    void gainOfAtLeastOneDecibelAtQuality10(String network, String dataset) {
        int step = network.equals("DnCNN-3") && dataset.equals("LIVE1") && Scale.current() == Scale.CI
                ? DNCNN3_LIVE1_STEP : 1;
        FidelityGrid images = luma.of(DATASETS.get(dataset), step);
        JpegCompression jpeg = JpegCompression.at(10);
        try (LumaRestorer restorer = network(network)) {
            Restored restored = new Restored(jpeg, restorer);
            PairedComparison gain = images.scores(restored).psnrGainOver(images.scores(jpeg), FidelityMetric.PSNR_Y);
            // The papers print the mean over their own set; on a subset the 95 % interval must clear the bound.
            boolean wholeSet = step == 1;
            String sample = wholeSet ? "all " + gain.difference().n() + " images, the papers' own set (the mean decides)"
                    : "every " + step + "th image (" + gain.difference().n() + "; all 29 with -Pfull; the 95 % interval"
                            + " decides)";
            Finding finding = AT_LEAST_ONE_DB.record(gain, wholeSet, sample,
                    TableKey.NONE.cell(restorer.id() + " PSNR-Y gain over JPEG/" + dataset, 10), images.dataset(),
                    restorer.id(), restored.condition());
            assertThat(finding).as("%s's PSNR-Y gain over JPEG at QF 10 on %s (%s): %s", restorer.id(), dataset, sample,
                    gain.difference().interval()).isEqualTo(Finding.CONFIRMED);
        }
    }

    static Stream<Arguments> doubleJpegRows() {
        // Rows are "QF1/QF2"; JUnit converts each part to the case's int.
        return FBCNN_DOUBLE.table().rowKeys().stream().map(r -> Arguments.of((Object[]) r.split("/")));
    }

    @ParameterizedTest(name = "LIVE1, QF {0} then QF {1} on a grid shifted by (4, 4): JPEG and DnCNN-3 (FBCNN's non-aligned double JPEG table)")
    @MethodSource("doubleJpegRows")
    void nonAlignedDoubleJpeg(int q1, int q2) {
        DeblockingRow cells = new DeblockingRow(q1 + "/" + q2, Datasets.LIVE1_COLOR,
                new CroppedDoubleJpeg(q1, q2, GRID_SHIFT), luma);
        cells.input(null, FBCNN_DOUBLE.columnsOf("JPEG"));
        cells.restored(AuthorsDncnn3.ID, AuthorsDncnn3::load, Scale.current() == Scale.PAPER ? null
                : DNCNN3_DOUBLE_PAPER_SCALE, false, FBCNN_DOUBLE.columnsOf("DnCNN"));
    }

    @ParameterizedTest(name = "{0}: CPU latency on a 64x64 Y crop of Classic5")
    @ValueSource(strings = {"AR-CNN (QF 10 model)", "DnCNN-3"})
    void latency(String network) {
        Image8 crop = luma.of(Datasets.CLASSIC5, 1).clean().get(0).crop(0, 0, LATENCY_SIDE, LATENCY_SIDE);
        try (LumaRestorer restorer = network(network)) {
            RestorerLatency.record(restorer, crop, LATENCY_SIDE + "x" + LATENCY_SIDE + " Y", Datasets.CLASSIC5,
                    "neither paper prints a CPU time for it");
        }
    }

    /** DnCNN-3, or AR-CNN's QF 10 model for any other name. */
    private static LumaRestorer network(String name) {
        return name.equals("DnCNN-3") ? AuthorsDncnn3.load() : AuthorsArcnn.load(10);
    }
}
