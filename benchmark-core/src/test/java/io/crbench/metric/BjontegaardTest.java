package io.crbench.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crbench.stats.Pchip;
import org.junit.jupiter.api.Test;

class BjontegaardTest {
    private static final Bjontegaard.Curve ANCHOR = new Bjontegaard.Curve("jpeg",
            new double[] {0.15, 0.3, 0.6, 1.1, 2.0}, new double[] {0.31, 0.52, 0.66, 0.74, 0.79});

    @Test
    void aCodecNeedingTenPercentFewerBitsEverywhereHasBdRateMinusTenPercent() {
        // Derived by hand: log10(0.9 r) = log10 r + log10 0.9 at every quality, whatever the interpolant.
        double[] rates = ANCHOR.bitsPerPixel().clone();
        for (int i = 0; i < rates.length; i++) {
            rates[i] *= 0.9;
        }
        Bjontegaard.Curve test = new Bjontegaard.Curve("test", rates, ANCHOR.quality());
        assertThat(Bjontegaard.bdRatePercent(ANCHOR, test)).isCloseTo(-10.0, within(1e-9));
    }

    @Test
    void aCurveHalfADecibelHigherEverywhereHasBdQualityOfHalfADecibel() {
        double[] psnr = {30.1, 33.0, 35.2, 37.9};
        double[] rates = {0.2, 0.5, 1.0, 2.0};
        double[] higher = psnr.clone();
        for (int i = 0; i < higher.length; i++) {
            higher[i] += 0.5;
        }
        assertThat(Bjontegaard.bdQuality(new Bjontegaard.Curve("a", rates, psnr), new Bjontegaard.Curve("b", rates, higher)))
                .isCloseTo(0.5, within(1e-12));
    }

    @Test
    void matchesScipyPchipOnTheX265ExampleAndAnAccuracyCurve() {
        // Values from tools/bd_rate_reference.py (SciPy 1.17 PchipInterpolator, the JCT-VC CTC interpolation).
        Bjontegaard.Curve x265Anchor = new Bjontegaard.Curve("anchor", new double[] {9487.76, 4593.60, 2486.44, 1358.24},
                new double[] {40.037, 38.615, 36.845, 34.851});
        Bjontegaard.Curve x265Test = new Bjontegaard.Curve("test", new double[] {9787.80, 4469.00, 2451.52, 1356.24},
                new double[] {40.121, 38.651, 36.970, 34.987});
        assertThat(Bjontegaard.bdRatePercent(x265Anchor, x265Test)).isCloseTo(-4.417485350589, within(1e-9));
        assertThat(Bjontegaard.bdQuality(x265Anchor, x265Test)).isCloseTo(0.119692785425, within(1e-10));
        Bjontegaard.Curve test = new Bjontegaard.Curve("avif", new double[] {0.1, 0.2, 0.45, 0.9, 1.6},
                new double[] {0.35, 0.55, 0.70, 0.77, 0.80});
        assertThat(Bjontegaard.bdRatePercent(ANCHOR, test)).isCloseTo(-41.485569328301, within(1e-9));
        assertThat(Bjontegaard.bdQuality(ANCHOR, test)).isCloseTo(0.088882070227, within(1e-10));
    }

    @Test
    void refusesCurvesThatDoNotOverlapOrAreNotMonotone() {
        Bjontegaard.Curve far = new Bjontegaard.Curve("webp", new double[] {3, 4, 5}, new double[] {0.9, 0.92, 0.95});
        assertThatThrownBy(() -> Bjontegaard.bdRatePercent(ANCHOR, far)).hasMessageContaining("do not overlap")
                .hasMessageContaining("jpeg").hasMessageContaining("webp");
        Bjontegaard.Curve bumpy = new Bjontegaard.Curve("jxl", new double[] {0.2, 0.4, 0.8}, new double[] {0.5, 0.48, 0.7});
        assertThatThrownBy(() -> Bjontegaard.bdRatePercent(ANCHOR, bumpy)).hasMessageContaining("jxl is not strictly monotone");
        assertThat(Bjontegaard.bdQuality(ANCHOR, bumpy)).isFinite();
        Bjontegaard.Curve tied = new Bjontegaard.Curve("jp2", new double[] {0.4, 0.4, 0.8}, new double[] {0.5, 0.6, 0.7});
        assertThatThrownBy(() -> Bjontegaard.bdQuality(ANCHOR, tied)).hasMessageContaining("jp2 is not strictly monotone");
        assertThatThrownBy(() -> new Bjontegaard.Curve("x", new double[] {0, 1}, new double[] {1, 2}))
                .hasMessageContaining("rates must be positive");
    }

