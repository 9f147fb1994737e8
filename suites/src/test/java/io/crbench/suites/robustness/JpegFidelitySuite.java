package io.crbench.suites.robustness;

import io.crbench.datasets.Datasets;
import io.crbench.datasets.images.ImageFolderDataset;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.FidelityMetric;
import io.crbench.experiment.FidelityScores;
import io.crbench.image.Image8;
import io.crbench.reports.AllureReport;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.reports.ImageStrip;
import io.crbench.result.TableKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What JPEG alone does to the classic artifact-removal test sets: PSNR, SSIM and PSNR-B in RGB
 * and on Y (MATLAB BT.601), no border crop, per QF 10..90, with bootstrap intervals over images.
 * No paper prints these for PIL's encoder, so every row is held to the recorded baseline only; the
 * restoration suites compare their gains against these rows.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("JPEG fidelity per QF on LIVE1_color, Classic5, CBSD68 (recorded baseline)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpegFidelitySuite {
    private static final List<String> DATASETS = List.of(Datasets.LIVE1_COLOR, Datasets.CLASSIC5, Datasets.CBSD68);
    private static final List<FidelityMetric> COLOUR_METRICS = List.of(FidelityMetric.PSNR_RGB, FidelityMetric.PSNR_Y,
            FidelityMetric.SSIM_RGB, FidelityMetric.SSIM_Y, FidelityMetric.PSNRB_RGB, FidelityMetric.PSNRB_Y);
    /** A gray image's Y is the image itself, so its RGB metrics would repeat the Y ones. */
    private static final List<FidelityMetric> GRAY_METRICS = List.of(FidelityMetric.PSNR_Y, FidelityMetric.SSIM_Y,
            FidelityMetric.PSNRB_Y);
    private static final int CROP_BORDER = 0;
    private final Map<String, List<Image8>> loaded = new ConcurrentHashMap<>();

    static Stream<Arguments> grid() {
        return DATASETS.stream().flatMap(d -> IntStream.rangeClosed(1, 9).mapToObj(i -> Arguments.of(d, 10 * i)));
    }

    private List<Image8> images(String dataset) {
        return loaded.computeIfAbsent(dataset, d -> ImageFolderDataset.load(Datasets.locate(d)).pixels());
    }

    @ParameterizedTest(name = "{0}, JPEG QF {1}: PSNR / SSIM / PSNR-B, RGB and Y")
    @MethodSource("grid")
    void jpegFidelity(String dataset, int quality) {
        List<Image8> clean = images(dataset);
        JpegCompression jpeg = JpegCompression.at(quality);
        List<FidelityMetric> metrics = clean.get(0).isGray() ? GRAY_METRICS : COLOUR_METRICS;
        FidelityScores scores = FidelityScores.measure(clean, jpeg, metrics, CROP_BORDER);
        for (FidelityMetric metric : metrics) {
            CellRecorder.unpublished(scores.mean(metric), TableKey.NONE.cell("q=" + quality), dataset, "jpeg-only",
                    jpeg.condition(), "no published value for PIL JPEG; gated by the recorded baseline");
        }
        CellRecorder.unpublished(scores.bitsPerPixel().orElseThrow(), TableKey.NONE.cell("q=" + quality), dataset,
                "jpeg-only", jpeg.condition(), "bits per pixel of the JPEG files (bytes x 8 /"
                        + " pixels), for the fidelity-vs-rate curves; recorded, not gated");
        attachSample(clean.get(0), jpeg, scores.values(metrics.get(0))[0], metrics.get(0));
    }

    /** A strip of the centre of the set's first image, clean and after JPEG, captioned with the whole image's score. */
    private static void attachSample(Image8 clean, JpegCompression jpeg, double score, FidelityMetric metric) {
        int side = Math.min(192, Math.min(clean.width(), clean.height()));
        Image8 crop = clean.crop((clean.width() - side) / 2, (clean.height() - side) / 2, side, side);
        byte[] png = ImageStrip.create()
                .add(crop, "clean (centre crop)")
                .add(jpeg.apply(crop, 0), String.format(Locale.ROOT, "%s\nwhole image %s %.2f", jpeg.id(),
                        metric.id().wire(), score))
                .render();
        AllureReport.attachPng("sample: clean vs " + jpeg.id(), png);
    }
}
