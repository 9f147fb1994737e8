package io.crbench.baselines.restorers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.datasets.Datasets;
import io.crbench.image.Image8;
import io.crbench.model.MatConvNetLayers;
import io.crbench.model.ModelLoadException;
import io.crbench.restore.LumaRestorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorsDncnn3Test {
    private static final Image8 INPUT = Image8.generate(13, 11, 1, (x, y, c) -> (x * 53 + y * 29 + x * y * 7) % 256);

    @Test
    void matchesMatConvNetsComputationOnEveryPixel() {
        Path file = Datasets.locate(Datasets.DNCNN).path("DnCNN3.mat");
        List<MatConvNetLayers.Layer> layers = MatConvNetLayers.read(file);
        assertThat(layers).hasSize(39);
        assertThat(layers.stream().filter(l -> l.type().equals("conv")).count()).isEqualTo(20);
        try (LumaRestorer dncnn = AuthorsDncnn3.fromFile(file)) {
            Image8 restored = dncnn.restore(INPUT);
            assertThat(ReferenceOutputs.maxDifference(restored, MatConvNetDncnnReference.restore(layers, INPUT, false))).isLessThanOrEqualTo(1);
            // Kernels read with rows and columns swapped give another image: the check can fail.
            assertThat(ReferenceOutputs.maxDifference(restored, MatConvNetDncnnReference.restore(layers, INPUT, true))).isGreaterThan(3);
        }
    }

    @Test
    void aFileThatIsNotAMatConvNetNetworkIsNamed(@TempDir Path dir) throws Exception {
        Path arcnn = Datasets.locate(Datasets.ARCNN).path("q10.mat");
        assertThatThrownBy(() -> AuthorsDncnn3.fromFile(arcnn)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("q10.mat");
        Path truncated = dir.resolve("DnCNN3-truncated.mat");
        byte[] real = Files.readAllBytes(Datasets.locate(Datasets.DNCNN).path("DnCNN3.mat"));
        Files.write(truncated, java.util.Arrays.copyOf(real, real.length / 3));
        assertThatThrownBy(() -> AuthorsDncnn3.fromFile(truncated)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("DnCNN3-truncated.mat");
    }
}
