package io.crbench.numerics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ReferenceConvolution}: a hand-computed value, and exact gradients that agree with finite differences. */
class ReferenceConvolutionTest {
    @Test
    void convolvesAHandComputedExample() {
        // 1×1×3×3 input 1..9, one 2×2 kernel of ones, no padding: sums of each 2×2 window, plus bias 0.5.
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] out = new ReferenceConvolution(1, 0, 1, 1).convolve(x, new int[] {1, 1, 3, 3}, new double[] {1, 1, 1, 1},
                new int[] {1, 1, 2, 2}, new double[] {0.5}, null, null, null, null);

        assertThat(out).containsExactly(12.5, 16.5, 24.5, 28.5);
    }

    @Test
    void exactGradientsEqualCentralDifferencesForStridedDilatedGroupedConvolution() {
        int[] xs = {2, 4, 7, 7};
        int[] ws = {6, 2, 3, 3};
        ReferenceConvolution conv = new ReferenceConvolution(2, 2, 2, 2);
        ReferenceOp exact = ReferenceOps.convolution(conv, xs, ws);
        ReferenceOp differenced = exact::forward;
        Random random = new Random(3);
        double[][] in = {KnownAnswerCase.uniform(random, 2 * 4 * 7 * 7), KnownAnswerCase.uniform(random, 6 * 2 * 9),
            KnownAnswerCase.uniform(random, 6)};
        double[] r = KnownAnswerCase.uniform(random, exact.forward(in).length);

        double[][] a = exact.gradients(in, r);
        double[][] b = differenced.gradients(in, r);

        for (int k = 0; k < a.length; k++) {
            for (int i = 0; i < a[k].length; i++) {
                assertThat(a[k][i]).isCloseTo(b[k][i], within(1e-7));
            }
        }
    }
}
