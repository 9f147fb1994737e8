package io.crbench.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crbench.image.Image8;
import io.crbench.metric.MetricChannel;
import io.crbench.metric.Psnr;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command-line codec, run for real; skipped (with the reason) where its tools are not installed. */
class ExternalToolCodecTest {

    /** Family, a low and a high setting (in quality order), and the codec factory. */
    static Stream<Arguments> codecs() {
        return Stream.of(
                Arguments.of("avif", 10, 80, (IntFunction<ExternalToolCodec>) AvifCodec::new),
                Arguments.of("webp", 10, 80, (IntFunction<ExternalToolCodec>) WebpCodec::new),
                Arguments.of("jxl", 10, 80, (IntFunction<ExternalToolCodec>) JpegXlCodec::new),
                Arguments.of("jp2", 100, 8, (IntFunction<ExternalToolCodec>) Jpeg2000Codec::new));
    }

    private static ExternalToolCodec installed(String family, int setting, IntFunction<ExternalToolCodec> factory) {
        ExternalToolCodec codec = factory.apply(setting);
        assumeTrue(Codecs.available(family), () -> family + " tests skipped: " + Codecs.whyUnavailable(family).orElse(""));
        return codec;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codecs")
    void roundTripOfRgbKeepsShapeAndIsClose(String family, int low, int high, IntFunction<ExternalToolCodec> factory) {
        ExternalToolCodec codec = installed(family, high, factory);
        Image8 clean = CodecTestImage.rgb();
        Image8 decoded = codec.roundTrip(clean);
        assertThat(decoded.describe()).isEqualTo("64x48x3");
        assertThat(Psnr.psnr(clean, decoded, MetricChannel.RGB, 0)).isGreaterThan(28);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codecs")
    void psnrRisesWithQuality(String family, int low, int high, IntFunction<ExternalToolCodec> factory) {
        Image8 clean = CodecTestImage.rgb();
        double lowPsnr = Psnr.psnr(clean, installed(family, low, factory).roundTrip(clean), MetricChannel.RGB, 0);
        double highPsnr = Psnr.psnr(clean, factory.apply(high).roundTrip(clean), MetricChannel.RGB, 0);
        assertThat(highPsnr).isGreaterThan(lowPsnr + 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codecs")
    void higherQualityGivesMoreBytes(String family, int low, int high, IntFunction<ExternalToolCodec> factory) {
        Image8 clean = CodecTestImage.rgb();
        int lowBytes = installed(family, low, factory).encode(clean).length;
        assertThat(factory.apply(high).encode(clean).length).isGreaterThan(lowBytes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codecs")
    void encodingAndDecodingAreDeterministic(String family, int low, int high, IntFunction<ExternalToolCodec> factory) {
        ExternalToolCodec codec = installed(family, low, factory);
        Image8 clean = CodecTestImage.rgb();
        byte[] first = codec.encode(clean);
        assertThat(codec.encode(clean)).isEqualTo(first);
        assertThat(codec.decode(first, "first")).isEqualTo(codec.decode(first, "again"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codecs")
    void grayImagesAreEncodedAsRgbAndComeBackGray(String family, int low, int high, IntFunction<ExternalToolCodec> factory) {
        ExternalToolCodec codec = installed(family, high, factory);
        Image8 gray = CodecTestImage.gray();
        assertThat(codec.decode(codec.encode(gray), "gray").describe()).isEqualTo("64x48x3");
        Image8 roundTrip = codec.roundTrip(gray);
        assertThat(roundTrip.describe()).isEqualTo("64x48x1");
        assertThat(Psnr.psnr(gray, roundTrip, MetricChannel.RGB, 0)).isGreaterThan(28);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codecs")
    void corruptInputIsAClearErrorNamingCodecSourceAndExitCode(String family, int low, int high,
            IntFunction<ExternalToolCodec> factory) {
        ExternalToolCodec codec = installed(family, low, factory);
        byte[] garbage = "not an image at all".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> codec.decode(garbage, "broken-file-17"))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining(codec.id())
                .hasMessageContaining("broken-file-17")
                .hasMessageContaining("exit code");
    }
}
