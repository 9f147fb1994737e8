package io.crbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.image.Image8;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomAffineTest {
    private static final Image8 IMAGE = Image8.generate(12, 10, 3, (x, y, c) -> x * 20 + c * 3 + y);

    @Test
    void noAugmentationReturnsTheImageItself() {
        assertThat(RandomAffine.NONE.apply(IMAGE, new SplittableRandom(1))).isSameAs(IMAGE);
    }

    @Test
    void aFlipMirrorsLeftAndRightExactly() {
        Image8 mirrored = Image8.generate(12, 10, 3, (x, y, c) -> IMAGE.sample(11 - x, y, c));
        SplittableRandom rng = new SplittableRandom(5);
        boolean sawFlip = false;
        boolean sawIdentity = false;
        for (int i = 0; i < 20; i++) {
            Image8 out = RandomAffine.flipOnly().apply(IMAGE, rng);
            assertThat(out).isIn(IMAGE, mirrored);
            sawFlip |= out.equals(mirrored);
            sawIdentity |= out.equals(IMAGE);
        }
        assertThat(sawFlip && sawIdentity).isTrue();
    }

    @Test
    void drawsAreReproducibleAndKeepTheShape() {
        RandomAffine keras = new RandomAffine(10, 0.1, 10, 0.1, true);
        Image8 a = keras.apply(IMAGE, new SplittableRandom(9));
        Image8 b = keras.apply(IMAGE, new SplittableRandom(9));
        assertThat(a).isEqualTo(b);
        assertThat(a.sameShape(IMAGE)).isTrue();
        assertThat(a).isNotEqualTo(IMAGE);
        assertThat(keras.id()).isEqualTo("affine(rot=10.0,zoom=0.1,shear=10.0,shift=0.1,flip=true)");
    }

    @Test
    void negativeRangesFail() {
        assertThatThrownBy(() -> new RandomAffine(-1, 0, 0, 0, false)).hasMessageContaining("non-negative");
    }
}
