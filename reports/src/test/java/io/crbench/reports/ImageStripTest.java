package io.crbench.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.image.Image8;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageStripTest {

    private static final Image8 TINY_RGB = Image8.generate(32, 32, 3, (x, y, c) -> c == 0 ? x * 8 : y * 8);
    private static final Image8 TINY_GRAY = Image8.generate(32, 32, 1, (x, y, c) -> 100);

    @Test
    void tinyImagesAreEnlargedToTheMinimumHeightByAnIntegerFactor() {
        assertThat(ImageStrip.commonHeight(List.of(TINY_RGB))).isEqualTo(256);
        assertThat(ImageStrip.commonHeight(List.of(Image8.generate(10, 100, 1, (x, y, c) -> 0)))).isEqualTo(300);
        assertThat(ImageStrip.commonHeight(List.of(Image8.generate(10, 300, 1, (x, y, c) -> 0)))).isEqualTo(300);
        assertThat(ImageStrip.commonHeight(List.of(Image8.generate(10, 900, 1, (x, y, c) -> 0)))).isEqualTo(512);
    }

    @Test
    void threeTinyImagesMakeAStripOfThreeEnlargedPanels() throws IOException {
        byte[] png = ImageStrip.create()
                .add(TINY_RGB, "original")
                .add(TINY_GRAY, "JPEG q=10, PSNR 27.1 dB")
                .add(TINY_RGB, "restored\nPSNR 28.4 dB")
                .render();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        // 12 px padding around and between three 256 px panels; captions are narrower than panels.
        assertThat(image.getWidth()).isEqualTo(12 + 3 * (256 + 12));
        assertThat(image.getHeight()).isGreaterThan(12 + 256 + 2 * 14);
    }

    @Test
    void grayImagesKeepTheirSampleValues() throws IOException {
        byte[] png = ImageStrip.create().add(TINY_GRAY, "").render();

        int rgb = ImageIO.read(new ByteArrayInputStream(png)).getRGB(12 + 128, 12 + 128);
        assertThat(rgb & 0xffffff).isEqualTo(100 << 16 | 100 << 8 | 100);
    }

    @Test
    void emptyStripIsRejected() {
        assertThatThrownBy(() -> ImageStrip.create().render()).isInstanceOf(IllegalStateException.class);
    }
}
