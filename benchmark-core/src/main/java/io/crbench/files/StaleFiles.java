package io.crbench.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Removes what interrupted writers left behind: temporary files and folders (a checkpoint's
 * {@code .tmp-*} folder, a download's {@code .part} file) that no running writer can still own
 * because they are older than any write takes.
 */
public final class StaleFiles {
    /** Far longer than storing a checkpoint or downloading a data set file takes. */
    public static final Duration STALE_AFTER = Duration.ofDays(1);

    private StaleFiles() {
    }

    /**
     * Deletes the entries of {@code dir} (not below it) whose name matches {@code debris} and that
     * were last modified before {@code olderThan} ago, folders with their contents. Best effort:
     * a missing folder or an entry that cannot be deleted is left as it is.
     *
     * @return the entries deleted
     */
    public static List<Path> sweep(Path dir, Predicate<String> debris, Duration olderThan) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        FileTime cutoff = FileTime.from(Instant.now().minus(olderThan));
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> debris.test(p.getFileName().toString()))
                    .filter(p -> modifiedBefore(p, cutoff))
                    .filter(StaleFiles::deletedTree)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean modifiedBefore(Path p, FileTime cutoff) {
        try {
            return Files.getLastModifiedTime(p).compareTo(cutoff) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean deletedTree(Path root) {
        try {
            deleteTree(root);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes {@code root} and everything below it, deepest first. */
    public static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
