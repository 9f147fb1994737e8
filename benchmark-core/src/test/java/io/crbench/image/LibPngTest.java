package io.crbench.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link LibPng} decodes the PNGs it takes to ImageIO's pixels, declines the ones whose pixels the
 * two libraries could disagree on, and gives damaged files back to ImageIO; {@link ImageFiles} gives
 * ImageIO's result for every kind either way.
 */
class LibPngTest {

    @BeforeEach
    void libpngIsInstalled() {
        assertThat(LibPng.available()).as("libpng16 (Debian: libpng16-16, installed by scripts/setup.sh)").isTrue();
    }

    @Test
    void plainRgbAndGrayDecodeToImageIosPixels() throws IOException {
        for (int[] size : new int[][] {{32, 32}, {67, 45}, {1, 1}, {5, 300}}) {
            for (int type : new int[] {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_BYTE_GRAY}) {
                byte[] png = png(texture(size[0], size[1], type));
                assertThat(LibPng.takes(png)).isTrue();
                assertThat(LibPng.decode(png)).as("%dx%d type %d", size[0], size[1], type).isEqualTo(imageIo(png));
            }
        }
    }

    @Test
    void declinesWhatImageIoAndLibpngMightDecodeDifferently() throws IOException {
        byte[] rgb = png(texture(20, 10, BufferedImage.TYPE_3BYTE_BGR));
        // crbench refuses alpha and 16-bit samples whichever library reads them.
        assertThat(LibPng.takes(png(texture(20, 10, BufferedImage.TYPE_4BYTE_ABGR)))).isFalse();
        assertThat(LibPng.takes(png(texture(20, 10, BufferedImage.TYPE_USHORT_GRAY)))).isFalse();
        byte[][] declined = {
            png(texture(20, 10, BufferedImage.TYPE_BYTE_INDEXED)),
            withChunkAfterHeader(rgb, "gAMA", ByteBuffer.allocate(4).putInt(100000).array()),
            withChunkAfterHeader(rgb, "iCCP", new byte[] {'x', 0, 0, 1, 2}),
        };
        for (byte[] png : declined) {
            assertThat(LibPng.takes(png)).isFalse();
            assertThat(ImageFiles.decode(png, "declined.png")).isEqualTo(imageIo(png));
        }
        byte[] withText = withChunkAfterHeader(rgb, "tEXt", "Comment\0crbench".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(LibPng.takes(withText)).isTrue();
        assertThat(LibPng.decode(withText)).isEqualTo(imageIo(rgb));
    }

    @Test
    void damagedFilesGoBackToImageIo() throws IOException {
        byte[] png = png(texture(32, 32, BufferedImage.TYPE_3BYTE_BGR));
        byte[] flipped = png.clone();
        flipped[png.length - 20] ^= 0x40;
        assertThat(LibPng.decode(flipped)).as("a CRC error").isNull();
        assertThat(LibPng.decode(Arrays.copyOf(png, png.length / 2))).as("a truncated file").isNull();
        assertThat(LibPng.takes(Arrays.copyOf(png, 20))).isFalse();
    }

    private static BufferedImage texture(int width, int height, int type) {
        BufferedImage img = new BufferedImage(width, height, type);
        SplittableRandom random = new SplittableRandom(width * 31L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // Smooth ramps plus noise, so the writer picks different row filters.
                int r = (x * 7 + random.nextInt(16)) & 0xff;
                int g = (y * 5 + (x & y) + random.nextInt(8)) & 0xff;
                int b = (x * y + random.nextInt(64)) & 0xff;
                img.setRGB(x, y, 0x80000000 | (r << 16) | (g << 8) | b);
            }
        }
        return img;
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, "png", out)).isTrue();
        return out.toByteArray();
    }

    private static Image8 imageIo(byte[] png) throws IOException {
        return Image8.fromBufferedImage(ImageIO.read(new ByteArrayInputStream(png)));
    }

    /** {@code png} with a chunk (valid CRC) inserted right after IHDR. */
    private static byte[] withChunkAfterHeader(byte[] png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue());
        int afterHeader = 33;
        byte[] out = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, out, 0, afterHeader);
        System.arraycopy(chunk.array(), 0, out, afterHeader, chunk.capacity());
        System.arraycopy(png, afterHeader, out, afterHeader + chunk.capacity(), png.length - afterHeader);
        return out;
    }
}
