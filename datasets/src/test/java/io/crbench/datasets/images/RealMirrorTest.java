package io.crbench.datasets.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crbench.datasets.DatasetManifest;
import io.crbench.datasets.Datasets;
import io.crbench.datasets.LocalDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks the built-in manifests against a real mirror (run with {@code -Dcrbench.mirror=DIR});
 * skipped when none is configured.
 */
class RealMirrorTest {
    private Path mirror;

    /** Per test rather than per class, so each skipped test is reported with the reason. */
    @BeforeEach
    void requireMirror() {
        Optional<Path> configured = Datasets.mirrorFromEnvironment();
        assumeTrue(configured.isPresent(),
                "no mirror configured: set -D" + Datasets.MIRROR_PROPERTY + "=DIR or " + Datasets.MIRROR_ENV + "=DIR");
        assumeTrue(Files.isDirectory(configured.get()), "mirror folder " + configured.get() + " does not exist");
        mirror = configured.get();
    }

    @Test
    void classic5VerifiesInPlaceAndDecodesAsGray() {
        LocalDataset local = Datasets.locate(Datasets.CLASSIC5);

        assertThat(local.files()).containsExactly("1.bmp", "2.bmp", "3.bmp", "4.bmp", "5.bmp");
        assertThat(local.path("1.bmp")).isEqualTo(mirror.resolve("Classic5").resolve("1.bmp"));
        ImageFolderDataset set = ImageFolderDataset.load(local);
        assertThat(set.images()).allSatisfy(i -> assertThat(i.image().describe()).isEqualTo("512x512x1"));
    }

    @Test
    void cifarFileListMatchesTheMirrorAndVerifies() throws IOException {
        DatasetManifest manifest = Datasets.manifest(Datasets.CIFAR10_TEST);
        Path folder = mirror.resolve(manifest.name());
        try (Stream<Path> walk = Files.walk(folder)) {
            assertThat(walk.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString())
                    .filter(p -> !p.equals("SHA256SUMS"))
                    .sorted())
                    .containsExactlyElementsOf(manifest.files().stream().map(f -> f.path()).toList());
        }

        LocalDataset local = Datasets.locate(Datasets.CIFAR10_TEST);

        assertThat(local.files()).hasSize(10_000);
        assertThat(local.path(local.files().get(0))).startsWith(folder);
    }

    @Test
    void cifarLoadsTenBalancedClasses() {
        ClassFolderDataset set = ClassFolderDataset.load(Datasets.locate(Datasets.CIFAR10_TEST));

        assertThat(set.size()).isEqualTo(10_000);
        assertThat(set.samples()).allSatisfy(s -> assertThat(s.image().describe()).isEqualTo("32x32x3"));
        int[] counts = new int[10];
        set.samples().forEach(s -> counts[s.label()]++);
        assertThat(counts).containsOnly(1000);
        assertThat(set.samples().get(0).name()).startsWith("airplane/");
        assertThat(set.samples().get(9_999).name()).startsWith("truck/");
    }

    @Test
    void imageNetLabelsFollowTheSortedSynsetOrder() {
        ImageNetSynsets synsets = ImageNetSynsets.load(Datasets.locate(Datasets.IMAGENET_LABELS));

        assertThat(synsets.size()).isEqualTo(1000);
        assertThat(synsets.ids().get(0)).isEqualTo("n01440764");
        assertThat(synsets.className(0)).isEqualTo("tench");
        assertThat(synsets.className(999)).isEqualTo("toilet tissue");
    }
}
