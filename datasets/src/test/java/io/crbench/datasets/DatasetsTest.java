package io.crbench.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DatasetsTest {
    @Test
    void mirrorPropertyWinsOverEnvironmentAndBlankMeansUnset() {
        assertThat(Datasets.mirrorFrom("/p", "/e")).contains(Path.of("/p"));
        assertThat(Datasets.mirrorFrom(null, "/e")).contains(Path.of("/e"));
        assertThat(Datasets.mirrorFrom("  ", "/e")).contains(Path.of("/e"));
        assertThat(Datasets.mirrorFrom("", " ")).isEmpty();
        assertThat(Datasets.mirrorFrom(null, null)).isEmpty();
        assertThat(Datasets.mirrorFrom("${env.CRBENCH_MIRROR}", null)).isEqualTo(Optional.empty());
    }

    @Test
    void everyBuiltInManifestLoadsAndDownloadsFromItsPinnedCommit() {
        assertThat(Datasets.names()).hasSize(13);
        for (String name : Datasets.names()) {
            DatasetManifest m = Datasets.manifest(name);
            assertThat(m.name()).isEqualTo(name);
            assertThat(m.description()).isNotBlank();
            assertThat(m.licence()).isNotBlank();
            for (DatasetFile f : m.files()) {
                DatasetSource s = f.source();
                assertThat(s.commit()).matches("[0-9a-f]{40}");
                assertThat(s.urlTemplate())
                        .isEqualTo(DatasetSource.rawGitHubTemplate(s.repository(), s.commit(), s.pathPrefix()));
            }
        }
    }

    @Test
    void builtInManifestsListTheExpectedFiles() {
        Map<String, Integer> counts = Datasets.names().stream()
                .collect(Collectors.toMap(n -> n, n -> Datasets.manifest(n).files().size()));
        assertThat(counts).containsAllEntriesOf(Map.of(
                "LIVE1_color", 29, "Classic5", 5, "CBSD68", 68, "Kodak24", 24, "CIFAR-10-test", 10_000,
                "imagenet-sample-images", 1002, "imagenet_labels", 2, "mobilenetv2-12-int8", 1, "mbv2_cifar10_int8", 1, "ARCNN", 4))
                .hasSize(13).containsEntry("DnCNN", 2).containsEntry("cifar10-resnet", 2)
                .containsEntry("BSDS500-test", 200);

        DatasetManifest cifar = Datasets.manifest(Datasets.CIFAR10_TEST);
        assertThat(cifar.classes()).containsExactly(
                "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck");
        DatasetFile first = cifar.files().get(0);
        assertThat(first.path()).isEqualTo("airplane/aeroplane_s_000002.png");
        assertThat(first.source().upstreamPath(first.path())).isEqualTo("test/airplane/aeroplane_s_000002.png");
        assertThat(first.downloadUrl()).isEqualTo("https://raw.githubusercontent.com/cyizhuo/CIFAR-10-dataset/"
                + "a828d74fc38cd82a82ecfdeca6522873baf96efa/test/airplane/aeroplane_s_000002.png");

        DatasetManifest labels = Datasets.manifest(Datasets.IMAGENET_LABELS);
        assertThat(labels.file("imagenet_classes.txt").orElseThrow().source().repository()).isEqualTo("pytorch/hub");
        assertThat(labels.file("LOC_synset_mapping.txt").orElseThrow().source().repository())
                .isEqualTo("PRIYE/Resnet50_ImageNet1k");
        assertThat(Datasets.manifest(Datasets.CLASSIC5).file("1.bmp").orElseThrow().sha256())
                .isEqualTo("3a425029590fcb175ca9300107826da5175f884452514cc31a8d023bb029e828");
    }

    @Test
    void unknownNameIsAnError() {
        assertThatThrownBy(() -> Datasets.manifest("Set14"))
                .isInstanceOfSatisfying(DatasetException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatasetException.Reason.BAD_MANIFEST))
                .hasMessageContaining("Set14")
                .hasMessageContaining("Kodak24");
    }
}
