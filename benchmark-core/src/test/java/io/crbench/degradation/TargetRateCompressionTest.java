package io.crbench.degradation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.codec.Codecs;
import io.crbench.codec.Compressed;
import io.crbench.codec.SettingRange;
import io.crbench.image.Image8;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TargetRateCompressionTest {
    private static final Image8 IMAGE = Image8.generate(96, 64, 3,
            (x, y, c) -> 60 + x + y * (c + 1) + (x * 31 + y * 17 + c * 7) % 23 + (((x / 8) + (y / 8)) % 2) * 40);

    @Test
    void picksTheLargestJpegNotAboveTheBudget() {
        double budget = Codecs.byName("jpeg", 50).compress(IMAGE).bitsPerPixel() + 0.05;
        Compressed chosen = new TargetRateCompression("jpeg", budget).compress(IMAGE, 0);
        double best = IntStream.rangeClosed(1, 100).mapToDouble(q -> Codecs.byName("jpeg", q).compress(IMAGE)
                .bitsPerPixel()).filter(bpp -> bpp <= budget).max().orElseThrow();
        assertThat(chosen.bitsPerPixel()).isLessThanOrEqualTo(budget).isEqualTo(best);
    }

    @Test
    void refusesABudgetBelowTheSmallestFileNamingCodecAndBudget() {
        assertThatThrownBy(() -> new TargetRateCompression("jpeg", 0.01).compress(IMAGE, 0))
                .hasMessageContaining("jpeg").hasMessageContaining("96x64").hasMessageContaining("0.01 bpp");
        assertThatThrownBy(() -> new TargetRateCompression("jpeg", 0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new TargetRateCompression("heic", 1)).hasMessageContaining("heic");
    }

    @Test
    void ranksRatioSettingsByFallingRatio() {
        SettingRange jp2 = Codecs.settingRange("jp2");
        assertThat(jp2.byRate(0)).isEqualTo(1000);
        assertThat(jp2.byRate(jp2.size() - 1)).isEqualTo(1);
        assertThat(Codecs.settingRange("jxl").byRate(0)).isEqualTo(5);
        assertThat(new TargetRateCompression("avif", 0.5).id()).isEqualTo("avif(bpp<=0.5)");
    }
}
