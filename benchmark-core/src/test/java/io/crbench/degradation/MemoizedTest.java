package io.crbench.degradation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.image.Image8;
import io.crbench.restore.PassThroughRestorer;
import java.util.List;
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

    @Test
    void aBatchDegradesOnlyWhatIsNotRememberedAndHandsItToTheRestorerInOneCall() {
        PassThroughRestorer counting = new PassThroughRestorer("counting");
        GaussianNoise noise = new GaussianNoise(20);
        Memoized memo = Memoized.of(new Restored(noise, counting));
        Image8 other = Image8.generate(40, 24, 3, (x, y, c) -> (x + y * 7 + c) % 256);

        List<Degraded> first = memo.degradeAll(List.of(IMAGE, other), new long[] {3, 5});
        List<Degraded> second = memo.degradeAll(List.of(IMAGE, other, IMAGE), new long[] {3, 5, 9});

        assertThat(counting.batchSizes()).containsExactly(2, 1);
        assertThat(second.subList(0, 2)).containsExactlyElementsOf(first);
        assertThat(second.get(2).image()).isEqualTo(noise.apply(IMAGE, 9));
        assertThat(first.get(1).image()).isEqualTo(noise.apply(other, 5));
        assertThat(first.get(0).bitsPerPixel()).isNaN();
        assertThatThrownBy(() -> memo.degradeAll(List.of(IMAGE), new long[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one image seed per image");
    }
}
