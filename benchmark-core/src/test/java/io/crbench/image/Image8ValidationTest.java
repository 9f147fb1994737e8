package io.crbench.image;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Images that crbench cannot represent faithfully are refused with the reason, not half-read. */
class Image8ValidationTest {
    private static byte[] encode(BufferedImage img, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @Test
    void anEmptyImageIsRefusedAtCreation() {
        assertThatThrownBy(() -> Image8.generate(0, 0, 3, (x, y, c) -> 0)).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> Image8.generate(4, 4, 2, (x, y, c) -> 0)).hasMessageContaining("channels must be 1");
    }

    @Test
    void sixteenBitSamplesAreRefusedNotClipped() throws Exception {
        byte[] png = encode(new BufferedImage(8, 8, BufferedImage.TYPE_USHORT_GRAY), "png");
        assertThatThrownBy(() -> ImageFiles.decode(png, "deep.png")).isInstanceOf(ImageDecodeException.class)
                .hasMessageContaining("deep.png").hasMessageContaining("16-bit samples are not supported");
    }

    @Test
    void aTruncatedFileSaysWhatIsWrong() throws Exception {
        byte[] bmp = encode(new BufferedImage(32, 32, BufferedImage.TYPE_3BYTE_BGR), "bmp");
        byte[] truncated = Arrays.copyOf(bmp, bmp.length / 2);
        assertThatThrownBy(() -> ImageFiles.decode(truncated, "cut.bmp")).isInstanceOf(ImageDecodeException.class)
                .hasMessageContaining("cut.bmp").hasMessageNotContaining(": null");
    }
}
