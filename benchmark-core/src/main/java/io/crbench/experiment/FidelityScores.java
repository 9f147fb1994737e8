package io.crbench.experiment;

import io.crbench.degradation.Degradation;
import io.crbench.image.Image8;
import io.crbench.reproduction.Measurement;
import io.crbench.result.MetricId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Per-image scores of several fidelity metrics over one data set and one degradation. */
public final class FidelityScores {
    private final Map<FidelityMetric, double[]> perImage;
    private final int n;
    private final String degradationId;
    /** Bits per pixel of each compressed image; NaN when the degradation does not compress. */
    private final double[] bitsPerPixel;

    private FidelityScores(Map<FidelityMetric, double[]> perImage, int n, String degradationId, double[] bitsPerPixel) {
        this.perImage = perImage;
        this.n = n;
        this.degradationId = degradationId;
        this.bitsPerPixel = bitsPerPixel;
    }

    /**
     * Degrades every clean image once (image seed = its index; {@link Degradation#degradeAll}, so in
     * parallel and a restorer batched) and scores the result against the clean image (the part of
     * it the degraded image shows, {@link Degradation#alignedReference}) with each metric; a
     * compression also records each image's bits per pixel.
     */
    public static FidelityScores measure(List<Image8> clean,
            Degradation degradation, List<FidelityMetric> metrics, int cropBorder) {
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("no images to score for " + degradation.id());
        }
        // Each row: the metrics' scores, then the image's bits per pixel.
        double[][] rows = new double[clean.size()][];
        DegradedChunks.forEach(clean, degradation, i -> i, DegradedChunks.DEFAULT_SIZE, (from, degraded) -> {
            double[][] chunk = PerImage.rows(degraded.size(), k -> {
                double[] row = scores(degradation.alignedReference(clean.get(from + k)), degraded.get(k).image(),
                        metrics, cropBorder);
                row[metrics.size()] = degraded.get(k).bitsPerPixel();
                return row;
            });
            System.arraycopy(chunk, 0, rows, from, chunk.length);
        });
        return of(rows, metrics, degradation.id());
    }

    /** The metrics' scores of one image, with one slot left at the end for its bits per pixel. */
    private static double[] scores(Image8 reference, Image8 test, List<FidelityMetric> metrics, int cropBorder) {
        double[] row = new double[metrics.size() + 1];
        for (int m = 0; m < metrics.size(); m++) {
            row[m] = metrics.get(m).score(reference, test, cropBorder);
        }
        return row;
    }

    private static FidelityScores of(double[][] rows, List<FidelityMetric> metrics, String degradationId) {
        Map<FidelityMetric, double[]> byMetric = new EnumMap<>(FidelityMetric.class);
        for (int m = 0; m < metrics.size(); m++) {
            double[] column = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                column[i] = rows[i][m];
            }
            byMetric.put(metrics.get(m), column);
        }
        double[] rates = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            rates[i] = rows[i][metrics.size()];
        }
        return new FidelityScores(byMetric, rows.length, degradationId, rates);
    }

    /**
     * Each image's mean over {@code perCondition} (the same images scored under several
     * conditions, e.g. a QF sweep), metric by metric and for the bits per pixel: the per-image
     * scores of a table that prints one number for a range of settings, whose {@link #mean} is
     * then the mean over images of the per-image means.
     */
    public static FidelityScores meanPerImage(List<FidelityScores> perCondition) {
        if (perCondition.isEmpty()) {
            throw new IllegalArgumentException("no conditions to average over");
        }
        FidelityScores first = perCondition.get(0);
        List<String> ids = perCondition.stream().map(s -> s.degradationId).toList();
        for (FidelityScores s : perCondition) {
            if (s.n != first.n || !s.perImage.keySet().equals(first.perImage.keySet())) {
                throw new IllegalArgumentException("scores under " + ids + " are not of the same images and metrics: "
                        + first.degradationId + " has " + first.n + " images of " + first.perImage.keySet() + ", "
                        + s.degradationId + " " + s.n + " of " + s.perImage.keySet());
            }
        }
        Map<FidelityMetric, double[]> byMetric = new EnumMap<>(FidelityMetric.class);
        first.perImage.keySet().forEach(metric -> byMetric.put(metric,
                meanOf(perCondition.stream().map(s -> s.perImage.get(metric)).toList())));
        return new FidelityScores(byMetric, first.n, "mean over " + ids,
                meanOf(perCondition.stream().map(s -> s.bitsPerPixel).toList()));
    }

    private static double[] meanOf(List<double[]> perCondition) {
        double[] mean = new double[perCondition.get(0).length];
        for (double[] values : perCondition) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += values[i] / perCondition.size();
            }
        }
        return mean;
    }

    /** Number of images. */
    public int n() {
        return n;
    }

    /** Mean bits per pixel of the compressed images with its bootstrap interval; empty when nothing was compressed. */
    public Optional<Measurement> bitsPerPixel() {
        if (Double.isNaN(bitsPerPixel[0])) {
            return Optional.empty();
        }
        return Optional.of(StatisticalConventions.bootstrapMean(MetricId.BPP, bitsPerPixel));
    }

    /** Per-image bits per pixel; NaN when the degradation does not compress. */
    public double[] perImageBitsPerPixel() {
        return bitsPerPixel.clone();
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
     * {@code psnr} (PSNR-RGB or PSNR-Y) of these scores minus {@code baseline}'s on the same images:
     * the paired interval of the mean gain, and how many images improved or worsened with their
     * exact sign test.
     */
    public PairedComparison psnrGainOver(FidelityScores baseline, FidelityMetric psnr) {
        MetricId gain = switch (psnr) {
            case PSNR_RGB -> MetricId.PSNR_RGB_GAIN;
            case PSNR_Y -> MetricId.PSNR_Y_GAIN;
            default -> throw new IllegalArgumentException("a PSNR gain is of PSNR_RGB or PSNR_Y, not " + psnr);
        };
        return PairedComparison.of(gain, values(psnr), baseline.values(psnr));
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
        return StatisticalConventions.bootstrapMean(metric.id(), values);
    }
}
