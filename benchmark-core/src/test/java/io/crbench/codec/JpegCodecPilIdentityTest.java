package io.crbench.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every QF 1..100 gives the same bytes as PIL 9.4.0 (Debian bookworm, libjpeg-turbo) for RGB at
 * 4:2:0, 4:2:2, 4:4:4 and for gray, through both of {@link JpegCodec}'s libraries. Expected SHA-256
 * values were written by {@code tools/pil_jpeg_reference.py}.
 */
class JpegCodecPilIdentityTest {

    @ParameterizedTest(name = "{0} through ImageIO: JPEG bytes equal PIL''s at QF 1..100")
    @CsvSource({"rgb420, 3, S420", "rgb422, 3, S422", "rgb444, 3, S444", "gray, 1, S420"})
    void imageIoBytesEqualPil(String mode, int channels, ChromaSubsampling subsampling) throws Exception {
        assertBytesEqualPil(mode, channels, q -> new JpegCodec(q, subsampling).encodeWithImageIo(PilTestPattern.of(channels)));
    }

    @ParameterizedTest(name = "{0} through libjpeg-turbo: JPEG bytes equal PIL''s at QF 1..100")
    @CsvSource({"rgb420, 3, S420", "rgb422, 3, S422", "rgb444, 3, S444", "gray, 1, S420"})
    void turboJpegBytesEqualPil(String mode, int channels, ChromaSubsampling subsampling) throws Exception {
        TurboJpegTest.requireTurboJpegUnlessImageIoChosen();
        assertBytesEqualPil(mode, channels, q -> TurboJpeg.encode(PilTestPattern.of(channels), q, subsampling));
    }

    private static void assertBytesEqualPil(String mode, int channels, IntFunction<byte[]> encodeAtQuality)
            throws Exception {
        Map<Integer, String> expected = expectedHashes("pil-" + mode + ".sha256");
        assertThat(expected).hasSize(100);
        Map<Integer, String> actual = new LinkedHashMap<>();
        for (int q = 1; q <= 100; q++) {
            actual.put(q, sha256(encodeAtQuality.apply(q)));
        }
        assertThat(actual).as(mode + ", " + channels + " channel(s)").isEqualTo(expected);
    }

    private static Map<Integer, String> expectedHashes(String resource) throws IOException {
        try (InputStream in = JpegCodecPilIdentityTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("resource " + resource).isNotNull();
            Map<Integer, String> m = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.isBlank()) {
                    String[] parts = line.trim().split(" ");
                    m.put(Integer.parseInt(parts[0]), parts[1]);
                }
            }
            return m;
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
