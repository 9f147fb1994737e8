package io.crbench.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Table values derived by hand from libjpeg's jcparam.c formula. */
class IjgQuantTablesTest {

    @Test
    void quality50IsTheAnnexKTable() {
        assertThat(IjgQuantTables.luminance(50)).startsWith(16, 11, 10, 16, 24, 40, 51, 61);
        assertThat(IjgQuantTables.chrominance(50)).startsWith(17, 18, 24, 47, 99);
    }

    @Test
    void lowQualityScalesBy5000OverQAndClampsToBaseline() {
        // q=10: factor 500; 16*500/100 = 80; 99*500/100 = 495 -> 255
        assertThat(IjgQuantTables.luminance(10)[0]).isEqualTo(80);
        assertThat(IjgQuantTables.chrominance(10)[63]).isEqualTo(255);
        // q=1: factor 5000 -> everything clamps at 255
        assertThat(IjgQuantTables.luminance(1)).containsOnly(255);
    }

    @Test
    void highQualityUsesIntegerRounding() {
        // q=75: factor 50; (16*50+50)/100 = 8, (11*50+50)/100 = 6 (integer division)
        assertThat(IjgQuantTables.luminance(75)).startsWith(8, 6, 5, 8, 12, 20, 26, 31);
        // q=97: factor 6; (16*6+50)/100 = 1, (99*6+50)/100 = 6
        assertThat(IjgQuantTables.luminance(97)[0]).isEqualTo(1);
        assertThat(IjgQuantTables.chrominance(97)[63]).isEqualTo(6);
        assertThat(IjgQuantTables.luminance(100)).containsOnly(1);
    }

    @Test
    void outOfRangeQualityIsAClearError() {
        assertThatThrownBy(() -> IjgQuantTables.luminance(0)).hasMessageContaining("1..100, got 0");
        assertThatThrownBy(() -> JpegCodec.pil(101)).hasMessageContaining("1..100, got 101");
    }
}
