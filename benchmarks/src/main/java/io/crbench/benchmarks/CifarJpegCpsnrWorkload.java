package io.crbench.benchmarks;

import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.CpsnrAggregate;
import io.crbench.experiment.PerImage;
import io.crbench.image.Image8;
import io.crbench.metric.MetricChannel;
import io.crbench.metric.Psnr;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * The CIFAR-10 workload of the throughput issue, as seed 003's Table 2 suite runs it: every one of
 * the 10,000 test images JPEG-compressed (PIL-identical) at QF 10, 30, 50, 70 and 90, each
 * compared with its original (RGB MSE, both cores), and the mean per-image CPSNR of each QF with its
 * bootstrap interval. One operation is the whole workload; loading the images is outside it.
 */
public class CifarJpegCpsnrWorkload extends WorkloadSettings {
    /** The quality factors of seed 003's Table 2. */
    static final int[] QUALITIES = {10, 30, 50, 70, 90};
    private List<Image8> images;

    /** Loads the test set once per fork. */
    @Setup(Level.Trial)
    public void load() {
        images = BenchmarkData.cifar10Test(1000);
    }

    /** The five mean CPSNRs, returned so the work cannot be optimised away. */
    @Benchmark
    public double[] jpegAndCpsnr() {
        return meanCpsnr(images);
    }

    /**
     * The workload on {@code images}: the mean per-image CPSNR, with its bootstrap interval, at each
     * of {@link #QUALITIES}. The images of a QF are compressed on both cores; the five intervals,
     * each one sequential draw from its own seed, are computed side by side once every MSE is known.
     */
    static double[] meanCpsnr(List<Image8> images) {
        double[][] mse = new double[QUALITIES.length][];
        for (int k = 0; k < QUALITIES.length; k++) {
            JpegCompression jpeg = JpegCompression.at(QUALITIES[k]);
            mse[k] = PerImage.scores(images.size(),
                    i -> Psnr.mse(images.get(i), jpeg.apply(images.get(i), i), MetricChannel.RGB, 0));
        }
        return PerImage.scores(QUALITIES.length, k -> CpsnrAggregate.meanOfPerImage(mse[k]).value());
    }
}