    @Test
    void pchipKeepsMonotoneDataMonotoneAndIntegratesExactly() {
        Pchip p = Pchip.through(new double[] {0, 1, 2, 3}, new double[] {0, 1, 1, 3});
        for (double t = 0; t <= 3; t += 0.01) {
            assertThat(p.value(Math.min(t + 0.01, 3))).isGreaterThanOrEqualTo(p.value(t) - 1e-12);
        }
        Pchip line = Pchip.through(new double[] {0, 2}, new double[] {1, 5});
        assertThat(line.integral(0.5, 1.5)).isCloseTo(3.0, within(1e-12));
        assertThatThrownBy(() -> p.value(3.5)).hasMessageContaining("does not extrapolate");
    }

    @Test
    void theBootstrapIntervalResamplesImagesPairedAndHoldsTheEstimate() {
        // 200 images, three settings each; the test codec spends 20 % fewer bits for the same hits.
        int n = 200;
        double[][] rateA = new double[3][n];
        double[][] rateB = new double[3][n];
        double[][] hits = new double[3][n];
        double[] baseRate = {0.25, 0.5, 1.0};
        for (int p = 0; p < 3; p++) {
            for (int i = 0; i < n; i++) {
                rateA[p][i] = baseRate[p] * (0.8 + 0.4 * ((i * 37) % 100) / 100.0);
                rateB[p][i] = 0.8 * rateA[p][i];
                hits[p][i] = ((i * 13 + p * 71) % 100) < 40 + 20 * p ? 1 : 0;
            }
        }
        var anchor = new BjontegaardInterval.PerImage("jpeg", rateA, hits);
        var test = new BjontegaardInterval.PerImage("avif", rateB, hits);
        var interval = BjontegaardInterval.bdRatePercent(anchor, test, 0.95, 200, 7);
        assertThat(interval.estimate()).isCloseTo(-20.0, within(1e-9));
        assertThat(interval.low()).isCloseTo(-20.0, within(1e-9));
        assertThat(interval.high()).isCloseTo(-20.0, within(1e-9));
        assertThat(BjontegaardInterval.bdQuality(anchor, anchor, 0.95, 50, 7).estimate()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void noIntervalWhenResamplesBreakTheCurve() {
        // Two images whose hits make the mean curve monotone, but a resample of one image flat.
        double[][] rate = {{0.2, 0.2}, {0.5, 0.5}};
        double[][] hits = {{0, 0}, {1, 0}};
        var a = new BjontegaardInterval.PerImage("jpeg", rate, hits);
        assertThatThrownBy(() -> BjontegaardInterval.bdRatePercent(a, a, 0.95, 100, 1))
                .hasMessageContaining("undefined in").hasMessageContaining("of 100 bootstrap resamples");
    }

    @Test
    void theMonotoneFitPoolsDipsAndLeavesRisingCurvesAlone() {
        Bjontegaard.Curve dip = new Bjontegaard.Curve("webp", new double[] {0.2, 0.5, 1.0, 2.0},
                new double[] {0.50, 0.70, 0.81, 0.80});
        Bjontegaard.Curve pooled = dip.monotoneFit();
        // 0.81 and 0.80 pool to 0.805 at the geometric mean of 1 and 2 bpp.
        assertThat(pooled.bitsPerPixel()).containsExactly(new double[] {0.2, 0.5, Math.sqrt(2)}, within(1e-12));
        assertThat(pooled.quality()).containsExactly(new double[] {0.50, 0.70, 0.805}, within(1e-12));
        assertThat(ANCHOR.monotoneFit()).isSameAs(ANCHOR);
        assertThatThrownBy(() -> new Bjontegaard.Curve("flat", new double[] {1, 2}, new double[] {0.5, 0.4})
                .monotoneFit()).hasMessageContaining("at least two points");
    }

    @Test
    void bdRateOfMonotoneFitsIsDefinedWhereResamplesDip() {
        // Images hit (0,1,1), (0,0,1) and (0,1,0): resamples with flat or falling steps, pooled instead of refused.
        double[][] rate = {{0.2, 0.2, 0.2}, {0.5, 0.5, 0.5}, {1.0, 1.0, 1.0}};
        double[][] hits = {{0, 0, 0}, {1, 0, 1}, {1, 1, 0}};
        var a = new BjontegaardInterval.PerImage("jpeg", rate, hits);
        assertThatThrownBy(() -> BjontegaardInterval.bdRatePercent(a, a, 0.95, 100, 1)).hasMessageContaining("not strictly");
        var interval = BjontegaardInterval.bdRatePercentOfMonotoneFits(a, a, 0.95, 100, 1);
        assertThat(interval.estimate()).isCloseTo(0.0, within(1e-9));
        assertThat(interval.low()).isCloseTo(0.0, within(1e-9));
    }
}
