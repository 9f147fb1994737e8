package io.crbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.degradation.JpegCompression;
import io.crbench.degradation.Restored;
import io.crbench.image.Image8;
import io.crbench.restore.PassThroughRestorer;
import io.crbench.restore.Restorer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DegradationSampleTest {
    /** Flat grey except a checkerboard in the bottom-right quarter. */
    private static final Image8 IMAGE = Image8.generate(192, 128, 3,
            (x, y, c) -> x >= 96 && y >= 64 ? ((x / 3 + y / 3) % 2) * 200 + 20 : 128);

    private static final Restorer IDENTITY = new PassThroughRestorer("identity-restorer");

    @Test
    void theMagnifiedSquareIsCutFromTheMostTexturedRegion() {
        int[] at = DegradationSample.mostTextured(IMAGE, DegradationSample.CROP);
        assertThat(at[0]).isGreaterThanOrEqualTo(96);
        assertThat(at[1]).isGreaterThanOrEqualTo(64);
    }

    @Test
    void aRestorerCaseShowsThreePanelsAndTheirMagnifiedCrops() throws IOException {
        byte[] triptych = DegradationSample.render(IMAGE, new Restored(JpegCompression.at(10), IDENTITY));
        byte[] pair = DegradationSample.render(IMAGE, JpegCompression.at(10));

        BufferedImage three = ImageIO.read(new ByteArrayInputStream(triptych));
        BufferedImage two = ImageIO.read(new ByteArrayInputStream(pair));
        // Three 192-wide panels at 256 px high (384 px wide) against two; a second row of crops below.
        assertThat(three.getWidth()).isGreaterThan(3 * 384).isGreaterThan(two.getWidth());
        assertThat(three.getHeight()).isGreaterThan(2 * ImageStrip.MIN_HEIGHT);
    }

    @Test
    void imagesNoLargerThanTheSquareAreNotCropped() throws IOException {
        Image8 tiny = Image8.generate(32, 32, 3, (x, y, c) -> (x * 7 + y) % 256);
        BufferedImage strip = ImageIO.read(new ByteArrayInputStream(
                DegradationSample.render(tiny, JpegCompression.at(10))));
        assertThat(strip.getHeight()).isLessThan(2 * ImageStrip.MIN_HEIGHT);
    }
}
