package io.crbench.benchmarks;

import io.crbench.image.Image8;
import java.util.List;
import java.util.Locale;

/**
 * One workload run once, start to finish, loading included: the crbench side of the side-by-side
 * run against PIL + NumPy + scikit-image ({@code scripts/throughput-side-by-side.sh}, whose Python
 * reference {@code tools/throughput_reference.py} prints the same lines, so the two runs' numbers
 * are compared as well as their times). The JMH workloads time the same computation without the
 * loading and the JVM's start.
 *
 * <p>Usage: {@code java -cp crbench-benchmarks-runnable.jar io.crbench.benchmarks.EndToEndWorkload cifar|live1}
 * with the mirror given as for the benchmarks.
 */
public final class EndToEndWorkload {
    private EndToEndWorkload() {
    }

    /** Runs the named workload and prints one line per QF. */
    public static void main(String[] args) {
        if (args.length != 1 || !(args[0].equals("cifar") || args[0].equals("live1"))) {
            System.err.println("usage: EndToEndWorkload cifar|live1");
            System.exit(2);
        }
        if (args[0].equals("cifar")) {
            List<Image8> images = BenchmarkData.cifar10Test(1000);
            double[] cpsnr = CifarJpegCpsnrWorkload.meanCpsnr(images);
            for (int k = 0; k < cpsnr.length; k++) {
                System.out.printf(Locale.ROOT, "cifar q=%d n=%d cpsnr=%.10f%n",
                        CifarJpegCpsnrWorkload.QUALITIES[k], images.size(), cpsnr[k]);
            }
        } else {
            List<Image8> images = BenchmarkData.live1();
            double[][] means = Live1JpegFidelityWorkload.meanScores(images);
            for (int k = 0; k < means.length; k++) {
                System.out.printf(Locale.ROOT, "live1 q=%d n=%d psnr_rgb=%.10f ssim_rgb=%.10f psnr_y=%.10f ssim_y=%.10f%n",
                        Live1JpegFidelityWorkload.quality(k), images.size(),
                        means[k][0], means[k][1], means[k][2], means[k][3]);
            }
        }
    }
}
