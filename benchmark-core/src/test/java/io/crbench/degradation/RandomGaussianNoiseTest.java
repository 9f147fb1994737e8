package io.crbench.degradation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.image.Image8;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomGaussianNoiseTest {
    private static final Image8 IMAGE = Image8.generate(16, 12, 3, (x, y, c) -> (x * 9 + y * 4 + c * 50) % 256);

    @Test
    void drawsEveryLevelOfTheRangeAndAddsThatNoise() {
        RandomGaussianNoise noise = new RandomGaussianNoise(0, 2, 5);
        Set<Integer> drawn = new HashSet<>();
        for (long imageSeed = 0; imageSeed < 60; imageSeed++) {
            int sigma = noise.levelFor(imageSeed);
            assertThat(sigma).isBetween(0, 2);
            assertThat(noise.apply(IMAGE, imageSeed)).isEqualTo(new GaussianNoise(sigma).apply(IMAGE, imageSeed));
            drawn.add(sigma);
        }
        assertThat(drawn).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(noise.id()).isEqualTo("gauss(sigma=0..2,seed=5)");
    }

    @Test
    void randomJpegTellsItsLevelToo() {
        RandomJpeg jpeg = new RandomJpeg(1, 100, 3);
        assertThat(jpeg.levelFor(17)).isEqualTo(jpeg.qualityFor(17));
    }

    @Test
    void applyAllIsApplyPerImageWithItsSeed() {
        RandomGaussianNoise noise = new RandomGaussianNoise(5, 50, 1);
        Image8 other = Image8.generate(16, 12, 3, (x, y, c) -> 200 - x);
        List<Image8> out = noise.applyAll(List.of(IMAGE, other), new long[] {4, 9});
        assertThat(out).containsExactly(noise.apply(IMAGE, 4), noise.apply(other, 9));
        assertThatThrownBy(() -> noise.applyAll(List.of(IMAGE), new long[] {1, 2}))
                .hasMessageContaining("one image seed per image");
    }

    @Test
    void anEmptyOrOutOfRangeSpanFails() {
        assertThatThrownBy(() -> new RandomGaussianNoise(10, 5, 0)).hasMessageContaining("0 <= min <= max <= 255");
    }
}
