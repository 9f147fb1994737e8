package io.crbench.baselines.restorers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.datasets.Datasets;
import io.crbench.image.Image8;
import io.crbench.model.MatConvNetLayers;
import io.crbench.model.ModelLoadException;
import io.crbench.restore.BlockRestorer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorsCdncnnBTest {
    private static final Image8 INPUT = Image8.generate(13, 11, 3,
            (x, y, c) -> (x * 53 + y * 29 + x * y * 7 + c * 91) % 256);

    @Test
    void matchesMatConvNetsComputationOnEveryColourSample() {
        Path file = Datasets.locate(Datasets.DNCNN).path("GD_Color_Blind.mat");
        List<MatConvNetLayers.Layer> layers = MatConvNetLayers.read(file);
        assertThat(layers).hasSize(39);
        assertThat(layers.get(0).kernelShape()).containsExactly(64, 3, 3, 3);
        try (BlockRestorer cdncnn = AuthorsCdncnnB.fromFile(file)) {
            Image8 restored = cdncnn.restore(INPUT);
            assertThat(restored.channels()).isEqualTo(3);
            assertThat(ReferenceOutputs.maxDifference(restored, MatConvNetDncnnReference.restore(layers, INPUT, false)))
                    .isLessThanOrEqualTo(1);
            // Kernels read with rows and columns swapped give another image: the check can fail.
            assertThat(ReferenceOutputs.maxDifference(restored, MatConvNetDncnnReference.restore(layers, INPUT, true)))
                    .isGreaterThan(3);
        }
    }

    @Test
    void theGrayDncnn3FileIsNotACdncnnB() {
        Path dncnn3 = Datasets.locate(Datasets.DNCNN).path("DnCNN3.mat");
        assertThatThrownBy(() -> AuthorsCdncnnB.fromFile(dncnn3)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("DnCNN3.mat").hasMessageContaining("3-channel")
                .hasMessageContaining("maps 1 channels to 1");
    }
}
