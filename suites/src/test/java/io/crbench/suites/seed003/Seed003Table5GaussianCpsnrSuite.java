package io.crbench.suites.seed003;

import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.baselines.restorers.AuthorsCdncnnB;
import io.crbench.datasets.Datasets;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.degradation.GaussianNoise;
import io.crbench.degradation.Restored;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.CpsnrAggregate;
import io.crbench.experiment.FidelityMetric;
import io.crbench.experiment.FidelityScores;
import io.crbench.experiment.RestorerLatency;
import io.crbench.experiment.Scale;
import io.crbench.image.Image8;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.restore.BlockRestorer;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 003, Table 5, row "Gaussian": colour PSNR of the 10,000 CIFAR-10 test images with additive
 * Gaussian noise σ = 10..50 (8-bit scale). The printed row is held to unclipped noise; clipped and
 * rounded noise (what an 8-bit classifier input is) is recorded beside it. Row "Restoration" is
 * held, as a substitute, to the authors' released CDnCNN-B run on the 8-bit noisy images (the first
 * 20 test images of each class at {@code ci} scale, all 10,000 at paper scale).
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 003 Table 5: CPSNR of Gaussian-noise CIFAR-10 and of its restoration (CDnCNN-B substitute)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Seed003Table5GaussianCpsnrSuite {
    private static final PublishedTable TABLE = PublishedTables.load("003", "5");
    private static final String METHOD = "noise-only";
    /** What a match of this row shows: the printed row is the closed form of unclipped noise. */
    private static final String NOISE_MODEL_CHECK = "a check of the noise model, not a reproduced experiment: the"
            + " CPSNR of unclipped Gaussian noise is 20·log10(255/σ) up to the noise draw, so a match shows only that"
            + " the paper's noise was unclipped";
    /** All 1,000 images of every class, shared with the other CIFAR suites of the run. */
    private final List<Image8> images = PreparedSets.cifar10Test(1000).images();

    @ParameterizedTest(name = "Table 5, row Gaussian, σ = {0}: unclipped noise vs published")
    @ValueSource(ints = {10, 20, 30, 40, 50})
    void gaussianRow(int sigma) {
        GaussianNoise noise = new GaussianNoise(sigma);
        double[] unclipped = noise.unclippedMse(images);
        double[] clipped = FidelityScores.measure(images, noise, List.of(FidelityMetric.MSE_RGB), 0)
                .values(FidelityMetric.MSE_RGB);
        CellRecorder.unpublished(CpsnrAggregate.meanOfPerImage(clipped),
                TABLE.key().cell("Gaussian (clipped, rounded)", sigma), Datasets.CIFAR10_TEST, METHOD,
                noise.condition(), "8-bit noisy images, recorded to show the printed row is unclipped noise");
        CellRecorder.compared(CpsnrAggregate.meanOfPerImage(unclipped),
                TABLE.publishedValue("Gaussian", Integer.toString(sigma)), Datasets.CIFAR10_TEST, METHOD,
                noise.unclippedCondition(), NOISE_MODEL_CHECK);
    }

    @ParameterizedTest(name = "Table 5, row Restoration, σ = {0}: the authors' CDnCNN-B on the 8-bit noisy images"
            + " (substitute)")
    @ValueSource(ints = {10, 20, 30, 40, 50})
    void restorationRow(int sigma) {
        List<Image8> sample = PreparedSets.cifar10Test(Scale.current().pick(20, 1000)).images();
        try (BlockRestorer cdncnn = AuthorsCdncnnB.load()) {
            Restored restored = new Restored(new GaussianNoise(sigma), cdncnn);
            double[] mse = FidelityScores.measure(sample, restored, List.of(FidelityMetric.MSE_RGB), 0)
                    .values(FidelityMetric.MSE_RGB);
            CellRecorder.substituted(CpsnrAggregate.meanOfPerImage(mse),
                    TABLE.publishedValue("Restoration", Integer.toString(sigma)), Datasets.CIFAR10_TEST, cdncnn.id(),
                    restored.condition(), "the authors' released CDnCNN-B (one blind colour Gaussian denoiser for σ up to 55,"
                            + " trained on BSD images) stands in for the paper's restoration network, trained on"
                            + " CIFAR-10; its input is the noisy image clipped and rounded to 8 bits");
        }
    }

    @Test
    @DisplayName("CDnCNN-B: CPU latency on one 32x32 CIFAR-10 image (the input it restores here)")
    void restorerLatency() {
        Image8 noisy = new GaussianNoise(25).apply(images.get(0), 0);
        try (BlockRestorer cdncnn = AuthorsCdncnnB.load()) {
            RestorerLatency.record(cdncnn, noisy, "32x32 RGB", Datasets.CIFAR10_TEST,
                    "neither paper prints a CPU time for it");
        }
    }
}
