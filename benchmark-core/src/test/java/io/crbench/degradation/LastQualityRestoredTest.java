package io.crbench.degradation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.image.Image8;
import io.crbench.restore.Restorer;
import org.junit.jupiter.api.Test;

class LastQualityRestoredTest {
    private static final Image8 IMAGE = Image8.generate(48, 32, 3, (x, y, c) -> (x * 5 + y * 7 + c * 60) % 256);

    /** A restorer that passes its input through with its quality written into the first sample. */
    private record Marking(int quality) implements Restorer {
        @Override
        public String id() {
            return "mark(q=" + quality + ")";
        }

        @Override
        public Image8 restore(Image8 degraded) {
            return Image8.generate(degraded.width(), degraded.height(), degraded.channels(),
                    (x, y, c) -> x == 0 && y == 0 && c == 0 ? quality : degraded.sample(x, y, c));
        }

        @Override
        public void close() {
        }
    }

    @Test
    void eachImageGetsTheRestorerOfItsLastCompressionsQualityAppliedToTheChainsOutput() {
        JpegChain chain = JpegChain.seed002(3, 2);
        LastQualityRestored restored = new LastQualityRestored(chain, "mark(q=last)", Marking::new);
        boolean sawDifferentQualities = false;
        int first = chain.qualitiesFor(0)[2];
        for (long seed = 0; seed < 20; seed++) {
            int last = chain.qualitiesFor(seed)[2];
            sawDifferentQualities |= last != first;
            Image8 out = restored.apply(IMAGE, seed);
            assertThat(out.sample(0, 0, 0)).as("image seed %d", seed).isEqualTo(last);
            assertThat(out).isEqualTo(new Marking(last).restore(chain.apply(IMAGE, seed)));
        }
        assertThat(sawDifferentQualities).as("the chain's last quality varies between images").isTrue();
        assertThat(restored.id()).isEqualTo("mark(q=last)∘jpeg_chain(t=3,seed=2)");
    }
}
