package io.crbench.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crbench.image.Image8;
import org.junit.jupiter.api.Test;

class PsnrBTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void blockingEffectFactorOfOneVerticalEdgeOnTheBlockGrid() {
        // 16x16, left block column 0 and right 10: 16 boundary pairs differ by 10 at column 7;
        // boundary pairs = 16·(16/8 − 1) twice = 32, interior pairs all equal,
        // so BEF = log2(8)/log2(16) · (16·100 / 32) = 0.75 · 50 = 37.5.
        Image8 blocky = Image8.generate(16, 16, 1, (x, y, c) -> x < 8 ? 0 : 10);

        assertThat(PsnrB.blockingEffectFactor(blocky.plane(0), 16, 16)).isCloseTo(37.5, within(1e-12));
        assertThat(PsnrB.psnrB(blocky, blocky, MetricChannel.Y, 0))
                .isCloseTo(10 * Math.log10(65025 / 37.5), within(TOLERANCE));
    }

    @Test
    void edgeOffTheBlockGridIsNotPenalised() {
        Image8 edge = Image8.generate(16, 16, 1, (x, y, c) -> x < 5 ? 0 : 10);

        assertThat(PsnrB.blockingEffectFactor(edge.plane(0), 16, 16)).isZero();
    }

    @Test
    void equalsPsnrWhenTheTestImageHasNoBlocking() {
        Image8 ref = Image8.generate(32, 24, 3, (x, y, c) -> x < 8 ? 0 : 100);
        Image8 smooth = TestImages.constant(32, 24, 3, 60);

        assertThat(PsnrB.psnrB(ref, smooth, MetricChannel.RGB, 0))
                .isCloseTo(Psnr.psnr(ref, smooth, MetricChannel.RGB, 0), within(TOLERANCE));
        assertThat(PsnrB.psnrB(smooth, smooth, MetricChannel.Y, 0)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void penalisesBlockingOfTheTestImageNotTheReference() {
        Image8 blocky = Image8.generate(32, 24, 3, (x, y, c) -> x < 8 ? 0 : 100);
        Image8 smooth = TestImages.constant(32, 24, 3, 60);

        assertThat(PsnrB.psnrB(smooth, blocky, MetricChannel.RGB, 0))
                .isLessThan(PsnrB.psnrB(blocky, smooth, MetricChannel.RGB, 0));
    }

    @Test
    void matchesNumPyPortOfBasicSrFamilyCode() {
        Image8 ref = TestImages.textured(40, 29);
        Image8 test = TestImages.distorted(40, 29);

        assertThat(PsnrB.psnrB(ref, test, MetricChannel.RGB, 0)).isCloseTo(19.70583639783285, within(TOLERANCE));
        assertThat(PsnrB.psnrB(ref, test, MetricChannel.Y, 0)).isCloseTo(28.100709116320623, within(TOLERANCE));
        assertThat(PsnrB.psnrB(ref, test, MetricChannel.RGB, 4)).isCloseTo(13.251692227595392, within(TOLERANCE));
        assertThat(PsnrB.psnrB(ref, test, MetricChannel.Y, 4)).isCloseTo(15.450077580545438, within(TOLERANCE));
        Image8 ref48 = TestImages.textured(48, 32);
        Image8 test48 = TestImages.distorted(48, 32);
        assertThat(PsnrB.psnrB(ref48, test48, MetricChannel.RGB, 0)).isCloseTo(29.123184324324342, within(TOLERANCE));
        assertThat(PsnrB.psnrB(ref48, test48, MetricChannel.Y, 4)).isCloseTo(19.5052515137531, within(TOLERANCE));
    }

    @Test
    void rejectsImagesWithoutABlockBoundary() {
        Image8 small = TestImages.constant(15, 15, 1, 0);
        Image8 thin = TestImages.constant(7, 40, 1, 0);

        assertThatThrownBy(() -> PsnrB.psnrB(small, small, MetricChannel.Y, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("15x15");
        assertThatThrownBy(() -> PsnrB.psnrB(thin, thin, MetricChannel.Y, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7x40");
    }
}
