package io.crbench.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files of the offline data-set mirror for tests that need real models or images
 * ({@code -Dcrbench.mirror=DIR} or {@code CRBENCH_MIRROR=DIR}); such a test is skipped, with the
 * reason, when no mirror is configured.
 */
final class MirrorFiles {
    private MirrorFiles() {
    }

    /** The mirror's file at {@code relative}, or the calling test is skipped. */
    static Path file(String relative) {
        Optional<Path> mirror = setting(System.getProperty("crbench.mirror"))
                .or(() -> setting(System.getenv("CRBENCH_MIRROR"))).map(Path::of);
        assumeTrue(mirror.isPresent(), "no mirror configured: set -Dcrbench.mirror=DIR or CRBENCH_MIRROR=DIR");
        Path file = mirror.get().resolve(relative);
        assumeTrue(Files.isRegularFile(file), file + " is not in the mirror");
        return file;
    }

    private static Optional<String> setting(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
