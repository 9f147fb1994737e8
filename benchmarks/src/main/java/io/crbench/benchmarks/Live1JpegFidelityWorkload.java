package io.crbench.benchmarks;

import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.FidelityMetric;
import io.crbench.experiment.FidelityScores;
import io.crbench.image.Image8;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * The LIVE1 workload of the throughput issue, as the JPEG fidelity suite runs it: the 29
 * LIVE1_color images JPEG-compressed (PIL-identical) at QF 10, 20, …, 90, each scored with PSNR and
 * SSIM in RGB and on Y against its original (both cores). One operation is the whole workload;
 * loading the images is outside it.
 */
public class Live1JpegFidelityWorkload extends WorkloadSettings {
    /** The scores, in the order {@link #meanScores} returns them. */
    static final List<FidelityMetric> METRICS = List.of(FidelityMetric.PSNR_RGB, FidelityMetric.SSIM_RGB,
            FidelityMetric.PSNR_Y, FidelityMetric.SSIM_Y);
    private List<Image8> images;

    /** Loads LIVE1 once per fork. */
    @Setup(Level.Trial)
    public void load() {
        images = BenchmarkData.live1();
    }

    /** The scores of every QF, returned so the work cannot be optimised away. */
    @Benchmark
    public double[][] jpegAndFidelity() {
        return meanScores(images);
    }

    /** The workload on {@code images}: per QF 10, 20, …, 90, the mean of each of {@link #METRICS}. */
    static double[][] meanScores(List<Image8> images) {
        double[][] means = new double[9][];
        for (int k = 0; k < means.length; k++) {
            FidelityScores scores = FidelityScores.measure(images, JpegCompression.at(quality(k)), METRICS, 0);
            means[k] = METRICS.stream().mapToDouble(metric -> scores.mean(metric).value()).toArray();
        }
        return means;
    }

    /** The QF of the {@code k}-th row of {@link #meanScores}. */
    static int quality(int k) {
        return 10 * (k + 1);
    }
}
