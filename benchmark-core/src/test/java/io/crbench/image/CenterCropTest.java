package io.crbench.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CenterCropTest {

    @ParameterizedTest(name = "offset of {1} in {0} is {2}")
    @CsvSource({
        "256, 224, 16",
        "257, 224, 16", // 16.5 rounds to even
        "259, 224, 18", // 17.5 rounds to even
        "385, 224, 80", // 80.5
        "387, 224, 82", // 81.5
        "341, 224, 58", // 58.5
        "224, 224, 0",
        "225, 224, 0", // 0.5
    })
    void offsetRoundsHalfToEvenLikePython(int size, int crop, int offset) {
        assertThat(CenterCrop.offset(size, crop)).isEqualTo(offset);
    }

    @Test
    void cropsTheCentredWindow() {
        Image8 img = ResizeTestPattern.of(37, 29, 3);
        // (37 - 10) / 2 = 13.5 -> 14, (29 - 8) / 2 = 10.5 -> 10
        assertThat(CenterCrop.apply(img, 10, 8)).isEqualTo(img.crop(14, 10, 10, 8));
        assertThat(CenterCrop.apply(img, 37, 29)).isEqualTo(img);
    }

    @Test
    void rejectsCropsLargerThanTheImage() {
        Image8 img = ResizeTestPattern.of(37, 29, 1);
        assertThatThrownBy(() -> CenterCrop.apply(img, 38, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("centre crop 38x10 is larger than the 37x29 image");
        assertThatThrownBy(() -> CenterCrop.apply(img, 0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("crop size must be positive, got 0x10");
    }
}
