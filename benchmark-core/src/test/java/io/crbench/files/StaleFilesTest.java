package io.crbench.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StaleFiles}: old debris goes, fresh debris (a writer may own it) and everything else stays. */
class StaleFilesTest {
    @Test
    void deletesOnlyOldMatchingEntries(@TempDir Path dir) throws Exception {
        Path oldFolder = Files.createDirectories(dir.resolve(".tmp-abc").resolve("inner"));
        Files.writeString(oldFolder.resolve("parameters.params"), "x");
        Path oldPart = Files.writeString(dir.resolve("a.png.123.part"), "x");
        Path freshPart = Files.writeString(dir.resolve("b.png.456.part"), "x");
        Path entry = Files.createDirectories(dir.resolve("arcnn_q_10_-abc"));
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        for (Path p : List.of(oldFolder.getParent(), oldPart, entry)) {
            Files.setLastModifiedTime(p, twoDaysAgo);
        }

        List<Path> deleted = StaleFiles.sweep(dir, name -> name.startsWith(".tmp-") || name.endsWith(".part"),
                StaleFiles.STALE_AFTER);

        assertThat(deleted).containsExactlyInAnyOrder(oldFolder.getParent(), oldPart);
        assertThat(oldFolder.getParent()).doesNotExist();
        assertThat(freshPart).exists();
        assertThat(entry).exists();
        assertThat(StaleFiles.sweep(dir.resolve("absent"), name -> true, Duration.ZERO)).isEmpty();
    }
}
