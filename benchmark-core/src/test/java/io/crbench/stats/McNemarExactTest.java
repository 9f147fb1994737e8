package io.crbench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class McNemarExactTest {
    @Test
    void zeroAgainstFiveDiscordantPairs() {
        // B alone right on 5 samples, A alone on none: p = 2 · 0.5^5 = 0.0625.
        boolean[] a = {true, true, false, false, false, false, false, false};
        boolean[] b = {true, true, true, true, true, true, true, false};

        McNemarResult result = McNemarExact.test(a, b);

        assertThat(result.aOnly()).isZero();
        assertThat(result.bOnly()).isEqualTo(5);
        assertThat(result.pValue()).isCloseTo(0.0625, within(1e-12));
    }

    @Test
    void twoAgainstEightDiscordantPairs() {
        // p = 2 · P[X ≤ 2], X ~ Bin(10, 1/2) = 2 · (1 + 10 + 45) / 1024 = 0.109375
        boolean[] a = new boolean[12];
        boolean[] b = new boolean[12];
        for (int i = 0; i < 2; i++) {
            a[i] = true;
        }
        for (int i = 2; i < 10; i++) {
            b[i] = true;
        }
        a[11] = true;
        b[11] = true;

        McNemarResult result = McNemarExact.test(a, b);

        assertThat(result).isEqualTo(new McNemarResult(2, 8, result.pValue()));
        assertThat(result.pValue()).isCloseTo(0.109375, within(1e-12));
    }

    @Test
    void balancedOrNoDiscordantPairsGivePOne() {
        assertThat(McNemarExact.test(new boolean[] {true, false}, new boolean[] {true, false}))
                .isEqualTo(new McNemarResult(0, 0, 1.0));
        assertThat(McNemarExact.test(new boolean[] {true, false}, new boolean[] {false, true}).pValue())
                .isEqualTo(1.0);
    }

    @Test
    void rejectsUnpairedOrEmptyInput() {
        assertThatThrownBy(() -> McNemarExact.test(new boolean[2], new boolean[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 vs 3");
        assertThatThrownBy(() -> McNemarExact.test(new boolean[0], new boolean[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no paired outcomes");
    }
}
