package io.crbench.experiment;

import io.crbench.metric.BjontegaardInterval;
import io.crbench.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A codec against an anchor codec at equal rate: the Bjøntegaard BD-rate (percent bitrate change at
 * equal quality) and BD-quality (quality change at equal rate), each with the paired bootstrap
 * interval over images of {@link StatisticalConventions}, or, where a delta is undefined (curves
 * that do not overlap, too few distinct points), the reason. BD-rate is taken between the curves'
 * {@link io.crbench.metric.Bjontegaard.Curve#monotoneFit isotonic fits}, which leave a rising curve
 * (PSNR against rate) as it is and pool the dips of a saturating one (top-1 against rate, where
 * adjacent high-rate points differ by less than sampling noise) instead of refusing it.
 *
 * @param codec the compared codec's name
 * @param anchor the anchor's name (JPEG in every crbench comparison)
 * @param bdRatePercent bitrate change at equal quality, percent, when defined
 * @param bdQuality quality change at equal rate, in the quality's unit, when defined
 * @param refusal why a delta is missing, each prefixed with its name; empty when both exist
 */
public record RateComparison(String codec, String anchor, Optional<Interval> bdRatePercent,
        Optional<Interval> bdQuality, Optional<String> refusal) {

    /** Both deltas of {@code test} against {@code anchor}, measured on the same images. */
    public static RateComparison between(BjontegaardInterval.PerImage anchor, BjontegaardInterval.PerImage test) {
        List<String> refusals = new ArrayList<>();
        Optional<Interval> rate = delta(() -> BjontegaardInterval.bdRatePercentOfMonotoneFits(anchor, test,
                StatisticalConventions.LEVEL, StatisticalConventions.BOOTSTRAP_RESAMPLES,
                StatisticalConventions.BOOTSTRAP_SEED), "BD-rate", refusals);
        Optional<Interval> quality = delta(() -> BjontegaardInterval.bdQuality(anchor, test,
                StatisticalConventions.LEVEL, StatisticalConventions.BOOTSTRAP_RESAMPLES,
                StatisticalConventions.BOOTSTRAP_SEED), "BD-quality", refusals);
        return new RateComparison(test.name(), anchor.name(), rate, quality,
                refusals.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", refusals)));
    }

    /** A codec's top-1 curve: one score set per point of its ladder, all on the same images. */
    public static BjontegaardInterval.PerImage top1Curve(String codec, List<ClassificationScores> points) {
        double[][] rates = points.stream().map(ClassificationScores::perImageBitsPerPixel).toArray(double[][]::new);
        boolean[][] hits = points.stream().map(ClassificationScores::top1Hits).toArray(boolean[][]::new);
        return top1Curve(codec, rates, hits);
    }

    /**
     * A codec's top-1 curve from each point's per-image rates and top-1 hits ({@code [point][image]}),
     * each hit counting 1 and each miss 0.
     */
    public static BjontegaardInterval.PerImage top1Curve(String codec, double[][] rates, boolean[][] hits) {
        double[][] top1 = new double[hits.length][];
        for (int p = 0; p < hits.length; p++) {
            top1[p] = new double[hits[p].length];
            for (int i = 0; i < hits[p].length; i++) {
                top1[p][i] = hits[p][i] ? 1 : 0;
            }
        }
        return new BjontegaardInterval.PerImage(codec, rates, top1);
    }

    /** A codec's curve of {@code metric}: one score set per point of its ladder, all on the same images. */
    public static BjontegaardInterval.PerImage fidelityCurve(String codec, List<FidelityScores> points,
            FidelityMetric metric) {
        double[][] rates = new double[points.size()][];
        double[][] quality = new double[points.size()][];
        for (int p = 0; p < points.size(); p++) {
            rates[p] = points.get(p).perImageBitsPerPixel();
            quality[p] = points.get(p).values(metric);
        }
        return new BjontegaardInterval.PerImage(codec, rates, quality);
    }

    private static Optional<Interval> delta(Supplier<Interval> computation, String what, List<String> refusals) {
        try {
            return Optional.of(computation.get());
        } catch (IllegalArgumentException e) {
            refusals.add(what + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
