package io.crbench.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.files.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLocatorTest {
    private static final String NAME = "tiny";

    @TempDir
    Path tmp;
    private Path mirror;
    private Path upstream;
    private Path cache;

    @BeforeEach
    void writeData() {
        mirror = tmp.resolve("mirror");
        upstream = tmp.resolve("upstream");
        cache = tmp.resolve("cache");
        for (Path root : List.of(mirror, upstream)) {
            TinyDataset.writePng(root, NAME, "a.png", TinyDataset.image(8, 6, 3, 1));
            TinyDataset.writePng(root, NAME, "sub/b.png", TinyDataset.image(5, 5, 1, 2));
        }
    }

    private DatasetManifest manifest() {
        return TinyDataset.manifestOf(upstream, NAME, List.of(), TinyDataset.fileUrlTemplate(upstream, NAME));
    }

    private static DatasetManifest withHash(DatasetManifest m, String file, String sha256) {
        List<DatasetFile> files = m.files().stream()
                .map(f -> f.path().equals(file) ? new DatasetFile(f.path(), sha256, f.source()) : f)
                .toList();
        return new DatasetManifest(m.name(), m.description(), m.licence(), m.classes(), files);
    }

    private static DatasetManifest withUrlTemplate(DatasetManifest m, String template) {
        List<DatasetFile> files = m.files().stream()
                .map(f -> new DatasetFile(f.path(), f.sha256(), new DatasetSource(
                        f.source().repository(), f.source().commit(), f.source().pathPrefix(), template)))
                .toList();
        return new DatasetManifest(m.name(), m.description(), m.licence(), m.classes(), files);
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void usesMirrorFilesInPlaceWithoutCopying() throws IOException {
        LocalDataset local = new DatasetLocator(Optional.of(mirror), cache).locate(manifest());

        assertThat(local.files()).containsExactly("a.png", "sub/b.png");
        assertThat(local.path("sub/b.png")).isEqualTo(mirror.resolve(NAME).resolve("sub/b.png"));
        assertThat(filesUnder(cache)).isEmpty();
    }

    @Test
    void mirrorChecksumMismatchNamesFileHashesAndOrigin() throws IOException {
        String wrong = "0".repeat(64);
        String actual = Sha256.of(mirror.resolve(NAME).resolve("a.png"));
        DatasetManifest m = withHash(manifest(), "a.png", wrong);

        assertThatThrownBy(() -> new DatasetLocator(Optional.of(mirror), cache).locate(m))
                .isInstanceOfSatisfying(DatasetException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatasetException.Reason.CHECKSUM_MISMATCH);
                    assertThat(e.dataset()).isEqualTo(NAME);
                })
                .hasMessageContaining("a.png")
                .hasMessageContaining("expected SHA-256 " + wrong)
                .hasMessageContaining("got " + actual)
                .hasMessageContaining("mirror (" + mirror.resolve(NAME).resolve("a.png") + ")");
    }

    @Test
    void missingFileSaysWhereItLookedAndHowToSetTheMirror() {
        Path emptyMirror = tmp.resolve("empty-mirror");
        DatasetManifest m = withUrlTemplate(manifest(), tmp.resolve("nowhere").toUri() + "{file}");

        assertThatThrownBy(() -> new DatasetLocator(Optional.of(emptyMirror), cache).locate(m, "sub/b.png"))
                .isInstanceOfSatisfying(DatasetException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatasetException.Reason.MISSING_FILE))
                .hasMessageContaining(emptyMirror.resolve(NAME).resolve("sub/b.png").toString())
                .hasMessageContaining("does not exist")
                .hasMessageContaining(tmp.resolve("nowhere").toUri() + "sub/b.png")
                .hasMessageContaining("-Dcrbench.mirror=DIR")
                .hasMessageContaining("CRBENCH_MIRROR=DIR");
    }

    @Test
    void aWrongMirrorLayoutShowsWhatIsExpectedNextToWhatIsThere() throws IOException {
        Path misplaced = tmp.resolve("misplaced");
        TinyDataset.writePng(misplaced, NAME, "test/0/a.png", TinyDataset.image(8, 6, 3, 1));
        DatasetManifest m = withUrlTemplate(manifest(), tmp.resolve("nowhere").toUri() + "{file}");

        assertThatThrownBy(() -> new DatasetLocator(Optional.of(misplaced), cache).locate(m))
                .hasMessageContaining("layout may be wrong")
                .hasMessageContaining("expects 2 files such as [a.png, sub/b.png]")
                .hasMessageContaining("holds files such as [test/0/a.png]");
    }

    @Test
    void downloadsIntoTheCacheThenUsesTheCache() throws IOException {
        DatasetLocator locator = new DatasetLocator(Optional.empty(), cache);
        DatasetManifest m = manifest();

        LocalDataset downloaded = locator.locate(m);

        Path cached = cache.resolve(NAME).resolve("sub/b.png");
        assertThat(downloaded.path("sub/b.png")).isEqualTo(cached);
        assertThat(Files.readAllBytes(cached)).isEqualTo(Files.readAllBytes(upstream.resolve(NAME).resolve("sub/b.png")));
        assertThat(filesUnder(cache)).hasSize(2).noneMatch(p -> p.toString().endsWith(".part"));

        // Nothing left upstream: the second lookup must be served by the cache.
        Files.delete(upstream.resolve(NAME).resolve("a.png"));
        assertThat(locator.locate(m, "a.png")).isEqualTo(cache.resolve(NAME).resolve("a.png"));
        assertThat(locator.locate(withUrlTemplate(m, "file:/nowhere/{file}")).path("sub/b.png")).isEqualTo(cached);
    }

    @Test
    void corruptDownloadLeavesNothingInTheCache() throws IOException {
        DatasetManifest m = manifest();
        Files.write(upstream.resolve(NAME).resolve("a.png"), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> new DatasetLocator(Optional.empty(), cache).locate(m, "a.png"))
                .isInstanceOfSatisfying(DatasetException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatasetException.Reason.CHECKSUM_MISMATCH))
                .hasMessageContaining("a.png")
                .hasMessageContaining("downloaded from " + upstream.resolve(NAME).toUri() + "a.png");
        assertThat(filesUnder(cache)).isEmpty();
    }

    @Test
    void unreachableUrlLeavesNothingInTheCache() throws IOException {
        // Port 1 on the loopback interface refuses connections at once, so no network is needed.
        DatasetManifest m = withUrlTemplate(manifest(), "http://127.0.0.1:1/{file}");

        assertThatThrownBy(() -> new DatasetLocator(Optional.empty(), cache).locate(m))
                .isInstanceOfSatisfying(DatasetException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatasetException.Reason.UNREACHABLE))
                .hasMessageContaining("http://127.0.0.1:1/a.png")
                .hasMessageContaining("no mirror configured");
        assertThat(filesUnder(cache)).isEmpty();
    }

    @Test
    void percentEncodesDownloadPaths() throws IOException {
        TinyDataset.writeBytes(upstream, NAME, "it's a/x y.txt", new byte[] {42});
        DatasetManifest m = manifest();

        assertThat(m.file("it's a/x y.txt").orElseThrow().downloadUrl()).endsWith("/it%27s%20a/x%20y.txt");
        Path p = new DatasetLocator(Optional.empty(), cache).locate(m, "it's a/x y.txt");
        assertThat(Files.readAllBytes(p)).containsExactly(42);
    }

    @Test
    void remembersVerifiedFilesUntilTheyChange() throws IOException {
        DatasetManifest m = manifest();
        DatasetLocator locator = new DatasetLocator(Optional.of(mirror), cache);
        locator.locate(m);

        // Same size and modification time: treated as the file already verified, not rehashed.
        Path a = mirror.resolve(NAME).resolve("a.png");
        FileTime modified = Files.getLastModifiedTime(a);
        byte[] bytes = Files.readAllBytes(a);
        bytes[bytes.length - 1] ^= 1;
        Files.write(a, bytes);
        Files.setLastModifiedTime(a, modified);
        assertThat(locator.locate(m, "a.png")).isEqualTo(a);

        Files.setLastModifiedTime(a, FileTime.fromMillis(modified.toMillis() + 5_000));
        assertThatThrownBy(() -> locator.locate(m, "a.png"))
                .isInstanceOfSatisfying(DatasetException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatasetException.Reason.CHECKSUM_MISMATCH));
    }

    @Test
    void unknownFileIsAnError() {
        assertThatThrownBy(() -> new DatasetLocator(Optional.of(mirror), cache).locate(manifest(), "c.png"))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("lists no file c.png");
    }
}
