package io.crbench.baselines.restorers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.datasets.Datasets;
import io.crbench.image.Image8;
import io.crbench.model.MatV5Arrays;
import io.crbench.model.ModelLoadException;
import io.crbench.restore.LumaRestorer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import us.hebi.matlab.mat.format.Mat5;

class AuthorsArcnnTest {
    private static final Image8 INPUT = Image8.generate(21, 17, 1, (x, y, c) -> (x * 37 + y * 11 + x * y) % 256);

    /** AR-CNN as the authors' MATLAB code computes it, in double precision, straight from the MAT variables. */
    private static double[][] reference(MatV5Arrays mat, Image8 image, boolean transposed) {
        int w = image.width();
        int h = image.height();
        double[][] planes = {new double[w * h]};
        for (int i = 0; i < w * h; i++) {
            planes[0][i] = image.sampleAt(i) / 255.0;
        }
        String[] layers = {"conv1", "conv2", "conv22", "conv3"};
        int[] sizes = {9, 7, 1, 5};
        for (int l = 0; l < 4; l++) {
            MatV5Arrays.Numeric weights = mat.require("weights_" + layers[l], l == 3 ? new int[] {16, 25}
                    : new int[] {planes.length, sizes[l] * sizes[l], new int[] {64, 32, 16}[l]});
            MatV5Arrays.Numeric biases = mat.require("biases_" + layers[l], l == 3 ? 1 : weights.dims()[2], 1);
            int k = sizes[l];
            int filters = l == 3 ? 1 : weights.dims()[2];
            double[][] out = new double[filters][w * h];
            for (int o = 0; o < filters; o++) {
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        double s = biases.at(o, 0);
                        for (int i = 0; i < planes.length; i++) {
                            for (int p = 0; p < k * k; p++) {
                                int r = transposed ? p / k : p % k;
                                int c = transposed ? p % k : p / k;
                                int yy = Math.min(h - 1, Math.max(0, y + r - k / 2));
                                int xx = Math.min(w - 1, Math.max(0, x + c - k / 2));
                                double wt = l == 3 ? weights.at(i, p) : weights.at(i, p, o);
                                s += wt * planes[i][yy * w + xx];
                            }
                        }
                        out[o][y * w + x] = l == 3 ? s : Math.max(0, s);
                    }
                }
            }
            planes = out;
        }
        return planes;
    }

    @Test
    void matchesTheAuthorsComputationOnEveryPixel() {
        Path file = Datasets.locate(Datasets.ARCNN).path("q10.mat");
        MatV5Arrays mat = MatV5Arrays.read(file);
        try (LumaRestorer arcnn = AuthorsArcnn.fromFile(10, file)) {
            Image8 restored = arcnn.restore(INPUT);
            assertThat(arcnn.id()).isEqualTo("arcnn-authors(q=10)");
            // float32 against double: at most one rounding step apart.
            assertThat(ReferenceOutputs.maxDifference(restored, reference(mat, INPUT, false)[0])).isLessThanOrEqualTo(1);
            // The check can fail: kernels read row-major instead of MATLAB's column-major differ a lot.
            assertThat(ReferenceOutputs.maxDifference(restored, reference(mat, INPUT, true)[0])).isGreaterThan(3);
        }
    }

    @Test
    void refusesColourImagesAndQualitiesWithoutAModel() {
        try (LumaRestorer arcnn = AuthorsArcnn.load(20)) {
            assertThatThrownBy(() -> arcnn.restore(Image8.generate(8, 8, 3, (x, y, c) -> 0)))
                    .hasMessageContaining("gray (Y) images");
        }
        assertThatThrownBy(() -> AuthorsArcnn.load(50)).hasMessageContaining("[10, 20, 30, 40]");
    }

    @Test
    void aFileWithoutTheAuthorsVariablesOrNotAMatFileIsNamed(@TempDir Path dir) throws Exception {
        Path wrong = dir.resolve("wrong.mat");
        Mat5.writeToFile(Mat5.newMatFile().addArray("weights_conv1", Mat5.newMatrix(1, 81)), wrong.toFile());
        assertThatThrownBy(() -> AuthorsArcnn.fromFile(10, wrong)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("wrong.mat").hasMessageContaining("'weights_conv1' is [1, 81], expected [1, 81, 64]");
        Path truncated = dir.resolve("truncated.mat");
        byte[] real = Files.readAllBytes(Datasets.locate(Datasets.ARCNN).path("q10.mat"));
        Files.write(truncated, java.util.Arrays.copyOf(real, real.length / 2));
        assertThatThrownBy(() -> AuthorsArcnn.fromFile(10, truncated)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("truncated.mat");
    }

    @Test
    void aJpegQualityGetsTheNearestReleasedModelTiesToTheLower() {
        assertThat(AuthorsArcnn.nearestQuality(7)).isEqualTo(10);
        assertThat(AuthorsArcnn.nearestQuality(15)).isEqualTo(10);
        assertThat(AuthorsArcnn.nearestQuality(18)).isEqualTo(20);
        assertThat(AuthorsArcnn.nearestQuality(25)).isEqualTo(20);
        assertThat(AuthorsArcnn.nearestQuality(90)).isEqualTo(40);
        assertThatThrownBy(() -> AuthorsArcnn.nearestQuality(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1..100");
    }
}
