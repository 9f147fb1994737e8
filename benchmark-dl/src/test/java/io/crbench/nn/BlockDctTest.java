package io.crbench.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** {@link BlockDct}: JPEG's orthonormal 8×8 DCT-II. */
class BlockDctTest {
    @Test
    void aConstantBlockHasOnlyDcEqualToEightTimesItsValue() {
        double[] block = new double[64];
        java.util.Arrays.fill(block, 0.25);

        double[] c = BlockDct.transform(block);

        assertThat(c[0]).isCloseTo(2.0, within(1e-12));
        for (int k = 1; k < 64; k++) {
            assertThat(c[k]).as("coefficient %d", k).isCloseTo(0, within(1e-12));
        }
    }

    @Test
    void theBasisIsOrthonormal() {
        for (int a = 0; a < 64; a++) {
            for (int b = 0; b < 64; b++) {
                double dot = 0;
                for (int p = 0; p < 64; p++) {
                    dot += BlockDct.basis(a, p / 8, p % 8) * BlockDct.basis(b, p / 8, p % 8);
                }
                assertThat(dot).as("<%d,%d>", a, b).isCloseTo(a == b ? 1 : 0, within(1e-12));
            }
        }
    }

    @Test
    void coefficientOneIsTheLowestHorizontalFrequency() {
        double[] ramp = new double[64];
        for (int p = 0; p < 64; p++) {
            ramp[p] = p % 8;
        }

        double[] c = BlockDct.transform(ramp);

        assertThat(c[1]).isLessThan(-1);
        assertThat(c[8]).isCloseTo(0, within(1e-12));
    }
}
