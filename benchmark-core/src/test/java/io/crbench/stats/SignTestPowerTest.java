package io.crbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SignTestPowerTest {
    @Test
    void theCriticalCountIsWhereMcNemarsExactTestStartsToReject() {
        for (int m = 1; m <= 60; m++) {
            int k = SignTestPower.criticalCount(m, 0.05);
            for (int a = 0; a <= m; a++) {
                boolean[] methodRight = new boolean[m];
                boolean[] baselineRight = new boolean[m];
                for (int i = 0; i < m; i++) {
                    methodRight[i] = i < a;
                    baselineRight[i] = i >= a;
                }
                boolean rejects = McNemarExact.test(methodRight, baselineRight).pValue() < 0.05;
                assertThat(rejects).as("m = %d, favouring = %d, critical = %d", m, a, k).isEqualTo(a >= k || m - a >= k);
            }
        }
        assertThat(SignTestPower.criticalCount(10, 0.05)).isEqualTo(9);
        assertThat(SignTestPower.criticalCount(5, 0.05)).as("no count of 5 rejects").isEqualTo(6);
    }

    @Test
    void powerIsTheBinomialTailBeyondTheCriticalCount() {
        assertThat(SignTestPower.power(10, 0.5, 0.05)).isCloseTo(11.0 / 1024, within(1e-12));
        assertThat(SignTestPower.power(10, 1, 0.05)).isEqualTo(1.0);
        assertThat(SignTestPower.power(5, 1, 0.05)).isZero();
        assertThat(SignTestPower.power(200, 0.7, 0.05)).isGreaterThan(SignTestPower.power(200, 0.6, 0.05));
    }

    @Test
    void theSmallestDecidableShareReachesThePowerAndNoLessDoes() {
        double share = SignTestPower.smallestDecidableShare(150, 0.0125, 0.8).orElseThrow();
        assertThat(SignTestPower.power(150, share, 0.0125)).isGreaterThanOrEqualTo(0.8);
        assertThat(SignTestPower.power(150, share - 1e-6, 0.0125)).isLessThan(0.8);
        assertThat(share).isBetween(0.6, 0.7);
        assertThat(SignTestPower.smallestDecidableShare(5, 0.05, 0.8)).isEmpty();
    }

    @Test
    void badSettingsAreRefusedNamingThem() {
        assertThatThrownBy(() -> SignTestPower.criticalCount(-1, 0.05)).hasMessageContaining("-1");
        assertThatThrownBy(() -> SignTestPower.criticalCount(10, 0)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> SignTestPower.power(10, 1.5, 0.05)).hasMessageContaining("1.5");
        assertThatThrownBy(() -> SignTestPower.smallestDecidableShare(10, 0.05, 1)).hasMessageContaining("power");
    }
}
