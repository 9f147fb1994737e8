package io.crbench.suites.robustness;

import io.crbench.codec.Codecs;
import io.crbench.datasets.Datasets;
import io.crbench.datasets.images.ImageFolderDataset;
import io.crbench.degradation.CodecCompression;
import io.crbench.degradation.Condition;
import io.crbench.degradation.RateLadder;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.FidelityGrid;
import io.crbench.experiment.FidelityMetric;
import io.crbench.experiment.FidelityScores;
import io.crbench.experiment.RateComparison;
import io.crbench.experiment.RateComparisonRows;
import io.crbench.experiment.Scale;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.result.CellKey;
import io.crbench.result.MetricId;
import io.crbench.result.TableKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rate–distortion of the five codecs along their {@link RateLadders rate ladders}: PSNR and SSIM in
 * RGB and on Y (MATLAB BT.601), no border crop, against bits per pixel, on LIVE1_color (every
 * other image, 15 of 29, at {@code ci} scale, the same ones {@code RestorationFidelitySuite}
 * restores; all 29 and Kodak24 at paper scale), and each codec against JPEG at equal rate on PSNR-Y (BD-rate and
 * BD-PSNR, PCHIP, paired bootstrap over images). No paper prints these for these encoders, so every
 * row is recorded and the quality rows are held to the recorded baseline.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Rate–distortion per codec: PSNR / SSIM (RGB, Y) against bits per pixel, BD-rate vs JPEG (recorded baseline)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodecFidelitySuite {
    private static final List<FidelityMetric> METRICS = List.of(FidelityMetric.PSNR_RGB, FidelityMetric.PSNR_Y,
            FidelityMetric.SSIM_RGB, FidelityMetric.SSIM_Y);
    private static final FidelityMetric BD_METRIC = FidelityMetric.PSNR_Y;
    private static final String METHOD = "codec-only";
    private static final int CROP_BORDER = 0;
    private final Map<String, FidelityGrid> grids = new ConcurrentHashMap<>();

    private static List<String> datasets() {
        return Scale.current().pick(List.of(Datasets.LIVE1_COLOR), List.of(Datasets.LIVE1_COLOR, Datasets.KODAK24));
    }

    private FidelityGrid grid(String dataset) {
        int step = Scale.current().pick(2, 1);
        return grids.computeIfAbsent(dataset, d -> new FidelityGrid(d,
                ImageFolderDataset.load(Datasets.locate(d)).everyNth(step).pixels(), METRICS, CROP_BORDER));
    }

    static Stream<Arguments> points() {
        return datasets().stream().flatMap(d -> RateLadders.IMAGENET_CROPS.all().stream()
                .flatMap(l -> l.settings().stream().map(s -> Arguments.of(d, l.family(), s))));
    }

    @ParameterizedTest(name = "{0}, {1} at setting {2}: PSNR / SSIM (RGB, Y) and bpp")
    @MethodSource("points")
    void fidelity(String dataset, String family, int setting) {
        CodecCompression codec = CodecCompression.of(family, setting);
        CellKey cell = TableKey.NONE.cell(family, setting);
        Optional<String> absence = Codecs.allowedAbsence(family);
        if (absence.isPresent()) {
            for (FidelityMetric metric : METRICS) {
                CellRecorder.cannotRunHere(cell, dataset, METHOD, codec.condition(), metric.id(), absence.get());
            }
            return;
        }
        FidelityScores scores = grid(dataset).scores(codec);
        for (FidelityMetric metric : METRICS) {
            CellRecorder.unpublished(scores.mean(metric), cell, dataset, METHOD, codec.condition(),
                    "no published value for this encoder and setting; gated by the recorded baseline");
        }
        CellRecorder.unpublished(scores.bitsPerPixel().orElseThrow(), cell, dataset, METHOD, codec.condition(),
                "bits per pixel of the encoded files (bytes x 8 / pixels), for the rate-distortion curves; recorded,"
                        + " not gated");
    }

    static Stream<Arguments> comparisons() {
        return datasets().stream()
                .flatMap(d -> RateLadders.IMAGENET_CROPS.others().stream().map(l -> Arguments.of(d, l.family())));
    }

    @ParameterizedTest(name = "{0}, {1} against JPEG at equal rate: BD-rate at equal PSNR-Y, BD-PSNR-Y")
    @MethodSource("comparisons")
    void againstJpegAtEqualRate(String dataset, String family) {
        RateLadder ladder = RateLadders.IMAGENET_CROPS.of(family);
        CellKey cell = RateLadders.comparisonCell(family);
        Condition compared = RateLadders.IMAGENET_CROPS.comparedLadders(family);
        Optional<String> absence = Codecs.allowedAbsence(family);
        if (absence.isPresent()) {
            RateComparisonRows.cannotRunHere(MetricId.BD_RATE_PSNR_Y_PERCENT, MetricId.BD_PSNR_Y, cell, dataset, METHOD, compared,
                    absence.get());
            return;
        }
        FidelityGrid grid = grid(dataset);
        RateComparison comparison = RateComparison.between(
                RateComparison.fidelityCurve("jpeg", scores(grid, RateLadders.IMAGENET_CROPS.jpeg()), BD_METRIC),
                RateComparison.fidelityCurve(family, scores(grid, ladder), BD_METRIC));
        RateComparisonRows.record(comparison, MetricId.BD_RATE_PSNR_Y_PERCENT, MetricId.BD_PSNR_Y,
                grid.clean().size(), cell, dataset, METHOD, compared, "no published value for these encoders;"
                        + " PCHIP over the overlap of the two curves (BD-rate between their isotonic fits), paired"
                        + " bootstrap over images; recorded, not gated");
    }

    private static List<FidelityScores> scores(FidelityGrid grid, RateLadder ladder) {
        return ladder.compressions().stream().map(grid::scores).toList();
    }
}
