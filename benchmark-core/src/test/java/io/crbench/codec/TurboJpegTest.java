package io.crbench.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.image.Image8;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link TurboJpeg} decodes every stream to the pixels ImageIO's reader gives (which are PIL's), and
 * is what {@link JpegCodec} uses where it is installed. The machine is required to have it
 * ({@code scripts/setup.sh} installs it) unless {@code -Dcrbench.jpeg=imageio} says to do without.
 */
class TurboJpegTest {

    /** Fails where libturbojpeg is missing, unless the run chose ImageIO explicitly. */
    static void requireTurboJpegUnlessImageIoChosen() {
        if (!"imageio".equals(System.getProperty(JpegCodec.LIBRARY_PROPERTY))) {
            assertThat(TurboJpeg.unavailableReason()).as("libturbojpeg (Debian: libturbojpeg0; or run with -D"
                    + JpegCodec.LIBRARY_PROPERTY + "=imageio)").isNull();
        }
    }

    @Test
    void decodesToImageIosPixelsAtEveryQualityAndSampling() {
        requireTurboJpegUnlessImageIoChosen();
        Image8 rgb = PilTestPattern.of(3);
        List<Image8> inputs = List.of(rgb, rgb.crop(0, 0, 16, 8), rgb.crop(3, 1, 33, 27), PilTestPattern.of(1));
        for (ChromaSubsampling subsampling : ChromaSubsampling.values()) {
            for (int q = 1; q <= 100; q++) {
                JpegCodec codec = new JpegCodec(q, subsampling);
                for (Image8 input : inputs) {
                    byte[] stream = codec.encodeWithImageIo(input);
                    assertThat(TurboJpeg.decode(stream, "test"))
                            .as("%s of a %s image", codec.id(), input.describe())
                            .isEqualTo(codec.decodeWithImageIo(stream, "test"));
                }
            }
        }
    }

    @Test
    void jpegCodecUsesItWhereInstalled() {
        requireTurboJpegUnlessImageIoChosen();
        assertThat(JpegCodec.library()).isEqualTo(
                "imageio".equals(System.getProperty(JpegCodec.LIBRARY_PROPERTY))
                        ? "ImageIO (-Dcrbench.jpeg=imageio)" : "libjpeg-turbo (TurboJPEG)");
    }

    @Test
    void threadsShareNothing() {
        requireTurboJpegUnlessImageIoChosen();
        Image8 rgb = PilTestPattern.of(3);
        List<Image8> images = List.of(rgb, rgb.crop(0, 0, 16, 8), PilTestPattern.of(1));
        List<byte[]> sequential = images.stream().map(i -> TurboJpeg.encode(i, 30, ChromaSubsampling.S420)).toList();
        IntStream.range(0, 96).parallel().forEach(i -> {
            byte[] stream = TurboJpeg.encode(images.get(i % 3), 30, ChromaSubsampling.S420);
            assertThat(stream).isEqualTo(sequential.get(i % 3));
            assertThat(TurboJpeg.decode(stream, "test")).isEqualTo(TurboJpeg.decode(sequential.get(i % 3), "test"));
        });
    }

    @Test
    void corruptStreamsAreClearErrorsNamingTheSource() {
        requireTurboJpegUnlessImageIoChosen();
        byte[] full = TurboJpeg.encode(PilTestPattern.of(3), 50, ChromaSubsampling.S420);
        assertThatThrownBy(() -> TurboJpeg.decode(Arrays.copyOf(full, 40), "cut.jpg"))
                .isInstanceOf(CodecException.class).hasMessageContaining("cut.jpg");
        assertThatThrownBy(() -> TurboJpeg.decode(new byte[] {1, 2, 3}, "noise.jpg"))
                .isInstanceOf(CodecException.class).hasMessageContaining("noise.jpg");
    }
}
