package io.crbench.degradation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.codec.JpegCodec;
import io.crbench.image.FloatImage;
import io.crbench.image.Image8;
import org.junit.jupiter.api.Test;

class DegradationTest {
    private static final Image8 IMAGE = Image8.generate(40, 24, 3, (x, y, c) -> (x * 6 + y * 3 + c * 50) % 256);

    @Test
    void idsAreStable() {
        assertThat(new Identity().id()).isEqualTo("identity");
        assertThat(JpegCompression.at(10).id()).isEqualTo("jpeg(q=10)");
        assertThat(new DoubleJpeg(10, 30, 1).id()).isEqualTo("jpeg2(q1=10,q2=30,shift=1)");
        assertThat(JpegChain.seed002(3, 7).id()).isEqualTo("jpeg_chain(t=3,seed=7)");
        assertThat(new GaussianNoise(20).id()).isEqualTo("gauss(sigma=20)");
        assertThat(new GaussianNoise(20).unclippedId()).isEqualTo("gauss(sigma=20,clip=none)");
    }

    @Test
    void alignedDoubleJpegIsTwoRoundTrips() {
        Image8 expected = JpegCodec.pil(30).roundTrip(JpegCodec.pil(10).roundTrip(IMAGE));
        assertThat(new DoubleJpeg(10, 30, 0).apply(IMAGE, 0)).isEqualTo(expected);
    }

    @Test
    void shiftedDoubleJpegKeepsTheSizeAndDiffersFromAligned() {
        DoubleJpeg shifted = new DoubleJpeg(10, 30, 1);
        Image8 out = shifted.apply(IMAGE, 0);
        assertThat(out.describe()).isEqualTo(IMAGE.describe());
        assertThat(out).isNotEqualTo(new DoubleJpeg(10, 30, 0).apply(IMAGE, 0));
        assertThatThrownBy(() -> new DoubleJpeg(10, 30, 8)).hasMessageContaining("0..7");
    }

    @Test
    void shiftedSecondCompressionSeesThePaddedGrid() {
        Image8 once = JpegCodec.pil(10).roundTrip(IMAGE);
        Image8 padded = Image8.generate(41, 25, 3, (x, y, c) -> once.sample(Math.max(0, x - 1), Math.max(0, y - 1), c));
        Image8 expected = JpegCodec.pil(30).roundTrip(padded).crop(1, 1, 40, 24);
        assertThat(new DoubleJpeg(10, 30, 1).apply(IMAGE, 0)).isEqualTo(expected);
    }

    @Test
    void croppedDoubleJpegCutsBeforeTheSecondCompressionAndAlignsTheReference() {
        CroppedDoubleJpeg fbcnn = new CroppedDoubleJpeg(10, 30, 4);
        assertThat(fbcnn.id()).isEqualTo("jpeg2crop(q1=10,q2=30,shift=4)");
        Image8 expected = JpegCodec.pil(30).roundTrip(JpegCodec.pil(10).roundTrip(IMAGE).crop(4, 4, 36, 20));
        assertThat(fbcnn.apply(IMAGE, 0)).isEqualTo(expected);
        assertThat(fbcnn.alignedReference(IMAGE)).isEqualTo(IMAGE.crop(4, 4, 36, 20));
        assertThat(JpegCompression.at(10).alignedReference(IMAGE)).isSameAs(IMAGE);
        assertThatThrownBy(() -> new CroppedDoubleJpeg(10, 30, 0)).hasMessageContaining("1..7");
        assertThatThrownBy(() -> fbcnn.apply(Image8.generate(4, 9, 1, (x, y, c) -> 0), 0))
                .hasMessageContaining("larger than 4 pixels");
    }

    @Test
    void chainDrawsFromTheSetAndIsDeterministic() {
        JpegChain chain = JpegChain.seed002(5, 42);
        int[] qs = chain.qualitiesFor(3);
        assertThat(qs).hasSize(5);
        for (int q : qs) {
            assertThat(q).isIn(25, 18, 15, 10, 7);
        }
        assertThat(chain.qualitiesFor(3)).isEqualTo(qs);
        assertThat(chain.apply(IMAGE, 3)).isEqualTo(chain.apply(IMAGE, 3));
        Image8 byHand = IMAGE;
        for (int q : qs) {
            byHand = JpegCodec.pil(q).roundTrip(byHand);
        }
        assertThat(chain.apply(IMAGE, 3)).isEqualTo(byHand);
    }

    @Test
    void unclippedNoiseHasTheStatedVariance() {
        Image8 flat = Image8.generate(200, 200, 3, (x, y, c) -> 128);
        FloatImage noisy = new GaussianNoise(10).noisy(flat, 1);
        assertThat(noisy.meanSquaredErrorTo(flat)).isCloseTo(100.0, org.assertj.core.data.Offset.offset(2.0));
        assertThat(new GaussianNoise(10).apply(flat, 1)).isEqualTo(noisy.toImage8());
    }

    @Test
    void clippedNoiseStaysIn8Bits() {
        Image8 black = Image8.generate(50, 50, 1, (x, y, c) -> 0);
        Image8 out = new GaussianNoise(50).apply(black, 9);
        for (int i = 0; i < out.pixelCount(); i++) {
            assertThat(out.sampleAt(i)).isBetween(0, 255);
        }
        assertThatThrownBy(() -> new GaussianNoise(-1)).hasMessageContaining("sigma");
    }
}
