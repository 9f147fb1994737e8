package io.crbench.datasets;

import io.crbench.files.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Files whose SHA-256 this JVM has already checked, so suites that use the same data set twice do
 * not rehash it. A file counts as unchanged while its path, size and modification time are; any
 * change makes it be hashed again.
 */
final class VerifiedFiles {
    private record Key(Path file, long size, long modifiedNanos, String sha256) {
    }

    private static final Set<Key> VERIFIED = ConcurrentHashMap.newKeySet();

    private VerifiedFiles() {
    }

    /** The file's SHA-256: {@code expected} straight away if it was verified before, else freshly hashed. */
    static String hash(Path file, String expected) throws IOException {
        Key key = key(file, expected);
        if (VERIFIED.contains(key)) {
            return expected;
        }
        String actual = Sha256.of(file);
        if (actual.equals(expected)) {
            VERIFIED.add(key);
        }
        return actual;
    }

    /** Records a file hashed elsewhere (while it was downloaded). */
    static void remember(Path file, String sha256) throws IOException {
        VERIFIED.add(key(file, sha256));
    }

    private static Key key(Path file, String sha256) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        return new Key(file.toAbsolutePath().normalize(), attrs.size(),
                attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS), sha256);
    }
}
