package io.crbench.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.codec.JpegCodec;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A JPEG with an embedded (non-sRGB) ICC profile decodes to its stored samples, as PIL does,
 * not to ImageIO's colour-converted sRGB. 92 of the 1,000 ImageNet sample images carry such a
 * profile.
 */
class ImageFilesIccTest {

    @Test
    void embeddedProfileIsIgnoredLikePil() throws Exception {
        Image8 flat = Image8.generate(32, 16, 3, (x, y, c) -> 60 + 30 * c);
        byte[] plain = JpegCodec.pil(95).encode(flat);
        byte[] tagged = withIccProfile(plain, ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData());

        assertThat(ImageFiles.decode(tagged, "icc.jpg")).isEqualTo(ImageFiles.decode(plain, "plain.jpg"));
        int convertedRed = ImageIO.read(new ByteArrayInputStream(tagged)).getRGB(5, 5) >> 16 & 0xff;
        assertThat(convertedRed).as("ImageIO's default decode converts linear RGB to sRGB").isGreaterThan(100);
    }

    /** Inserts an APP2 ICC_PROFILE segment (single chunk) right after SOI and APP0. */
    private static byte[] withIccProfile(byte[] jpeg, byte[] profile) {
        int app0End = 2 + 2 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
        byte[] tag = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + tag.length + 2 + profile.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, app0End);
        out.write(0xff);
        out.write(0xe2);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes(tag);
        out.write(1);
        out.write(1);
        out.writeBytes(profile);
        out.write(jpeg, app0End, jpeg.length - app0End);
        return out.toByteArray();
    }
}
