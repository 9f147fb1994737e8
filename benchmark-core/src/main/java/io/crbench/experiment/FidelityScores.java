package io.crbench.experiment;

import io.crbench.degradation.Degradation;
import io.crbench.image.Image8;
import io.crbench.reproduction.Measurement;
import io.crbench.stats.BootstrapInterval;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Per-image scores of several fidelity metrics over one data set and one degradation. */
public final class FidelityScores {
    private final Map<FidelityMetric, double[]> perImage;
    private final int n;
    private final String degradationId;

    private FidelityScores(Map<FidelityMetric, double[]> perImage, int n, String degradationId) {
        this.perImage = perImage;
        this.n = n;
        this.degradationId = degradationId;
    }

    /**
     * Degrades every clean image once (image seed = its index) and scores the result against the
     * clean image with each metric.
     */
    public static FidelityScores measure(List<Image8> clean,
            Degradation degradation, List<FidelityMetric> metrics, int cropBorder) {
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("no images to score for " + degradation.id());
        }
        double[][] rows = PerImage.rows(clean.size(), i -> {
            Image8 reference = clean.get(i);
            Image8 degraded = degradation.apply(reference, i);
            double[] row = new double[metrics.size()];
            for (int m = 0; m < row.length; m++) {
                row[m] = metrics.get(m).score(reference, degraded, cropBorder);
            }
            return row;
        });
        Map<FidelityMetric, double[]> byMetric = new EnumMap<>(FidelityMetric.class);
        for (int m = 0; m < metrics.size(); m++) {
            double[] column = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                column[i] = rows[i][m];
            }
            byMetric.put(metrics.get(m), column);
        }
        return new FidelityScores(byMetric, clean.size(), degradation.id());
    }

    /** Number of images. */
    public int n() {
        return n;
    }

    /** The per-image values of {@code metric}. */
    public double[] values(FidelityMetric metric) {
        double[] v = perImage.get(metric);
        if (v == null) {
            throw new IllegalArgumentException(metric + " was not measured; measured: " + perImage.keySet());
        }
        return v.clone();
    }

    /**
     * Mean of {@code metric} with its bootstrap interval (see {@link StatisticalConventions}).
     *
     * @throws IllegalArgumentException when an image scores +∞ (a PSNR of an image its degradation
     *     left identical): such a set has no finite mean, and crbench does not cap PSNR to make one
     */
    public Measurement mean(FidelityMetric metric) {
        double[] values = values(metric);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(metric.id().wire() + " of image " + i + " (0-based, of " + n
                        + ") under " + degradationId + " is " + values[i] + ": the degraded image equals the clean"
                        + " one, so the set's mean is not a number; crbench does not cap PSNR (README, Conventions)");
            }
        }
        return new Measurement(metric.id().wire(), BootstrapInterval.mean(values,
                StatisticalConventions.LEVEL, StatisticalConventions.BOOTSTRAP_RESAMPLES,
                StatisticalConventions.BOOTSTRAP_SEED), n);
    }
}
