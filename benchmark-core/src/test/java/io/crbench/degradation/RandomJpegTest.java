package io.crbench.degradation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.codec.JpegCodec;
import io.crbench.image.Image8;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomJpegTest {
    private static final Image8 IMAGE = Image8.generate(32, 24, 3, (x, y, c) -> (x * 7 + y * 5 + c * 60) % 256);

    @Test
    void drawsEveryQualityOfTheRangeFromTheImageSeed() {
        RandomJpeg jpeg = new RandomJpeg(10, 12, 7);
        Set<Integer> drawn = new HashSet<>();
        for (long imageSeed = 0; imageSeed < 100; imageSeed++) {
            int q = jpeg.qualityFor(imageSeed);
            assertThat(q).isBetween(10, 12);
            assertThat(jpeg.qualityFor(imageSeed)).isEqualTo(q);
            drawn.add(q);
        }
        assertThat(drawn).containsExactlyInAnyOrder(10, 11, 12);
    }

    @Test
    void appliesOneRoundTripAtTheDrawnQuality() {
        RandomJpeg jpeg = new RandomJpeg(10, 90, 0);
        for (long imageSeed = 0; imageSeed < 3; imageSeed++) {
            Image8 expected = JpegCodec.pil(jpeg.qualityFor(imageSeed)).roundTrip(IMAGE);
            assertThat(jpeg.apply(IMAGE, imageSeed)).isEqualTo(expected);
        }
    }

    @Test
    void theSeedChangesTheDraws() {
        RandomJpeg a = new RandomJpeg(1, 100, 1);
        RandomJpeg b = new RandomJpeg(1, 100, 2);
        boolean differ = false;
        for (long imageSeed = 0; imageSeed < 20; imageSeed++) {
            differ |= a.qualityFor(imageSeed) != b.qualityFor(imageSeed);
        }
        assertThat(differ).isTrue();
    }

    @Test
    void idNamesRangeAndSeedAndBadRangesFail() {
        assertThat(new RandomJpeg(10, 90, 3).id()).isEqualTo("jpeg(q=10..90,seed=3)");
        assertThatThrownBy(() -> new RandomJpeg(50, 40, 0)).hasMessageContaining("qMin <= qMax");
        assertThatThrownBy(() -> new RandomJpeg(0, 40, 0)).hasMessageContaining("1..100");
    }
}
