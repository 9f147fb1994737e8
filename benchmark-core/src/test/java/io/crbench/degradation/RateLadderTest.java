package io.crbench.degradation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateLadderTest {
    @Test
    void namesItsSettingsAndGivesOneCompressionPerSetting() {
        RateLadder jp2 = RateLadder.of("jp2", 200, 100, 50);
        assertThat(jp2.id()).isEqualTo("jp2{200,100,50}");
        assertThat(jp2.compressions()).extracting(CodecCompression::id)
                .containsExactly("jp2(ratio=200)", "jp2(ratio=100)", "jp2(ratio=50)");
    }

    @Test
    void refusesTooFewDuplicateOrOutOfRangeSettings() {
        assertThatThrownBy(() -> RateLadder.of("jpeg", 10)).hasMessageContaining("jpeg")
                .hasMessageContaining("at least two distinct");
        assertThatThrownBy(() -> RateLadder.of("webp", 25, 25)).hasMessageContaining("[25, 25]");
        assertThatThrownBy(() -> RateLadder.of("jpeg", 10, 101)).hasMessageContaining("101");
        assertThatThrownBy(() -> RateLadder.of("heic", 10, 20)).hasMessageContaining("heic");
    }
}
