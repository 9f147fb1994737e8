package io.crbench.reports;

import io.crbench.stats.Interval;

/**
 * One point of a plotted series: a metric value {@code y} at a swept parameter {@code x}, with
 * its confidence interval. A NaN bound means "no interval"; a NaN or infinite {@code x} or
 * {@code y} means "not measured" and the point is not drawn.
 *
 * @param x swept parameter, e.g. JPEG quality factor
 * @param y metric value
 * @param ciLow lower confidence bound, or NaN
 * @param ciHigh upper confidence bound, or NaN
 */
public record PlotPoint(double x, double y, double ciLow, double ciHigh) {

    /** A point without a confidence interval (e.g. a published value the paper gives bare). */
    public static PlotPoint of(double x, double y) {
        return new PlotPoint(x, y, Double.NaN, Double.NaN);
    }

    /** A point at the interval's estimate, with its bounds as the error bar. */
    public static PlotPoint of(double x, Interval ci) {
        return new PlotPoint(x, ci.estimate(), ci.low(), ci.high());
    }

    boolean isDrawable() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    boolean hasDrawableInterval() {
        return isDrawable() && Double.isFinite(ciLow) && Double.isFinite(ciHigh);
    }
}
