package io.crbench.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Removes embedded ICC profiles (APP2 {@code ICC_PROFILE} segments) from a JPEG before decoding.
 * PIL ignores them when it converts a JPEG to pixels, so every paper's pipeline saw the stored
 * samples; ImageIO would instead convert them to sRGB (92 of the 1,000 ImageNet sample images
 * carry such a profile and would come out up to 49 levels off).
 */
final class JpegIccProfile {
    private static final byte[] TAG = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);

    private JpegIccProfile() {
    }

    /** {@code bytes} without ICC segments; anything that is not a JPEG, or has none, is returned as is. */
    static byte[] strip(byte[] bytes) {
        if (bytes.length < 4 || (bytes[0] & 0xff) != 0xff || (bytes[1] & 0xff) != 0xd8) {
            return bytes;
        }
        ByteArrayOutputStream out = null;
        int copiedUpTo = 0;
        int pos = 2;
        // Walk the marker segments before the first scan; entropy-coded data is never touched.
        while (pos + 4 <= bytes.length && (bytes[pos] & 0xff) == 0xff) {
            int marker = bytes[pos + 1] & 0xff;
            if (marker == 0xda || marker == 0xd9) {
                break;
            }
            int length = ((bytes[pos + 2] & 0xff) << 8) | (bytes[pos + 3] & 0xff);
            int end = pos + 2 + length;
            if (length < 2 || end > bytes.length) {
                break;
            }
            if (marker == 0xe2 && isIccPayload(bytes, pos + 4, end)) {
                if (out == null) {
                    out = new ByteArrayOutputStream(bytes.length);
                }
                out.write(bytes, copiedUpTo, pos - copiedUpTo);
                copiedUpTo = end;
            }
            pos = end;
        }
        if (out == null) {
            return bytes;
        }
        out.write(bytes, copiedUpTo, bytes.length - copiedUpTo);
        return out.toByteArray();
    }

    private static boolean isIccPayload(byte[] bytes, int from, int end) {
        return end - from >= TAG.length && Arrays.equals(bytes, from, from + TAG.length, TAG, 0, TAG.length);
    }
}
