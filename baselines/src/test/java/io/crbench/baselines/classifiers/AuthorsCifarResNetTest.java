package io.crbench.baselines.classifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.crbench.datasets.Datasets;
import io.crbench.datasets.images.ClassFolderDataset;
import io.crbench.image.Image8;
import io.crbench.model.BlockClassifier;
import io.crbench.model.FeatureBackbone;
import io.crbench.model.LegacyTorchCheckpoint.Tensor;
import io.crbench.model.LegacyTorchCheckpoint;
import io.crbench.model.ModelLoadException;
import io.crbench.restore.ImageTensors;
import io.crbench.train.StartingWeights;
import io.crbench.train.TrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorsCifarResNetTest {
    private static final Path RESNET20 = Datasets.locate(Datasets.CIFAR10_RESNET).path("resnet20-12fca82f.th");
    private static final Path RESNET56 = Datasets.locate(Datasets.CIFAR10_RESNET).path("resnet56-4bfd9763.th");
    private static final double[] MEAN = {0.485, 0.456, 0.406};
    private static final double[] STD = {0.229, 0.224, 0.225};

    /**
     * The repository's ResNet forward pass in double precision, straight from the checkpoint's
     * tensors: planes[c][y * side + x].
     */
    private static double[] reference(Map<String, Tensor> w, int blocksPerStage, Image8 image) {
        Image8 rgb = image.toRgb();
        double[][] x = new double[3][32 * 32];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 32 * 32; i++) {
                x[c][i] = (rgb.sampleAt(3 * i + c) / 255.0 - MEAN[c]) / STD[c];
            }
        }
        int side = 32;
        x = relu(bn(w, "module.bn1", conv(w.get("module.conv1.weight"), x, side, 1)));
        for (int stage = 1; stage <= 3; stage++) {
            for (int b = 0; b < blocksPerStage; b++) {
                String name = "module.layer" + stage + "." + b;
                int stride = stage > 1 && b == 0 ? 2 : 1;
                double[][] r = relu(bn(w, name + ".bn1", conv(w.get(name + ".conv1.weight"), x, side, stride)));
                int outSide = side / stride;
                r = bn(w, name + ".bn2", conv(w.get(name + ".conv2.weight"), r, outSide, 1));
                int pad = (r.length - x.length) / 2;
                for (int c = 0; c < x.length; c++) {
                    for (int y = 0; y < outSide; y++) {
                        for (int xx = 0; xx < outSide; xx++) {
                            r[c + pad][y * outSide + xx] += x[c][(y * stride) * side + xx * stride];
                        }
                    }
                }
                x = relu(r);
                side = outSide;
            }
        }
        Tensor linear = w.get("module.linear.weight");
        double[] logits = new double[10];
        for (int k = 0; k < 10; k++) {
            double s = w.get("module.linear.bias").values()[k];
            for (int c = 0; c < x.length; c++) {
                s += linear.values()[k * x.length + c] * Arrays.stream(x[c]).average().orElseThrow();
            }
            logits[k] = s;
        }
        return logits;
    }

    private static double[][] conv(Tensor kernel, double[][] in, int side, int stride) {
        int outC = (int) kernel.shape()[0];
        int inC = (int) kernel.shape()[1];
        int outSide = side / stride;
        double[][] out = new double[outC][outSide * outSide];
        for (int o = 0; o < outC; o++) {
            for (int y = 0; y < outSide; y++) {
                for (int x = 0; x < outSide; x++) {
                    double s = 0;
                    for (int i = 0; i < inC; i++) {
                        for (int dy = 0; dy < 3; dy++) {
                            for (int dx = 0; dx < 3; dx++) {
                                int yy = y * stride + dy - 1;
                                int xx = x * stride + dx - 1;
                                if (yy >= 0 && yy < side && xx >= 0 && xx < side) {
                                    s += kernel.values()[((o * inC + i) * 3 + dy) * 3 + dx] * in[i][yy * side + xx];
                                }
                            }
                        }
                    }
                    out[o][y * outSide + x] = s;
                }
            }
        }
        return out;
    }

    private static double[][] bn(Map<String, Tensor> w, String name, double[][] x) {
        for (int c = 0; c < x.length; c++) {
            double scale = w.get(name + ".weight").values()[c]
                    / Math.sqrt(w.get(name + ".running_var").values()[c] + 1e-5);
            double shift = w.get(name + ".bias").values()[c] - w.get(name + ".running_mean").values()[c] * scale;
            for (int i = 0; i < x[c].length; i++) {
                x[c][i] = x[c][i] * scale + shift;
            }
        }
        return x;
    }

    private static double[][] relu(double[][] x) {
        for (double[] plane : x) {
            for (int i = 0; i < plane.length; i++) {
                plane[i] = Math.max(0, plane[i]);
            }
        }
        return x;
    }

    @Test
    void resNet20LogitsMatchAPlainJavaForwardPassOfTheCheckpoint() {
        LegacyTorchCheckpoint checkpoint = LegacyTorchCheckpoint.read(RESNET20);
        assertThat(((Map<?, ?>) checkpoint.root()).get("best_prec1")).isEqualTo(91.78000183105469);
        Map<String, Tensor> weights = checkpoint.tensors("state_dict");
        assertThat(weights).hasSize(97);
        List<Image8> images = ClassFolderDataset.load(Datasets.locate(Datasets.CIFAR10_TEST)).samples().stream()
                .limit(3).map(s -> s.image()).toList();
        try (BlockClassifier resnet = AuthorsCifarResNet.fromFile(RESNET20, 3)) {
            float[][] logits = resnet.logits(images);
            for (int n = 0; n < images.size(); n++) {
                double[] expected = reference(weights, 3, images.get(n));
                for (int k = 0; k < 10; k++) {
                    // float32 through 19 convolutions against double: far below any top-2 gap.
                    assertThat((double) logits[n][k]).as("image %d logit %d", n, k)
                            .isCloseTo(expected[k], offset(2e-5));
                }
            }
        }
    }

    @Test
    void theReleasedWeightsLoadedIntoAFreshNetworkGiveTheReleasedClassifiersLogits() {
        List<Image8> images = ClassFolderDataset.load(Datasets.locate(Datasets.CIFAR10_TEST)).samples().stream()
                .limit(4).map(s -> s.image()).toList();
        StartingWeights released = AuthorsCifarResNet.released(20);
        assertThat(released.id()).isEqualTo(Datasets.CIFAR10_RESNET + "/resnet20-12fca82f.th");
        Model model = TrainingRun.newModel("resnet20-fresh", AuthorsCifarResNet.block(20));
        released.loadInto(model);
        try (BlockClassifier loaded = new BlockClassifier("resnet20-fresh", model, 32, 10);
                BlockClassifier original = AuthorsCifarResNet.load(20)) {
            float[][] expected = original.logits(images);
            float[][] actual = loaded.logits(images);
            for (int n = 0; n < images.size(); n++) {
                assertThat(actual[n]).as("image %d", n).containsExactly(expected[n]);
            }
        }
        Model other = TrainingRun.newModel("resnet56-fresh", AuthorsCifarResNet.block(56));
        try (other) {
            assertThatThrownBy(() -> released.loadInto(other)).hasMessageContaining("ResNet-20");
        }
    }

    @Test
    void theBackboneCutAtAnyStageGivesTheClassifiersLogitsAndPassesGradientsToItsInput() {
        List<Image8> images = ClassFolderDataset.load(Datasets.locate(Datasets.CIFAR10_TEST)).samples().stream()
                .limit(2).map(s -> s.image()).toList();
        try (BlockClassifier resnet = AuthorsCifarResNet.load(20);
                FeatureBackbone backbone = AuthorsCifarResNet.backbone(20);
                NDManager manager = NDManager.newBaseManager(TrainingRun.ENGINE)) {
            float[][] expected = resnet.logits(images);
            float[] chw = new float[2 * 3 * 32 * 32];
            for (int n = 0; n < 2; n++) {
                ImageTensors.writeChw(images.get(n), chw, n * 3 * 32 * 32);
            }
            NDArray rgb = manager.create(chw, new Shape(2, 3, 32, 32));
            assertThat(backbone.stageCount()).isEqualTo(4);
            for (int stage = 0; stage <= 4; stage++) {
                NDArray features = backbone.features(rgb, stage);
                assertThat(features.getShape()).isEqualTo(new Shape(2, backbone.channels(stage),
                        32 / backbone.stride(stage), 32 / backbone.stride(stage)));
                float[] logits = backbone.logitsFrom(features, stage).toFloatArray();
                for (int k = 0; k < 20; k++) {
                    assertThat(logits[k]).as("stage %d logit %d", stage, k).isCloseTo(expected[k / 10][k % 10],
                            offset(1e-4f));
                }
            }
            rgb.setRequiresGradient(true);
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                collector.backward(backbone.logits(rgb).get(":, 3").sum());
            }
            assertThat(rgb.getGradient().abs().sum().getFloat()).isPositive();
        }
        assertThatThrownBy(() -> AuthorsCifarResNet.backbone(44)).hasMessageContaining("ResNet-20 and ResNet-56");
    }

    @Test
    void aCheckpointOfAnotherDepthNamesTheTensorsThatDoNotFit() {
        assertThatThrownBy(() -> AuthorsCifarResNet.fromFile(RESNET20, 9)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("resnet20-12fca82f.th").hasMessageContaining("module.layer1.3.conv1.weight");
        assertThatThrownBy(() -> AuthorsCifarResNet.fromFile(RESNET56, 3)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("resnet56-4bfd9763.th").hasMessageContaining("no place for")
                .hasMessageContaining("module.layer1.3.");
        assertThatThrownBy(() -> AuthorsCifarResNet.load(32)).hasMessageContaining("ResNet-20 and ResNet-56");
    }

    @Test
    void truncatedAndForeignFilesAreNamed(@TempDir Path dir) throws Exception {
        byte[] real = Files.readAllBytes(RESNET20);
        Path truncated = dir.resolve("truncated.th");
        Files.write(truncated, Arrays.copyOf(real, real.length - 1000));
        assertThatThrownBy(() -> LegacyTorchCheckpoint.read(truncated)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("truncated.th is truncated");
        Path cutInPickle = dir.resolve("cut.th");
        Files.write(cutInPickle, Arrays.copyOf(real, 500));
        assertThatThrownBy(() -> LegacyTorchCheckpoint.read(cutInPickle)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("cut.th");
        Path zip = dir.resolve("new-format.pt");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThatThrownBy(() -> LegacyTorchCheckpoint.read(zip)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("new-format.pt is a zip archive");
        Path mat = Datasets.locate(Datasets.ARCNN).path("q10.mat");
        assertThatThrownBy(() -> LegacyTorchCheckpoint.read(mat)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("q10.mat");
    }
}
