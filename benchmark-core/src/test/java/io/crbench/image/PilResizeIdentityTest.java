package io.crbench.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PilResize} and {@link ImageNetPreprocessing} give the same pixels as Pillow 9.4.0 (Debian
 * bookworm): downscale, upscale, one axis only, mixed, 1x1, and the ImageNet geometry on landscape,
 * portrait, gray and already-256 images, including a centre crop whose offset is a half (80.5 -> 80).
 * Expected SHA-256 values of the raw interleaved samples were written by
 * {@code tools/pil_resize_reference.py}.
 */
class PilResizeIdentityTest {
    private static Map<String, String> expected;

    @BeforeAll
    static void readHashes() throws IOException {
        String resource = "pil-resize.sha256";
        try (InputStream in = PilResizeIdentityTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("resource " + resource).isNotNull();
            expected = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.isBlank()) {
                    String[] p = line.trim().split(" ");
                    expected.put(p[0], p[1] + "x" + p[2] + "x" + p[3] + " " + p[4]);
                }
            }
        }
    }

    @Test
    void everyReferenceCaseIsChecked() {
        assertThat(expected).hasSize(15);
    }

    @ParameterizedTest(name = "{0}: equals PIL''s Image.resize(BILINEAR)")
    @CsvSource({
        "rgb-37x29-to-17x13, 37, 29, 3, 17, 13",
        "gray-37x29-to-17x13, 37, 29, 1, 17, 13",
        "rgb-37x29-to-80x61, 37, 29, 3, 80, 61",
        "gray-37x29-to-80x61, 37, 29, 1, 80, 61",
        "rgb-37x29-to-80x13, 37, 29, 3, 80, 13",
        "rgb-37x29-to-20x29, 37, 29, 3, 20, 29",
        "rgb-37x29-to-37x61, 37, 29, 3, 37, 61",
        "rgb-37x29-to-36x28, 37, 29, 3, 36, 28",
        "rgb-37x29-to-1x1, 37, 29, 3, 1, 1",
        "rgb-500x375-to-341x256, 500, 375, 3, 341, 256",
    })
    void resizeEqualsPil(String name, int w, int h, int channels, int toW, int toH) throws Exception {
        Image8 out = PilResize.bilinear(ResizeTestPattern.of(w, h, channels), toW, toH);
        assertThat(describe(out)).isEqualTo(expected.get(name));
    }

    @ParameterizedTest(name = "{0}: equals PIL + torchvision Resize(256), CenterCrop(224)")
    @CsvSource({
        "rgb-300x201-imagenet, 300, 201, 3",
        "gray-300x201-imagenet, 300, 201, 1",
        "rgb-201x300-imagenet, 201, 300, 3",
        "rgb-301x200-imagenet, 301, 200, 3",
        "rgb-256x300-imagenet, 256, 300, 3",
    })
    void imageNetGeometryEqualsPil(String name, int w, int h, int channels) throws Exception {
        Image8 out = ImageNetPreprocessing.apply(ResizeTestPattern.of(w, h, channels));
        assertThat(describe(out)).isEqualTo(expected.get(name));
    }

    private static String describe(Image8 img) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(img.samples());
        return img.describe() + " " + HexFormat.of().formatHex(digest);
    }
}
