package io.crbench.suites.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.baselines.restorers.RestorationMethods;
import io.crbench.datasets.Datasets;
import io.crbench.datasets.images.ImageFolderDataset;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.DoubleJpeg;
import io.crbench.degradation.JpegCompression;
import io.crbench.degradation.Restored;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.FidelityMetric;
import io.crbench.experiment.FidelityScores;
import io.crbench.experiment.PairedClaim;
import io.crbench.experiment.PairedClaimFamily;
import io.crbench.experiment.PairedComparison;
import io.crbench.experiment.Scale;
import io.crbench.image.Image8;
import io.crbench.reports.DegradationSample;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.reproduction.Measurement;
import io.crbench.restore.Restorer;
import io.crbench.result.MetricId;
import io.crbench.result.TableKey;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Restoration fidelity (seeds 001, 002, 004): each trained restorer on LIVE1_color and Classic5
 * after JPEG (and double JPEG), PSNR / SSIM / PSNR-B in RGB and Y of the restored images, and the
 * per-image PSNR gain over the compressed input with a paired bootstrap interval and an exact
 * sign test, Holm-corrected across the suite's cases. The restorers are trained here at CI scale
 * on CBSD68 (cached by checkpoint), so the papers' GPU-scale numbers are not expected; the claim
 * asserted is the one the data can support: a significant gain over JPEG at QF 10 on LIVE1_color.
 * {@code ci} scale runs LIVE1_color at that point only, on every other image (15 of 29; Classic5
 * whole, in every case).
 */
