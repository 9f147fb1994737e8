package io.crbench.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PilResizeTest {

    @Test
    void sameSizeIsTheSameImage() {
        Image8 img = ResizeTestPattern.of(37, 29, 3);
        assertThat(PilResize.bilinear(img, 37, 29)).isEqualTo(img);
    }

    @Test
    void horizontalThenVerticalPassIsTheResize() {
        Image8 img = ResizeTestPattern.of(37, 29, 3);
        Image8 twoPass = PilResize.verticalPass(PilResize.horizontalPass(img, 17), 13);
        assertThat(PilResize.bilinear(img, 17, 13)).isEqualTo(twoPass);
    }

    @Test
    void passOrderMatters() {
        // Each pass rounds to 8 bits, so the other order is not Pillow's resize.
        Image8 img = ResizeTestPattern.of(37, 29, 3);
        Image8 verticalFirst = PilResize.horizontalPass(PilResize.verticalPass(img, 13), 17);
        assertThat(PilResize.bilinear(img, 17, 13)).isNotEqualTo(verticalFirst);
    }

    @Test
    void aFlatImageStaysFlat() {
        Image8 flat = Image8.generate(31, 23, 3, (x, y, c) -> 40 + 100 * c);
        assertThat(PilResize.bilinear(flat, 13, 57))
                .isEqualTo(Image8.generate(13, 57, 3, (x, y, c) -> 40 + 100 * c));
    }

    @Test
    void grayThenRgbEqualsRgbThenResize() {
        Image8 gray = ResizeTestPattern.of(37, 29, 1);
        assertThat(PilResize.bilinear(gray, 23, 41).toRgb()).isEqualTo(PilResize.bilinear(gray.toRgb(), 23, 41));
    }

    @Test
    void rejectsNonPositiveSizes() {
        Image8 img = ResizeTestPattern.of(37, 29, 1);
        assertThatThrownBy(() -> PilResize.bilinear(img, 0, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resize target must be positive, got 0x5");
        assertThatThrownBy(() -> PilResize.verticalPass(img, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resize target must be positive, got 37x-1");
    }
}
