package io.crbench.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShorterSideResizeTest {

    @ParameterizedTest(name = "{0}x{1} -> {2}x{3}")
    @CsvSource({
        "500, 375, 341, 256", // 341.33 truncated
        "375, 500, 256, 341",
        "300, 201, 382, 256", // 382.09
        "301, 200, 385, 256", // 385.28
        "200, 299, 256, 382", // 382.72 truncated, not rounded
        "256, 300, 256, 300", // already 256: unchanged
        "300, 300, 256, 256",
    })
    void sizesFollowTorchvision(int w, int h, int newW, int newH) {
        Image8 out = ShorterSideResize.apply(ResizeTestPattern.of(w, h, 1), 256);
        assertThat(out.width()).isEqualTo(newW);
        assertThat(out.height()).isEqualTo(newH);
    }

    @Test
    void longerSideTruncatesTheExactQuotient() {
        assertThat(ShorterSideResize.longerSide(256, 3, 4)).isEqualTo(341);
        assertThat(ShorterSideResize.longerSide(256, 256, 1000)).isEqualTo(1000);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> ShorterSideResize.longerSide(0, 3, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shorter-side size must be positive, got 0");
        assertThatThrownBy(() -> ShorterSideResize.longerSide(256, 4, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("need 0 < shortSide <= longSide, got 4 and 3");
    }
}
