package io.crbench.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear plot axis: a range that covers some data with a small margin and ends on "nice" tick
 * marks (steps of 1, 2, 2.5 or 5 times a power of ten), so tick labels stay short and readable.
 */
final class Axis {
    private static final double MARGIN = 0.05;

    private final double min;
    private final double max;
    private final double step;
    private final int decimals;

    private Axis(double min, double max, double step, int decimals) {
        this.min = min;
        this.max = max;
        this.step = step;
        this.decimals = decimals;
    }

    /** An axis covering finite [lo, hi] with about {@code targetTicks} intervals. */
    static Axis covering(double lo, double hi, int targetTicks) {
        double span = hi - lo;
        // A single value still needs a visible range around it.
        double pad = span > 0 ? span * MARGIN : Math.max(Math.abs(lo) * MARGIN, 0.5);
        double from = lo - pad;
        double to = hi + pad;
        double raw = (to - from) / targetTicks;
        int exponent = (int) Math.floor(Math.log10(raw));
        double r = raw / Math.pow(10, exponent);
        double nice = r <= 1 ? 1 : r <= 2 ? 2 : r <= 2.5 ? 2.5 : r <= 5 ? 5 : 10;
        // Exact decimal arithmetic so the label precision matches the step (0.25 → 2 decimals).
        BigDecimal exactStep = BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent);
        double step = exactStep.doubleValue();
        int decimals = Math.max(0, exactStep.stripTrailingZeros().scale());
        return new Axis(Math.floor(from / step) * step, Math.ceil(to / step) * step, step, decimals);
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    /** Position of {@code v} along the axis: 0 at {@link #min()}, 1 at {@link #max()}. */
    double fraction(double v) {
        return (v - min) / (max - min);
    }

    List<Double> ticks() {
        long n = Math.round((max - min) / step);
        List<Double> ticks = new ArrayList<>();
        for (long i = 0; i <= n; i++) {
            double t = min + i * step;
            // Accumulated rounding would otherwise print the zero tick as "-0.00".
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    String label(double tick) {
        return String.format(Locale.ROOT, "%." + decimals + "f", tick);
    }
}
