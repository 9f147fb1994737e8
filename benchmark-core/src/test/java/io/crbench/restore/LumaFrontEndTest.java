package io.crbench.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.image.Image8;
import io.crbench.image.YCbCr;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LumaFrontEndTest {
    /** A gray-image restorer that adds {@code delta} to every sample and remembers what it saw. */
    private static final class Brighten implements Restorer {
        final List<Image8> seen = new ArrayList<>();
        final int delta;
        boolean closed;

        Brighten(int delta) {
            this.delta = delta;
        }

        @Override
        public String id() {
            return "brighten";
        }

        @Override
        public Image8 restore(Image8 degraded) {
            assertThat(degraded.isGray()).isTrue();
            seen.add(degraded);
            return Image8.generate(degraded.width(), degraded.height(), 1,
                    (x, y, c) -> Math.min(255, degraded.sampleAt(y * degraded.width() + x) + delta));
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static final Image8 RGB = Image8.generate(9, 7, 3, (x, y, c) -> 40 + (x * 19 + y * 23 + c * 31) % 150);

    @Test
    void restoresTheRoundedLumaAndKeepsTheChroma() {
        Brighten brighten = new Brighten(10);
        Image8 out;
        try (LumaFrontEnd frontEnd = new LumaFrontEnd(brighten)) {
            out = frontEnd.restore(RGB);
            assertThat(frontEnd.id()).isEqualTo("brighten[Y]");
        }
        assertThat(brighten.closed).isTrue();
        assertThat(brighten.seen).singleElement().isEqualTo(YCbCr.lumaImage(RGB));
        double[][] before = YCbCr.planes(RGB);
        double[][] after = YCbCr.planes(out);
        for (int i = 0; i < RGB.pixelCount(); i++) {
            // Y rose by the restorer's 10 levels; Cb and Cr stayed, up to the 8-bit round trips.
            assertThat(after[0][i] - before[0][i]).isBetween(8.0, 12.0);
            assertThat(Math.abs(after[1][i] - before[1][i])).isLessThan(2.0);
            assertThat(Math.abs(after[2][i] - before[2][i])).isLessThan(2.0);
        }
    }

    @Test
    void aGrayImageGoesToTheRestorerAsItIs() {
        Image8 gray = YCbCr.lumaImage(RGB);
        Brighten brighten = new Brighten(3);
        Image8 out = new LumaFrontEnd(brighten).restore(gray);
        assertThat(brighten.seen).singleElement().isEqualTo(gray);
        assertThat(out.isGray()).isTrue();
    }

    @Test
    void aNamedViewRestoresAsTheRestorerAndLeavesItOpen() {
        Brighten brighten = new Brighten(5);
        Image8 gray = Image8.generate(4, 3, 1, (x, y, c) -> x * 10 + y);
        Restorer view = brighten.named("brighten#0123456789ab");
        assertThat(view.id()).isEqualTo("brighten#0123456789ab");
        assertThat(view.restore(gray)).isEqualTo(new Brighten(5).restore(gray));
        assertThat(view.restoreAll(List.of(gray, gray))).hasSize(2);
        assertThat(brighten.seen).hasSize(3);
        view.close();
        assertThat(brighten.closed).isFalse();
    }
}
