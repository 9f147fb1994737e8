package io.crbench.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.image.Image8;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JpegCodecTest {

    @Test
    void roundTripKeepsShapeAndChannels() {
        Image8 rgb = PilTestPattern.of(3);
        Image8 gray = PilTestPattern.of(1);
        assertThat(JpegCodec.pil(50).roundTrip(rgb).describe()).isEqualTo("37x29x3");
        assertThat(JpegCodec.pil(50).roundTrip(gray).describe()).isEqualTo("37x29x1");
    }

    @Test
    void higherQualityGivesMoreBytes() {
        Image8 rgb = PilTestPattern.of(3);
        assertThat(JpegCodec.pil(90).encode(rgb).length).isGreaterThan(JpegCodec.pil(10).encode(rgb).length);
    }

    @Test
    void idsNameTheSetting() {
        assertThat(JpegCodec.pil(10).id()).isEqualTo("jpeg(q=10)");
        assertThat(new JpegCodec(10, ChromaSubsampling.S444).id()).isEqualTo("jpeg(q=10,sub=444)");
    }

    @Test
    void truncatedJpegIsAClearErrorNamingTheSource() {
        byte[] full = JpegCodec.pil(50).encode(PilTestPattern.of(3));
        byte[] truncated = Arrays.copyOf(full, 40);
        assertThatThrownBy(() -> JpegCodec.pil(50).decode(truncated, "cut.jpg"))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("cut.jpg");
    }
}
