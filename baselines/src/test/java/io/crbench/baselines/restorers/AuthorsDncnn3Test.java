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

    /**
     * DnCNN-3 as MatConvNet computes it (correlation, zero padding, ReLU between convolutions,
     * output = input − residual), in double precision from the layers as read.
     */
    private static double[] reference(List<MatConvNetLayers.Layer> layers, Image8 image, boolean transposed) {
        int w = image.width();
        int h = image.height();
        double[][] planes = {new double[w * h]};
        for (int i = 0; i < w * h; i++) {
            planes[0][i] = image.sampleAt(i) / 255.0;
        }
        double[] input = planes[0].clone();
        for (MatConvNetLayers.Layer l : layers) {
            if (l.type().equals("relu")) {
                for (double[] p : planes) {
                    for (int i = 0; i < p.length; i++) {
                        p[i] = Math.max(0, p[i]);
                    }
                }
                continue;
            }
            int out = l.kernelShape()[0];
            int in = l.kernelShape()[1];
            int k = l.kernelShape()[2];
            double[][] next = new double[out][w * h];
            for (int o = 0; o < out; o++) {
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        double s = l.bias()[o];
                        for (int i = 0; i < in; i++) {
                            for (int r = 0; r < k; r++) {
                                for (int c = 0; c < k; c++) {
                                    int yy = y + r - l.pad();
                                    int xx = x + c - l.pad();
                                    if (yy >= 0 && yy < h && xx >= 0 && xx < w) {
                                        int kr = transposed ? c : r;
                                        int kc = transposed ? r : c;
                                        s += l.kernel()[((o * in + i) * k + kr) * k + kc] * planes[i][yy * w + xx];
                                    }
                                }
                            }
                        }
                        next[o][y * w + x] = s;
                    }
                }
            }
            planes = next;
        }
        double[] restored = new double[w * h];
        for (int i = 0; i < restored.length; i++) {
            restored[i] = input[i] - planes[0][i];
        }
        return restored;
    }

    @Test
    void matchesMatConvNetsComputationOnEveryPixel() {
        Path file = Datasets.locate(Datasets.DNCNN).path("DnCNN3.mat");
        List<MatConvNetLayers.Layer> layers = MatConvNetLayers.read(file);
        assertThat(layers).hasSize(39);
        assertThat(layers.stream().filter(l -> l.type().equals("conv")).count()).isEqualTo(20);
        try (LumaRestorer dncnn = AuthorsDncnn3.fromFile(file)) {
            Image8 restored = dncnn.restore(INPUT);
            assertThat(ReferenceOutputs.maxDifference(restored, reference(layers, INPUT, false))).isLessThanOrEqualTo(1);
            // Kernels read with rows and columns swapped give another image: the check can fail.
            assertThat(ReferenceOutputs.maxDifference(restored, reference(layers, INPUT, true))).isGreaterThan(3);
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
