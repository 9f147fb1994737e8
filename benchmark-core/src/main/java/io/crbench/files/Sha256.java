package io.crbench.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Streaming SHA-256 as lowercase hex, the form {@code sha256sum} prints and manifests store. */
public final class Sha256 {
    private static final int BUFFER_SIZE = 1 << 16;
    /** Compiled once: manifests check 10,000 hashes when they are read. */
    private static final Pattern WELL_FORMED = Pattern.compile("[0-9a-f]{64}");
    /** One buffer per thread: verifying 10,000 small files should not allocate 10,000 buffers. */
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[BUFFER_SIZE]);

    private Sha256() {
    }

    /** The hash of a file's contents. */
    public static String of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return copy(in, OutputStream.nullOutputStream());
        }
    }

    /** The hash of a byte string. */
    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    /** Copies {@code in} to {@code out} and returns the hash of what was copied. */
    public static String copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = BUFFER.get();
        int n;
        while ((n = in.read(buffer)) > 0) {
            digest.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether {@code s} looks like a hash this class produces. */
    public static boolean isWellFormed(String s) {
        return s != null && WELL_FORMED.matcher(s).matches();
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
