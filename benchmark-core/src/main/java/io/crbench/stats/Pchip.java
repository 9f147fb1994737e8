package io.crbench.stats;

import java.util.Arrays;

/**
 * Piecewise cubic Hermite interpolation that preserves the shape of the data (Fritsch–Carlson
 * with Fritsch–Butland's weighted harmonic mean at interior points and the one-sided three-point
 * formula at the ends, as MATLAB's and SciPy's {@code pchip}): monotone data give a monotone
 * interpolant, without the overshoot of a cubic polynomial or spline. It is the interpolation of
 * the JCT-VC/JVET common-test-condition sheets for Bjøntegaard deltas. Integrals are exact.
 */
public final class Pchip {
    private final double[] x;
    private final double[] y;
    private final double[] slope;
    private final double[] cumulative;

    private Pchip(double[] x, double[] y, double[] slope) {
        this.x = x;
        this.y = y;
        this.slope = slope;
        this.cumulative = new double[x.length];
        for (int k = 0; k + 1 < x.length; k++) {
            cumulative[k + 1] = cumulative[k] + segmentIntegral(k, x[k + 1] - x[k]);
        }
    }

    /**
     * The interpolant through ({@code x[i]}, {@code y[i]}).
     *
     * @param x at least two strictly increasing, finite abscissae
     * @param y finite values, one per abscissa
     */
    public static Pchip through(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("PCHIP needs at least two points and one value per abscissa, got "
                    + x.length + " abscissae and " + y.length + " values");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i]) || (i > 0 && !(x[i] > x[i - 1]))) {
                throw new IllegalArgumentException("PCHIP abscissae must be finite and strictly increasing and values"
                        + " finite, got x = " + Arrays.toString(x) + ", y = " + Arrays.toString(y));
            }
        }
        int n = x.length;
        double[] h = new double[n - 1];
        double[] delta = new double[n - 1];
        for (int k = 0; k < n - 1; k++) {
            h[k] = x[k + 1] - x[k];
            delta[k] = (y[k + 1] - y[k]) / h[k];
        }
        double[] d = new double[n];
        if (n == 2) {
            d[0] = delta[0];
            d[1] = delta[0];
        } else {
            for (int k = 1; k < n - 1; k++) {
                if (delta[k - 1] * delta[k] > 0) {
                    double w1 = 2 * h[k] + h[k - 1];
                    double w2 = h[k] + 2 * h[k - 1];
                    d[k] = (w1 + w2) / (w1 / delta[k - 1] + w2 / delta[k]);
                }
            }
            d[0] = end(h[0], h[1], delta[0], delta[1]);
            d[n - 1] = end(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
        }
        return new Pchip(x.clone(), y.clone(), d);
    }

    /** The one-sided three-point end slope, limited so the end keeps the data's shape. */
    private static double end(double h0, double h1, double delta0, double delta1) {
        double d = ((2 * h0 + h1) * delta0 - h0 * delta1) / (h0 + h1);
        if (Math.signum(d) != Math.signum(delta0)) {
            return 0;
        }
        if (Math.signum(delta0) != Math.signum(delta1) && Math.abs(d) > Math.abs(3 * delta0)) {
            return 3 * delta0;
        }
        return d;
    }

    /** The interpolant's value at {@code t}, which must lie in the data's range. */
    public double value(double t) {
        int k = segment(t);
        double s = t - x[k];
        double[] c = cubic(k);
        return c[0] + s * (c[1] + s * (c[2] + s * c[3]));
    }

    /** The exact integral of the interpolant from {@code a} to {@code b}, both in the data's range. */
    public double integral(double a, double b) {
        return primitive(b) - primitive(a);
    }

    private double primitive(double t) {
        int k = segment(t);
        return cumulative[k] + segmentIntegral(k, t - x[k]);
    }

    /** The integral over segment {@code k} from its left end to {@code u} past it. */
    private double segmentIntegral(int k, double u) {
        double[] c = cubic(k);
        return u * (c[0] + u * (c[1] / 2 + u * (c[2] / 3 + u * c[3] / 4)));
    }

    /** Segment {@code k} as c0 + c1·s + c2·s² + c3·s³ in s = t − x[k]. */
    private double[] cubic(int k) {
        double h = x[k + 1] - x[k];
        double delta = (y[k + 1] - y[k]) / h;
        return new double[] {y[k], slope[k], (3 * delta - 2 * slope[k] - slope[k + 1]) / h,
            (slope[k] + slope[k + 1] - 2 * delta) / (h * h)};
    }

    private int segment(double t) {
        if (!(t >= x[0] && t <= x[x.length - 1])) {
            throw new IllegalArgumentException("PCHIP evaluated at " + t + ", outside its data range [" + x[0] + ", "
                    + x[x.length - 1] + "]: it does not extrapolate");
        }
        int k = Arrays.binarySearch(x, t);
        if (k < 0) {
            k = -k - 2;
        }
        return Math.min(k, x.length - 2);
    }
}
