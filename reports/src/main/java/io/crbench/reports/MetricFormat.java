package io.crbench.reports;

import io.crbench.result.ResultRecord;
import java.util.Locale;

/**
 * How many decimals a record's numbers are shown with: decibel metrics (PSNR…) with 2 and their
 * differences with 3, fractions such as accuracies with 4, whole numbers above 1 (parameter and
 * FLOP counts) with none, anything else (percentages, milliseconds) with 2. Missing values (NaN)
 * format as the empty string.
 */
final class MetricFormat {
    private final int decimals;
    private final int deltaDecimals;

    private MetricFormat(int decimals, int deltaDecimals) {
        this.decimals = decimals;
        this.deltaDecimals = deltaDecimals;
    }

    static MetricFormat of(ResultRecord r) {
        if (isDecibel(r.metric())) {
            return new MetricFormat(2, 3);
        }
        double[] values = {r.measured(), r.ciLow(), r.ciHigh(), r.published() == null ? Double.NaN : r.published()};
        double largest = 0;
        boolean whole = true;
        for (double v : values) {
            if (Double.isFinite(v)) {
                largest = Math.max(largest, Math.abs(v));
                whole &= v == Math.rint(v);
            }
        }
        int d = largest <= 1 ? 4 : whole ? 0 : 2;
        return new MetricFormat(d, d);
    }

    private static boolean isDecibel(String metric) {
        if (metric == null) {
            return false;
        }
        String m = metric.toLowerCase(Locale.ROOT);
        return m.contains("psnr") || m.endsWith("db");
    }

    String value(double v) {
        return format(v, decimals);
    }

    String delta(double v) {
        return format(v, deltaDecimals);
    }

    /** {@code [low, high]}, or empty unless both bounds are known. */
    String interval(double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return "";
        }
        return "[" + value(low) + ", " + value(high) + "]";
    }

    private static String format(double v, int d) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        return String.format(Locale.ROOT, "%." + d + "f", v);
    }
}
