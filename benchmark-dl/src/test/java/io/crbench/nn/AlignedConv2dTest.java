package io.crbench.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link AlignedConv2d}: the plain layer's parameters, outputs and gradients, up to the rounding of
 * another summation order, whatever its channel counts and kernel width; bit for bit the plain layer
 * where both channel counts are multiples of 8 and the kernel is at most 7 wide.
 */
class AlignedConv2dTest {

    @Test
    void fiveChannelsToThreeGiveThePlainLayersOutputsAndGradients() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            Run plain = run(manager, Conv2d.builder(), 5, 3, true);
            Run aligned = run(manager, null, 5, 3, true);

            assertThat(aligned.output.getShape()).isEqualTo(new Shape(2, 3, 9, 9));
            assertThat(aligned.weightShape).isEqualTo(plain.weightShape).isEqualTo(new Shape(3, 5, 3, 3));
            assertThat(aligned.inputGradient.getShape()).isEqualTo(new Shape(2, 5, 9, 9));
            assertClose(aligned.output, plain.output);
            assertClose(aligned.weightGradient, plain.weightGradient);
            assertClose(aligned.inputGradient, plain.inputGradient);
        }
    }

    @Test
    void aNineByNineKernelRunInPiecesGivesThePlainLayersOutputsAndGradients() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            for (int channels : new int[] {3, 8}) {
                Run plain = run(manager, Conv2d.builder(), channels, 16, true, 9);
                Run aligned = run(manager, null, channels, 16, true, 9);

                assertThat(aligned.output.getShape()).isEqualTo(plain.output.getShape()).isEqualTo(new Shape(2, 16, 9, 9));
                assertThat(aligned.weightShape).isEqualTo(plain.weightShape);
                assertClose(aligned.output, plain.output);
                assertClose(aligned.weightGradient, plain.weightGradient);
                assertClose(aligned.inputGradient, plain.inputGradient);
            }
        }
    }

    @Test
    void aWideKernelThatCannotBeSplitIsRefused() {
        assertThatThrownBy(() -> new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(8, 8)).setFilters(4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("divisible by 3");
        assertThatThrownBy(() -> new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(9, 9)).optDilation(new Shape(2, 2))
                .setFilters(4))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dilation (2, 2)");
        // A strided wide kernel (the level estimator's 8×8 at stride 8) runs oneDNN's direct kernel as it is.
        new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(8, 8)).optStride(new Shape(8, 8)).setFilters(4));
    }

    @Test
    void aLayerWithoutBiasIsAlignedToo() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            assertClose(run(manager, null, 8, 5, false).output, run(manager, Conv2d.builder(), 8, 5, false).output);
        }
    }

    @Test
    void aMultipleOfEightIsThePlainLayerBitForBit() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            Run plain = run(manager, Conv2d.builder(), 8, 16, true);
            Run aligned = run(manager, null, 8, 16, true);

            assertThat(aligned.output.toFloatArray()).containsExactly(plain.output.toFloatArray());
            assertThat(aligned.weightGradient.toFloatArray()).containsExactly(plain.weightGradient.toFloatArray());
        }
    }

    @Test
    void trainingPassesLeaveNothingOnTheParametersManager() {
        // Padded at both ends (3 -> 64 in pieces, 24 -> 3): the padded weights and biases are derived from parameters.
        for (int[] layerShape : new int[][] {{3, 64, 9}, {24, 3, 3}}) {
            int kernel = layerShape[2];
            TrainingPasses.assertLeaveNothingOnTheParametersManager(new AlignedConv2d(Conv2d.builder()
                    .setKernelShape(new Shape(kernel, kernel)).optPadding(new Shape(kernel / 2, kernel / 2))
                    .setFilters(layerShape[1])), new Shape(2, layerShape[0], 9, 9));
        }
    }

    @Test
    void aLayerWithoutFiltersIsRefused() {
        assertThatThrownBy(() -> new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(3, 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("filters");
    }

    /** One forward and backward pass of a seeded layer on a seeded input; aligned where {@code plain} is null. */
    private static Run run(NDManager manager, Conv2d.Builder plain, int channels, int filters, boolean bias) {
        return run(manager, plain, channels, filters, bias, 3);
    }

    /** The same with a square kernel of side {@code kernel}, zero-padded to keep the 9×9 map. */
    private static Run run(NDManager manager, Conv2d.Builder plain, int channels, int filters, boolean bias, int kernel) {
        Shape inputShape = new Shape(2, channels, 9, 9);
        Engine.getEngine("PyTorch").setRandomSeed(3);
        Conv2d.Builder builder = (plain == null ? Conv2d.builder() : plain).setKernelShape(new Shape(kernel, kernel))
                .optPadding(new Shape(kernel / 2, kernel / 2)).setFilters(filters).optBias(bias);
        Conv2d layer = plain == null ? new AlignedConv2d(builder) : builder.build();
        layer.initialize(manager, DataType.FLOAT32, inputShape);
        NDArray input = manager.create(uniform(new Random(7), (int) inputShape.size()), inputShape);
        input.setRequiresGradient(true);
        NDArray weight = null;
        for (Pair<String, Parameter> p : layer.getParameters()) {
            if (p.getKey().equals("weight")) {
                weight = p.getValue().getArray();
            }
        }
        NDArray target = manager.create(uniform(new Random(9), (int) (2 * filters * 81)), new Shape(2, filters, 9, 9));
        NDArray output;
        try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
            output = layer.forward(new ParameterStore(manager, false), new NDList(input), true).singletonOrThrow();
            collector.backward(output.mul(target).sum());
        }
        return new Run(output, weight.getShape(), weight.getGradient(), input.getGradient());
    }

    private static void assertClose(NDArray actual, NDArray expected) {
        float[] a = actual.toFloatArray();
        float[] e = expected.toFloatArray();
        assertThat(a).hasSameSizeAs(e);
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).as("element %d", i).isCloseTo(e[i], org.assertj.core.data.Offset.offset(1e-5f));
        }
    }

    private static float[] uniform(Random random, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextFloat() - 0.5f;
        }
        return v;
    }

    private record Run(NDArray output, Shape weightShape, NDArray weightGradient, NDArray inputGradient) {
    }
}
