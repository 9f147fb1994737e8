package io.crbench.experiment;

import io.crbench.reproduction.Measurement;
import io.crbench.result.MetricId;
import io.crbench.stats.Interval;
import io.crbench.stats.McNemarExact;
import io.crbench.stats.McNemarResult;
import io.crbench.stats.PairedBootstrap;
import java.util.Locale;

/**
 * A method against its baseline on the same images: the mean per-image difference with a paired
 * bootstrap interval, and an exact sign test (how many images improved vs worsened; ties count
 * for neither), whose p-value a suite Holm-corrects across its cases.
 *
 * @param difference mean(method − baseline) with its interval
 * @param improved images where the method scored higher
 * @param worsened images where it scored lower
 * @param signTestP exact two-sided sign-test p-value
 */
public record PairedComparison(Measurement difference, int improved, int worsened, double signTestP) {

    /** Compares per-image scores {@code method} with {@code baseline} (same images, same order). */
    public static PairedComparison of(MetricId metric, double[] method, double[] baseline) {
        if (method.length != baseline.length) {
            throw new IllegalArgumentException("paired scores need equal lengths, got " + method.length + " and "
                    + baseline.length);
        }
        Interval diff = PairedBootstrap.meanDifference(method, baseline, StatisticalConventions.LEVEL,
                StatisticalConventions.BOOTSTRAP_RESAMPLES, StatisticalConventions.BOOTSTRAP_SEED);
        boolean[] up = new boolean[method.length];
        boolean[] down = new boolean[method.length];
        for (int i = 0; i < method.length; i++) {
            up[i] = method[i] > baseline[i];
            down[i] = method[i] < baseline[i];
        }
        // The exact McNemar test on (improved, worsened) indicators is the exact sign test.
        McNemarResult sign = McNemarExact.test(up, down);
        return new PairedComparison(new Measurement(metric, diff, method.length), sign.aOnly(), sign.bOnly(),
                sign.pValue());
    }

    /**
     * The flip table of a top-1 comparison in words, e.g. {@code flip table: wrong→right 12,
     * right→wrong 5; exact McNemar p = 0.143} (on correct/incorrect scores the sign test is McNemar's).
     */
    public String flipTable() {
        return String.format(Locale.ROOT, "flip table: wrong→right %d, right→wrong %d; exact McNemar p = %.3g",
                improved, worsened, signTestP);
    }

    /** Whether this compares top-1 hits ({@link MetricId#TOP1_GAIN}), so its counts are a flip table. */
    public boolean isTop1() {
        return difference.metric() == MetricId.TOP1_GAIN;
    }

    /** The per-image counts in words: {@link #flipTable()} for a top-1 comparison, else {@link #signs()}. */
    public String counts() {
        return isTop1() ? flipTable() : signs();
    }

    /**
     * The per-image signs of a comparison of continuous scores in words, e.g. {@code higher on 812
     * images, lower on 188; exact sign test p = 1.2e-90}.
     */
    public String signs() {
        return String.format(Locale.ROOT, "higher on %d images, lower on %d; exact sign test p = %.3g", improved,
                worsened, signTestP);
    }
}