@ExtendWith(ExperimentReportExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Restoration fidelity: trained restorers vs JPEG on LIVE1_color and Classic5 (gain, paired tests, Holm)")
class RestorationFidelitySuite {
    private static final List<FidelityMetric> METRICS = List.of(FidelityMetric.PSNR_RGB, FidelityMetric.PSNR_Y,
            FidelityMetric.SSIM_RGB, FidelityMetric.SSIM_Y, FidelityMetric.PSNRB_Y);
    /** The compression the claim is tested at, on LIVE1_color; the other cases are recorded. */
    private static final String CLAIMED_DEGRADATION = JpegCompression.at(10).id();
    private final Map<String, ImageFolderDataset> loaded = new ConcurrentHashMap<>();
    /** Each case's measurements, taken once by whichever case needs them first (the claim needs all). */
    private final Map<String, Measured> measured = new ConcurrentHashMap<>();

    /** One case of the grid: a restorer (trained for {@code quality}) after {@code degradation} on a data set. */
    private record Case(String dataset, String method, int quality, Degradation degradation) {
        String key() {
            return dataset + "|" + method + "(q=" + quality + ")|" + degradation.id();
        }

        /** Whether the claim is tested on this case (not only recorded). */
        boolean claimed() {
            return dataset.equals(Datasets.LIVE1_COLOR) && degradation.id().equals(CLAIMED_DEGRADATION);
        }
    }

    /** What a case measured: fidelity before and after restoring, on the same images. */
    private record Measured(Restored restored, List<Image8> clean, FidelityScores before, FidelityScores after) {
        PairedComparison psnrGain() {
            return after.psnrGainOver(before, FidelityMetric.PSNR_RGB);
        }
    }

    static Stream<Arguments> grid() {
        return cases().map(c -> Arguments.of(c.dataset(), c.method(), c.quality(), c.degradation()));
    }

    private static Stream<Case> cases() {
        Stream<Arguments> perQuality = Stream.of(
                Arguments.of(RestorationMethods.ARCNN, 10, JpegCompression.at(10)),
                Arguments.of(RestorationMethods.DNCNN, 10, JpegCompression.at(10)),
                Arguments.of(RestorationMethods.UNET_CAR, 10, JpegCompression.at(10)),
                Arguments.of(RestorationMethods.UNET_CAR, 5, JpegCompression.at(5)),
                Arguments.of(RestorationMethods.QUALITY_AWARE_CASCADE, 10, JpegCompression.at(10)),
                Arguments.of(RestorationMethods.QUALITY_AWARE_CASCADE, 50, JpegCompression.at(50)),
                Arguments.of(RestorationMethods.QUALITY_AWARE_CASCADE, 30, new DoubleJpeg(10, 30, 0)),
                Arguments.of(RestorationMethods.QUALITY_AWARE_CASCADE, 30, new DoubleJpeg(10, 30, 1)));
        return perQuality.flatMap(a -> Stream.of(Datasets.LIVE1_COLOR, Datasets.CLASSIC5)
                .map(d -> new Case(d, (String) a.get()[0], (Integer) a.get()[1], (Degradation) a.get()[2])))
                .filter(RestorationFidelitySuite::measuredAtThisScale);
    }

    /**
     * {@code ci} scale measures LIVE1_color (29 full-size photos, about 50 s per restorer on 2 cores)
     * only where the claim is tested, and Classic5 everywhere; paper scale measures every case.
     */
    private static boolean measuredAtThisScale(Case c) {
        return Scale.current() == Scale.PAPER || !c.dataset().equals(Datasets.LIVE1_COLOR) || c.claimed();
    }

    /**
     * The images a case restores: at {@code ci} scale every other LIVE1_color image (the first of
     * each pair in name order), which halves the restorers' inference and still leaves the sign
     * test 15 pairs; everything else whole.
     */
    private List<Image8> images(String dataset) {
        int step = dataset.equals(Datasets.LIVE1_COLOR) ? Scale.current().pick(2, 1) : 1;
        return folder(dataset).everyNth(step).pixels();
    }

    private ImageFolderDataset folder(String dataset) {
        return loaded.computeIfAbsent(dataset, d -> ImageFolderDataset.load(Datasets.locate(d)));
    }

    @ParameterizedTest(name = "{0}: {1} (trained for QF {2}) after {3}")
    @MethodSource("grid")
    void restore(String dataset, String method, int quality, Degradation degradation) {
        Measured m = measure(new Case(dataset, method, quality, degradation));
        String restorer = m.restored().restorer().id();
        String reason = "CI-scale " + restorer + " trained on CBSD68; no paper prints this cell for it";
        for (FidelityMetric metric : METRICS) {
            CellRecorder.unpublished(m.after().mean(metric), TableKey.NONE.cell(restorer, degradation.id()), dataset,
                    restorer, degradation.condition(), reason);
        }
        PairedComparison gain = m.psnrGain();
        CellRecorder.unpublished(gain.difference(), TableKey.NONE.cell(restorer + " gain", degradation.id()), dataset,
                restorer, degradation.condition(),
                String.format(Locale.ROOT, "PSNR-RGB gain over the compressed input: %d images improved, %d worsened,"
                        + " exact sign test p = %.3g (Holm-corrected in the claim case)", gain.improved(),
                        gain.worsened(), gain.signTestP()));
        Image8 first = m.clean().get(0);
        DegradationSample.attach(first.crop(0, 0, Math.min(256, first.width()), Math.min(256, first.height())),
                m.restored());
    }

    private Measured measure(Case c) {
        return measured.computeIfAbsent(c.key(), k -> {
            Restorer restorer = RestorationMethods.forQuality(c.method(), c.quality(), Scale.current());
            Restored restored = new Restored(c.degradation(), restorer);
            List<Image8> clean = images(c.dataset());
            return new Measured(restored, clean, FidelityScores.measure(clean, c.degradation(), METRICS, 0),
                    FidelityScores.measure(clean, restored, METRICS, 0));
        });
    }

    @ParameterizedTest(name = "Seed 004 single-image demo (bikes.bmp, Y channel), QF {0}: JPEG and the cascade")
    @ValueSource(ints = {10, 40, 70})
    void bikesDemo(int quality) {
        Image8 bikes = folder(Datasets.LIVE1_COLOR).images().stream()
                .filter(n -> n.name().equals("bikes.bmp")).findFirst().orElseThrow().image();
        JpegCompression jpeg = JpegCompression.at(quality);
        Restorer cascade = RestorationMethods.forQuality(RestorationMethods.QUALITY_AWARE_CASCADE, quality,
                Scale.current());
        Image8 compressed = jpeg.apply(bikes, 0);
        Image8 restored = cascade.restore(compressed);
        PublishedTable demo = PublishedTables.load("004", "BikesDemoY");
        String row = Integer.toString(quality);
        for (FidelityMetric metric : List.of(FidelityMetric.PSNR_Y, FidelityMetric.SSIM_Y)) {
            String column = metric.id().wire();
            CellRecorder.unpublished(single(metric, metric.score(bikes, compressed, 0)),
                    demo.key().cell("JPEG only/" + row, column), "LIVE1_color (bikes.bmp)", "jpeg-only",
                    jpeg.condition(), "the compressed input of the demo, for comparison with the printed restored"
                            + " values");
            CellRecorder.substituted(single(metric, metric.score(bikes, restored, 0)), demo.publishedValue(row, column),
                    "LIVE1_color (bikes.bmp)", cascade.id(), jpeg.condition(), "the quality-aware cascade trained here ("
                    + Scale.current().name().toLowerCase(java.util.Locale.ROOT) + " scale, CBSD68) stands in for"
                    + " the paper's trained network");
        }
    }

    /** One image's score: no sampling, so its interval is the point itself. */
    private static Measurement single(FidelityMetric metric, double value) {
        return Measurement.exact(metric.id(), value, 1);
    }

    @Test
    @DisplayName("Claim: AR-CNN, DnCNN and U-Net CAR gain significantly over JPEG at QF 10 on LIVE1_color, the"
            + " quality-aware cascade is not significantly worse (sign test, Holm)")
    void significantGainAtQuality10OnLive1() {
        List<Case> cases = cases().sorted(Comparator.comparing(Case::key)).toList();
        // One family over every case, so the QF 10 cases are Holm-corrected for the others too.
        List<PairedClaim> claims = cases.stream().map(c -> {
            Measured m = measure(c);
            return new PairedClaim(c.key() + ": restored PSNR-RGB above the compressed input's", "restored",
                    m.after().values(FidelityMetric.PSNR_RGB), "compressed", m.before().values(FidelityMetric.PSNR_RGB),
                    gainExpectation(c));
        }).toList();
        assertThat(cases).as("restore cases at QF 10 on LIVE1_color")
                .anyMatch(Case::claimed);
        PairedClaimFamily.assertExpectations(PairedClaimFamily.test(claims, MetricId.PSNR_RGB_GAIN));
    }

    /** What the PSNR-RGB gain of one case must show: asserted on LIVE1_color at QF 10, recorded elsewhere. */
    private static PairedClaim.Expectation gainExpectation(Case c) {
        if (!c.claimed()) {
            return PairedClaim.Expectation.RECORDED;
        }
        // At ci scale the cascade's gain here is small and moves with rounding: 0.139 dB with plain
        // convolutions, 0.051 dB [-0.028, 0.116] with aligned ones (README, "Numerics"), so only its sign
        // is asserted.
        if (c.method().equals(RestorationMethods.QUALITY_AWARE_CASCADE) && Scale.current() == Scale.CI) {
            return PairedClaim.Expectation.NOT_CONTRADICTED;
        }
        return PairedClaim.Expectation.CONFIRMED;
    }
}
