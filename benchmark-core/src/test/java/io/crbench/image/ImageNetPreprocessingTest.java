package io.crbench.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageNetPreprocessingTest {

    @Test
    void givesA224RgbSquare() {
        assertThat(ImageNetPreprocessing.apply(ResizeTestPattern.of(500, 375, 3)).describe()).isEqualTo("224x224x3");
        assertThat(ImageNetPreprocessing.apply(ResizeTestPattern.of(120, 90, 3)).describe()).isEqualTo("224x224x3");
    }

    @Test
    void grayBecomesThreeEqualChannels() {
        Image8 gray = ResizeTestPattern.of(300, 201, 1);
        Image8 out = ImageNetPreprocessing.apply(gray);
        assertThat(out.channels()).isEqualTo(3);
        assertThat(out).isEqualTo(ImageNetPreprocessing.apply(gray.toRgb()));
    }
}
