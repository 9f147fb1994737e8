package io.crbench.baselines.restorers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import io.crbench.train.PixelLosses;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link UNetCar}: the 23-layer N2N U-Net of seed 001 §III-A. */
class UNetCarTest extends PyTorchTest {

    private static final Shape ODD = new Shape(1, 3, 37, 45);

    @Test
    void hasTheTwentyThreeConvolutionLayersOfSection3A() {
        List<Block> blocks = allBlocks(initialized(UNetCar.CI_WIDTH, ODD));

        List<Shape> kernels = blocks.stream().filter(Conv2d.class::isInstance)
                .map(b -> b.getParameters().get("weight").getShape()).toList();

        assertThat(kernels).hasSize(23);
        assertThat(kernels).filteredOn(k -> k.get(2) == 3 && k.get(3) == 3)
                .as("3×3 convolutions of Lehtinen's Table 2").hasSize(18);
        assertThat(kernels).filteredOn(k -> k.get(2) == 2 && k.get(3) == 2)
                .as("2×2 up-convolutions of §III-A").hasSize(5);
    }

    @ParameterizedTest(name = "width {0}")
    @CsvSource({"48", "24", "16"})
    void parameterCountFollowsTheLayerTable(int width) {
        UNetCar net = new UNetCar(width);
        net.initialize(manager, DataType.FLOAT32, new Shape(1, 3, 32, 32));

        long count = parameterCount(net);
        System.out.printf("UNetCar width %d: %,d parameters%n", width, count);

        assertThat(count).isEqualTo(expectedParameters(width));
        if (width == UNetCar.PAPER_WIDTH) {
            assertThat(count).isEqualTo(1_148_307L);
        }
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"37, 45", "32, 32", "5, 70"})
    void outputHasTheInputShape(int height, int width) {
        UNetCar net = initialized(UNetCar.CI_WIDTH, new Shape(1, 3, height, width));
        NDArray image = manager.randomUniform(0, 1, new Shape(1, 3, height, width));

        NDArray out = net.forward(new ParameterStore(manager, false), new NDList(image), false).singletonOrThrow();

        assertThat(out.getShape()).isEqualTo(image.getShape());
        assertThat(out.isInfinite().any().getBoolean() || out.isNaN().any().getBoolean()).isFalse();
    }

    @Test
    void oddSidesAreEdgeReplicatedToThirtyTwoAndCroppedBack() {
        UNetCar net = initialized(UNetCar.CI_WIDTH, ODD);
        ParameterStore store = new ParameterStore(manager, false);
        float[] pixels = manager.randomUniform(0, 1, ODD).toFloatArray();
        float[] padded = new float[3 * 64 * 64];
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 64; y++) {
                for (int x = 0; x < 64; x++) {
                    padded[(c * 64 + y) * 64 + x] = pixels[(c * 37 + Math.min(y, 36)) * 45 + Math.min(x, 44)];
                }
            }
        }

        NDArray direct = net.forward(store, new NDList(manager.create(pixels, ODD)), false).singletonOrThrow();
        NDArray viaPadded = net.forward(store, new NDList(manager.create(padded, new Shape(1, 3, 64, 64))), false)
                .singletonOrThrow().get(":, :, :37, :45");

        assertThat(direct.allClose(viaPadded, 1e-5, 1e-6, false)).isTrue();
    }

    @Test
    void oneBackwardPassGivesAFiniteLossAndGradients() {
        UNetCar net = initialized(UNetCar.CI_WIDTH, ODD);
        NDArray degraded = manager.randomUniform(0, 1, ODD);
        NDArray clean = manager.randomUniform(0, 1, ODD);

        float loss;
        float gradient;
        try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
            NDList restored = net.forward(new ParameterStore(manager, false), new NDList(degraded), true);
            NDArray value = PixelLosses.mse().evaluate(new NDList(clean), restored);
            collector.backward(value);
            loss = value.getFloat();
            gradient = net.getParameters().get(0).getValue().getArray().getGradient().abs().sum().getFloat();
        }

        assertThat(loss).isFinite().isPositive();
        assertThat(gradient).as("|∂loss/∂ENC_CONV0 weight|").isFinite().isPositive();
    }

    @Test
    void initialisationIsDeterministicForAFixedSeed() {
        assertSeededInitialisationIsDeterministic(7, () -> new UNetCar(UNetCar.CI_WIDTH), ODD);
    }

    @Test
    void rejectsWidthsTooNarrowForTheDecoder() {
        assertThatThrownBy(() -> new UNetCar(2)).isInstanceOf(IllegalArgumentException.class);
    }

    private UNetCar initialized(int width, Shape input) {
        UNetCar net = new UNetCar(width);
        net.initialize(manager, DataType.FLOAT32, input);
        return net;
    }

    /** Lehtinen's Table 2 with five channel-preserving 2×2 up-convolutions, biases included. */
    private static long expectedParameters(long w) {
        long a = 4 * w / 3;
        long b = 2 * w / 3;
        long encoder = (9 * 3 * w + w) + 6 * (9 * w * w + w);
        long upConvolutions = (4 * w * w + w) + 4 * (4 * 4 * w * w + 2 * w);
        long decoder5 = 2 * (9 * 2 * w * 2 * w + 2 * w);
        long decoder4To2 = 3 * ((9 * 3 * w * 2 * w + 2 * w) + (9 * 2 * w * 2 * w + 2 * w));
        long decoder1 = (9 * (2 * w + 3) * a + a) + (9 * a * b + b) + (9 * b * 3 + 3);
        return encoder + upConvolutions + decoder5 + decoder4To2 + decoder1;
    }

    private static long parameterCount(Block block) {
        return block.getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum();
    }

    private static List<Block> allBlocks(Block root) {
        List<Block> out = new ArrayList<>();
        out.add(root);
        for (Block child : root.getChildren().values()) {
            out.addAll(allBlocks(child));
        }
        return out;
    }
}
