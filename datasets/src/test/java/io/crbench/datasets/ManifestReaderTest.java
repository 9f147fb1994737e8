package io.crbench.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.files.Sha256;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {
    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    @TempDir
    Path tmp;

    private void writeGzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }

    private Path writeManifest(String listSha) throws IOException {
        String json = """
                { "name": "two", "description": "d", "licence": "l", "classes": ["x", "y"],
                  "sources": [ { "repository": "o/r", "commit": "c", "pathPrefix": "test/",
                                 "urlTemplate": "https://example.org/test/{file}",
                                 "fileList": "two.sha256sums.gz", "fileListSha256": "%s" } ] }
                """.formatted(listSha);
        return Files.writeString(tmp.resolve("two.json"), json);
    }

    @Test
    void readsAGzippedSha256SumsList() throws IOException {
        byte[] list = (B + "  y/2.png\n" + A + " *x/1.png\n").getBytes(StandardCharsets.UTF_8);
        writeGzip(tmp.resolve("two.sha256sums.gz"), list);

        DatasetManifest m = ManifestReader.readFile(writeManifest(Sha256.of(list)));

        assertThat(m.classes()).containsExactly("x", "y");
        assertThat(m.files()).extracting(DatasetFile::path).containsExactly("x/1.png", "y/2.png");
        assertThat(m.files().get(0).sha256()).isEqualTo(A);
        assertThat(m.files().get(0).downloadUrl()).isEqualTo("https://example.org/test/x/1.png");
    }

    @Test
    void rejectsAFileListWhoseHashDiffers() throws IOException {
        writeGzip(tmp.resolve("two.sha256sums.gz"), (A + "  x/1.png\n").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ManifestReader.readFile(writeManifest(B)))
                .isInstanceOfSatisfying(DatasetException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatasetException.Reason.BAD_MANIFEST))
                .hasMessageContaining("two.sha256sums.gz")
                .hasMessageContaining("expects " + B);
    }

    @Test
    void rejectsPathsThatEscapeTheDataSetFolder() throws IOException {
        Files.writeString(tmp.resolve("bad.json"), """
                { "name": "bad", "description": "d", "licence": "l",
                  "sources": [ { "repository": "o/r", "commit": "c", "pathPrefix": "",
                                 "urlTemplate": "https://example.org/{file}",
                                 "files": { "../escape.png": "%s" } } ] }
                """.formatted(A));

        assertThatThrownBy(() -> ManifestReader.readFile(tmp.resolve("bad.json")))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("../escape.png");
    }
}
