package io.crbench.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.degradation.CodecCompression;
import io.crbench.image.Image8;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodecsTest {

    @Test
    void familiesAndIdsNameTheSetting() {
        assertThat(Codecs.families()).containsExactly("jpeg", "avif", "webp", "jxl", "jp2");
        assertThat(Codecs.byName("jpeg", 10).id()).isEqualTo("jpeg(q=10)");
        assertThat(Codecs.byName("avif", 25).id()).isEqualTo("avif(q=25)");
        assertThat(Codecs.byName("WebP", 30).id()).isEqualTo("webp(q=30)");
        assertThat(Codecs.byName("jxl", 40).id()).isEqualTo("jxl(q=40)");
        assertThat(Codecs.byName("jp2", 50).id()).isEqualTo("jp2(ratio=50)");
    }

    @Test
    void unknownFamilyListsTheKnownOnes() {
        assertThatThrownBy(() -> Codecs.byName("bpg", 30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'bpg'")
                .hasMessageContaining("jpeg, avif, webp, jxl, jp2");
    }

    @Test
    void settingsOutOfRangeNameTheSettingAndRange() {
        assertThatThrownBy(() -> new AvifCodec(101)).hasMessage("AVIF quality must be in 0..100, got 101");
        assertThatThrownBy(() -> new WebpCodec(-1)).hasMessage("WebP quality must be in 0..100, got -1");
        assertThatThrownBy(() -> new JpegXlCodec(4)).hasMessage("JPEG XL quality must be in 5..100, got 4");
        assertThatThrownBy(() -> new Jpeg2000Codec(0)).hasMessage("JPEG 2000 compression ratio must be in 1..1000, got 0");
        assertThatThrownBy(() -> Codecs.byName("jpeg", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void avifQualityMapsToLibavifQuantizers() {
        // Seed paper 002's AVIF "QF" grid.
        assertThat(List.of(25, 18, 15, 10, 7).stream().map(q -> new AvifCodec(q).quantizer()))
                .containsExactly(47, 52, 54, 57, 59);
        assertThat(new AvifCodec(100).quantizer()).isZero();
        assertThat(new AvifCodec(0).quantizer()).isEqualTo(63);
    }

    @Test
    void codecsWithTheSameSettingAreEqual() {
        assertThat(new AvifCodec(25)).isEqualTo(new AvifCodec(25)).isNotEqualTo(new AvifCodec(26));
        assertThat(new CodecCompression(new WebpCodec(10))).isEqualTo(CodecCompression.of("webp", 10));
    }

    @Test
    void jpegIsAlwaysAvailable() {
        assertThat(Codecs.available("jpeg")).isTrue();
        assertThat(Codecs.whyUnavailable("jpeg")).isEmpty();
    }

    @Test
    void aMissingToolFailsTheRunUnlessTheRunAllowsItsFamilyToBeAbsent() {
        String property = AvifCodec.ENCODER.pathProperty();
        System.setProperty(property, "/nonexistent/crbench/avifenc");
        try {
            assertThat(Codecs.allowedAbsence("jpeg")).isEmpty();
            assertThatThrownBy(() -> Codecs.allowedAbsence("avif")).hasMessageContaining("avifenc not found")
                    .hasMessageContaining("-Dcrbench.allow-missing-tools=avif");
            System.setProperty(Codecs.ALLOW_MISSING_PROPERTY, "webp, avif");
            assertThat(Codecs.allowedAbsence("avif")).get().asString().contains("avifenc not found");
            System.setProperty(Codecs.ALLOW_MISSING_PROPERTY, "all");
            assertThat(Codecs.allowedAbsence("AVIF")).isPresent();
        } finally {
            System.clearProperty(property);
            System.clearProperty(Codecs.ALLOW_MISSING_PROPERTY);
        }
    }

    @Test
    void anOverrideToANonexistentPathMakesTheFamilyUnavailableWithAClearMessage() {
        String property = AvifCodec.ENCODER.pathProperty();
        System.setProperty(property, "/nonexistent/crbench/avifenc");
        try {
            assertThat(Codecs.available("avif")).isFalse();
            assertThat(Codecs.whyUnavailable("avif")).contains(
                    "avifenc not found at /nonexistent/crbench/avifenc (set by -Dcrbench.tools.avifenc):"
                            + " apt-get install libavif-bin (or run scripts/setup.sh)");
            assertThatThrownBy(() -> new AvifCodec(25).encode(CodecTestImage.rgb()))
                    .isInstanceOf(CodecException.class)
                    .hasMessageContaining("avif(q=25)")
                    .hasMessageContaining("avifenc not found")
                    .hasMessageContaining("apt-get install libavif-bin");
        } finally {
            System.clearProperty(property);
        }
    }

    @Test
    void codecCompressionIsTheCodecsRoundTripUnderTheCodecsId() {
        CodecCompression jpeg = CodecCompression.of("jpeg", 30);
        Image8 clean = CodecTestImage.rgb();
        assertThat(jpeg.id()).isEqualTo("jpeg(q=30)");
        assertThat(jpeg.toString()).isEqualTo("jpeg(q=30)");
        assertThat(jpeg.apply(clean, 1)).isEqualTo(JpegCodec.pil(30).roundTrip(clean));
    }
}
