package io.crbench.experiment;

import io.crbench.metric.Psnr;
import io.crbench.reproduction.Measurement;
import io.crbench.result.MetricId;
import io.crbench.stats.BootstrapInterval;
import io.crbench.stats.Interval;

/**
 * The two ways a data set's colour PSNR can be aggregated from per-image mean squared errors
 * (seed 003 does not say which it prints; its suites measure both and its table files state
 * which one reproduces the printed values).
 */
public final class CpsnrAggregate {
    private CpsnrAggregate() {
    }

    /**
     * Mean over images of each image's CPSNR, with a bootstrap interval of that mean.
     *
     * @throws IllegalArgumentException when an image's MSE is 0 (its CPSNR is +∞, so the mean is
     *     not a number; crbench does not cap PSNR)
     */
    public static Measurement meanOfPerImage(double[] perImageMse) {
        double[] cpsnr = new double[perImageMse.length];
        for (int i = 0; i < cpsnr.length; i++) {
            if (perImageMse[i] == 0) {
                throw new IllegalArgumentException("image " + i + " (0-based, of " + cpsnr.length + ") has MSE 0 and"
                        + " CPSNR +∞: the set's mean CPSNR is not a number; crbench does not cap PSNR (README, Conventions)");
            }
            cpsnr[i] = Psnr.fromMse(perImageMse[i]);
        }
        return StatisticalConventions.bootstrapMean(MetricId.CPSNR, cpsnr);
    }

    /**
     * CPSNR of the data set's mean MSE; its interval maps the bootstrap interval of the mean MSE
     * through the (decreasing) PSNR transform.
     *
     * @throws IllegalArgumentException when every image's MSE is 0 (the CPSNR is +∞)
     */
    public static Measurement ofMeanMse(double[] perImageMse) {
        Interval mse = BootstrapInterval.mean(perImageMse, StatisticalConventions.LEVEL,
                StatisticalConventions.BOOTSTRAP_RESAMPLES, StatisticalConventions.BOOTSTRAP_SEED);
        if (mse.estimate() == 0) {
            throw new IllegalArgumentException("all " + perImageMse.length + " images have MSE 0: CPSNR +∞ is not a"
                    + " number; crbench does not cap PSNR (README, Conventions)");
        }
        Interval cpsnr = new Interval(Psnr.fromMse(mse.estimate()), Psnr.fromMse(mse.high()),
                Psnr.fromMse(mse.low()), mse.level());
        return new Measurement(MetricId.CPSNR, cpsnr, perImageMse.length);
    }
}
