package io.crbench.degradation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.image.Image8;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoizedTest {
    private static final Image8 IMAGE = Image8.generate(40, 24, 3, (x, y, c) -> (x * 6 + y * 3 + c * 50) % 256);

    /** Real Gaussian noise, counting how often it actually runs. */
    private record Counting(Degradation inner, AtomicInteger calls) implements Degradation {
        @Override
        public String id() {
            return inner.id();
        }

        @Override
        public Condition condition() {
            return inner.condition();
        }

        @Override
        public Image8 apply(Image8 clean, long imageSeed) {
            calls.incrementAndGet();
            return inner.apply(clean, imageSeed);
        }
    }

    @Test
    void eachImageAndSeedIsDegradedOnceAndGivesTheSameOutputAsTheWrappedDegradation() {
        GaussianNoise noise = new GaussianNoise(20);
        AtomicInteger calls = new AtomicInteger();
        Memoized memo = Memoized.of(new Counting(noise, calls));
        Image8 sameContent = Image8.generate(40, 24, 3, (x, y, c) -> (x * 6 + y * 3 + c * 50) % 256);

        Image8 first = memo.apply(IMAGE, 3);
        assertThat(memo.apply(IMAGE, 3)).isSameAs(first);
        assertThat(first).isEqualTo(noise.apply(IMAGE, 3));
        assertThat(calls).hasValue(1);

        assertThat(memo.apply(IMAGE, 4)).isEqualTo(noise.apply(IMAGE, 4)).isNotEqualTo(first);
        // Keyed by the image object: an equal image elsewhere is another entry.
        memo.apply(sameContent, 3);
        assertThat(calls).hasValue(3);
        assertThat(memo.id()).isEqualTo(noise.id()).isEqualTo(memo.toString());
    }

    @Test
    void keepsTheWrappedDegradationsRateAndAlignedReference() {
        CroppedDoubleJpeg shifted = new CroppedDoubleJpeg(10, 30, 4);
        Memoized memo = Memoized.of(shifted);

        Degraded remembered = memo.degrade(IMAGE, 0);
        assertThat(remembered.bitsPerPixel()).isEqualTo(shifted.degrade(IMAGE, 0).bitsPerPixel()).isPositive();
        assertThat(memo.degrade(IMAGE, 0)).isSameAs(remembered);
        assertThat(memo.alignedReference(IMAGE)).isEqualTo(shifted.alignedReference(IMAGE));
        assertThat(memo.alignedReference(IMAGE).width()).isEqualTo(IMAGE.width() - 4);
    }
}
