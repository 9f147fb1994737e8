package io.crbench.datasets.fashionmnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crbench.datasets.DatasetException;
import io.crbench.datasets.images.LabeledInputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads Debian's copy (skipped, with the reason, where package dataset-fashion-mnist is not installed). */
class FashionMnistTest {
    private static final String[] FILES = {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
        "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"};

    @TempDir
    Path dir;

    private static Path debianFolder() {
        Path folder = FashionMnist.folderFromEnvironment();
        assumeTrue(Files.isRegularFile(folder.resolve(FILES[0])), "Fashion-MNIST not in " + folder
                + ": install Debian's dataset-fashion-mnist (scripts/setup.sh) or set -D" + FashionMnist.FOLDER_PROPERTY);
        return folder;
    }

    @Test
    void debiansCopyLoadsAsSixtyThousandAndTenThousandGrayImages() {
        FashionMnist set = FashionMnist.load(debianFolder());
        assertThat(set.train().size()).isEqualTo(60_000);
        assertThat(set.test().size()).isEqualTo(10_000);
        assertThat(set.train().images().get(0).describe()).isEqualTo("28x28x1");
        assertThat(set.test().dataset()).isEqualTo("fashion-mnist");
        int[] perClass = new int[10];
        Arrays.stream(set.test().labels()).forEach(l -> perClass[l]++);
        assertThat(perClass).containsOnly(1000);
        // The first training image is an ankle boot (label 9), as upstream's README shows.
        assertThat(set.train().labels()[0]).isEqualTo(9);
        LabeledInputs sample = set.test().firstPerClass(100);
        assertThat(sample.size()).isEqualTo(1000);
    }

    @Test
    void aCopyGzippedDifferentlyPassesOnItsDecompressedChecksum() throws IOException {
        Path debian = debianFolder();
        for (String f : FILES) {
            Files.copy(debian.resolve(f), dir.resolve(f));
        }
        Path labels = dir.resolve(FILES[3]);
        byte[] idx;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(labels))) {
            idx = in.readAllBytes();
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(labels))) {
            out.write(idx);
        }
        assertThat(FashionMnist.load(dir).test().size()).isEqualTo(10_000);
    }

    @Test
    void aCorruptFileIsAChecksumErrorNamingIt() throws IOException {
        Path debian = debianFolder();
        for (String f : FILES) {
            Files.copy(debian.resolve(f), dir.resolve(f));
        }
        Path labels = dir.resolve(FILES[3]);
        byte[] idx;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(labels))) {
            idx = in.readAllBytes();
        }
        idx[100] ^= 1;
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(labels))) {
            out.write(idx);
        }
        assertThatThrownBy(() -> FashionMnist.load(dir))
                .isInstanceOfSatisfying(DatasetException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatasetException.Reason.CHECKSUM_MISMATCH))
                .hasMessageContaining(labels.toString());
        Files.write(labels, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> FashionMnist.load(dir)).hasMessageContaining("not a readable gzip file")
                .hasMessageContaining(labels.toString());
    }

    @Test
    void aMissingFileSaysHowToGetIt() {
        assertThatThrownBy(() -> FashionMnist.load(dir))
                .isInstanceOfSatisfying(DatasetException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatasetException.Reason.MISSING_FILE))
                .hasMessageContaining(dir.resolve(FILES[0]).toString())
                .hasMessageContaining("dataset-fashion-mnist")
                .hasMessageContaining("-D" + FashionMnist.FOLDER_PROPERTY)
                .hasMessageContaining("https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/");
    }

    @Test
    void theManifestPinsFourFilesAndTenClasses() {
        FashionMnistManifest m = FashionMnistManifest.builtIn();
        assertThat(m.files()).hasSize(4);
        assertThat(m.classes()).startsWith("T-shirt/top").endsWith("Ankle boot");
        assertThat(m.debianFolder()).isEqualTo(Path.of("/usr/share/datasets/fashion-mnist"));
        assertThat(m.file(FILES[0]).sha256())
                .isEqualTo("b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7");
    }
}
