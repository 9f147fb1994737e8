package io.crbench.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link ConvKernel}: merged kernels compute what the chained or parallel convolutions compute. */
class ConvKernelTest {
    private static final int H = 7;
    private static final int W = 6;
    private final SplittableRandom rng = new SplittableRandom(4);

    @Test
    void oneByOneThenThreeByThreeIsOneThreeByThree() {
        ConvKernel first = ConvKernel.withoutBias(5, 3, 1, random(5 * 3));
        ConvKernel second = new ConvKernel(4, 5, 3, random(4 * 5 * 9), random(4));
        float[] x = random(3 * H * W);

        assertClose(convolve(first.then(second), x, 3), convolve(second, convolve(first, x, 3), 5));
        assertThat(first.then(second).size()).isEqualTo(3);
    }

    @Test
    void threeByThreeThenOneByOneIsOneThreeByThreeBiasesIncluded() {
        ConvKernel first = new ConvKernel(5, 3, 3, random(5 * 3 * 9), random(5));
        ConvKernel second = new ConvKernel(4, 5, 1, random(4 * 5), random(4));
        float[] x = random(3 * H * W);

        assertClose(convolve(first.then(second), x, 3), convolve(second, convolve(first, x, 3), 5));
    }

    @Test
    void parallelKernelsSumIntoOneAndOneByOneIsCentred() {
        ConvKernel three = new ConvKernel(4, 3, 3, random(4 * 3 * 9), random(4));
        ConvKernel one = new ConvKernel(4, 3, 1, random(4 * 3), random(4));
        float[] x = random(3 * H * W);
        float[] a = convolve(three, x, 3);
        float[] b = convolve(one, x, 3);
        float[] sum = new float[a.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = a[i] + b[i];
        }

        assertClose(convolve(three.plus(one), x, 3), sum);
        assertClose(convolve(one.padTo(3), x, 3), b);
        assertThat(one.padTo(3).at(2, 1, 1, 1)).isEqualTo(one.at(2, 1, 0, 0));
        assertThat(one.padTo(3).at(2, 1, 0, 1)).isZero();
    }

    @Test
    void aBiasBeforeAPaddedConvolutionIsRefusedBecauseTheBordersWouldDiffer() {
        ConvKernel first = new ConvKernel(5, 3, 1, random(15), random(5));
        ConvKernel second = new ConvKernel(4, 5, 3, random(4 * 5 * 9), random(4));

        assertThatThrownBy(() -> first.then(second)).hasMessageContaining("drop the bias");
        assertThatThrownBy(() -> second.then(new ConvKernel(2, 3, 3, random(54), random(2))))
                .hasMessageContaining("4 outputs into one with 3 inputs");
        ConvKernel threeToFive = new ConvKernel(5, 3, 3, random(5 * 3 * 9), random(5));
        assertThatThrownBy(() -> threeToFive.then(second)).hasMessageContaining("only chains with a 1x1");
    }

    @Test
    void countsParametersAndMultiplyAccumulates() {
        ConvKernel k = new ConvKernel(4, 3, 3, random(108), random(4));

        assertThat(k.parameterCount()).isEqualTo(112);
        assertThat(k.macsPerPixel()).isEqualTo(108);
        assertThatThrownBy(() -> new ConvKernel(4, 3, 2, random(48), random(4))).hasMessageContaining("odd side");
    }

    private float[] random(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (rng.nextDouble() * 2 - 1);
        }
        return v;
    }

    /** Stride-1 convolution with zero padding (k − 1) / 2 on a CHW input, in double precision. */
    private static float[] convolve(ConvKernel k, float[] x, int channels) {
        int pad = k.size() / 2;
        float[] out = new float[k.outChannels() * H * W];
        for (int o = 0; o < k.outChannels(); o++) {
            for (int y = 0; y < H; y++) {
                for (int xx = 0; xx < W; xx++) {
                    double sum = k.bias()[o];
                    for (int c = 0; c < channels; c++) {
                        for (int dy = 0; dy < k.size(); dy++) {
                            for (int dx = 0; dx < k.size(); dx++) {
                                int sy = y + dy - pad;
                                int sx = xx + dx - pad;
                                if (sy >= 0 && sy < H && sx >= 0 && sx < W) {
                                    sum += k.at(o, c, dy, dx) * x[(c * H + sy) * W + sx];
                                }
                            }
                        }
                    }
                    out[(o * H + y) * W + xx] = (float) sum;
                }
            }
        }
        return out;
    }

    private static void assertClose(float[] actual, float[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.length; i++) {
            assertThat(actual[i]).as("value %d", i).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-4f));
        }
    }
}
