package io.crbench.baselines.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import io.crbench.baselines.restorers.PyTorchTest;
import io.crbench.experiment.Scale;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SwinIr} and its parts: shapes, identity start, attention per head, gradients everywhere. */
class SwinIrTest extends PyTorchTest {
    private static final SwinIrConfig SMALL = new SwinIrConfig(8, 2, 2, 2, 4, 2);

    private NDArray forward(Block block, NDArray x, boolean training) {
        return block.forward(new ParameterStore(manager, false), new NDList(x), training).singletonOrThrow();
    }

    @Test
    void keepsTheShapeOfAnyWindowMultipleAndStartsAsTheIdentity() {
        Block net = new SwinIr(SMALL);
        Shape input = new Shape(2, 3, 12, 20);
        net.initialize(manager, DataType.FLOAT32, input);
        NDArray x = manager.randomUniform(0, 1, input);
        NDArray y = forward(net, x, false);
        assertThat(y.getShape()).isEqualTo(input);
        // The last convolution starts near zero, so the untrained network passes its input through.
        assertThat(y.sub(x).abs().max().getFloat()).isLessThan(0.05f);
        NDArray odd = manager.randomUniform(0, 1, new Shape(1, 3, 12, 18));
        assertThatThrownBy(() -> forward(net, odd, false)).hasMessageContaining("12x18")
                .hasMessageContaining("4 px attention window");
    }

    @Test
    void everyParameterGetsAGradientThroughShiftedAndPlainLayers() {
        Block net = new SwinIr(SMALL);
        Shape input = new Shape(1, 3, 8, 8);
        net.initialize(manager, DataType.FLOAT32, input);
        NDArray x = manager.randomUniform(0, 1, input);
        try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
            collector.backward(forward(net, x, true).sub(x.mul(0.5f)).square().mean());
        }
        for (Parameter p : net.getParameters().values()) {
            assertThat(p.getArray().getGradient().abs().sum().getFloat()).as(p.getName()).isPositive();
        }
        long biasTables = net.getParameters().values().stream()
                .filter(p -> p.getName().equals("relative_position_bias_table")).count();
        assertThat(biasTables).isEqualTo((long) SMALL.blocks() * SMALL.layersPerBlock());
    }

    @Test
    void shiftedWindowsAlternateOverTheWholeNetwork() {
        assertThat(shiftFlags(new SwinIr(new SwinIrConfig(8, 2, 1, 2, 4, 2)))).containsExactly(false, true);
        assertThat(shiftFlags(new SwinIr(new SwinIrConfig(8, 2, 2, 2, 4, 2)))).containsExactly(false, true, false, true);
    }

    private static List<Boolean> shiftFlags(Block net) {
        List<Boolean> shifted = new ArrayList<>();
        for (Pair<String, Block> rstb : net.getChildren()) {
            for (Pair<String, Block> layer : rstb.getValue().getChildren()) {
                if (layer.getValue() instanceof SwinLayer swin) {
                    shifted.add(swin.shifted());
                }
            }
        }
        return shifted;
    }

    @Test
    void aTokenMaskedFromAllOthersAttendsOnlyToItselfInEveryHead() {
        int dim = 4;
        int window = 2;
        int tokens = window * window;
        WindowAttention attention = new WindowAttention(dim, 2, window);
        attention.initialize(manager, DataType.FLOAT32, new Shape(1, tokens, dim));
        NDArray x = manager.randomUniform(-1, 1, new Shape(1, tokens, dim));
        float[] blockOthers = new float[tokens * tokens];
        for (int i = 0; i < tokens; i++) {
            for (int j = 0; j < tokens; j++) {
                blockOthers[i * tokens + j] = i == j ? 0f : Windows.MASKED;
            }
        }
        NDArray mask = manager.create(blockOthers, new Shape(1, tokens, tokens));
        float[] out = attention.forward(new ParameterStore(manager, false), new NDList(x, mask), false)
                .singletonOrThrow().toFloatArray();

        // With every other token masked, each head returns the token's own value: out = proj(v(x)).
        NDArray qkvWeight = parameter(attention, "qkv", "weight");
        NDArray qkvBias = parameter(attention, "qkv", "bias");
        NDArray v = x.matMul(qkvWeight.get("{}:", 2 * dim).transpose()).add(qkvBias.get("{}:", 2 * dim));
        float[] expected = v.matMul(parameter(attention, "proj", "weight").transpose())
                .add(parameter(attention, "proj", "bias")).toFloatArray();
        for (int i = 0; i < expected.length; i++) {
            assertThat(out[i]).isCloseTo(expected[i], within(1e-4f));
        }
    }

    /** A parameter of a child block (DJL prefixes child names with their position, e.g. {@code 01qkv}). */
    private static NDArray parameter(WindowAttention attention, String child, String name) {
        for (Pair<String, Block> c : attention.getChildren()) {
            if (c.getKey().endsWith(child)) {
                return c.getValue().getParameters().get(name).getArray();
            }
        }
        throw new IllegalArgumentException("no child block " + child);
    }

    @Test
    void configurationsFollowTheScale() {
        assertThat(SwinIrConfig.of(Scale.PAPER)).isEqualTo(new SwinIrConfig(180, 6, 6, 6, 7, 2));
        assertThat(SwinIrConfig.of(Scale.CI).window()).isEqualTo(8);
        assertThat(new SwinIr(SwinIrConfig.ci()).sizeMultiple()).isEqualTo(8);
        assertThat(SwinIrConfig.paper().headDim()).isEqualTo(30);
        assertThatThrownBy(() -> new SwinIrConfig(10, 1, 1, 3, 8, 2)).hasMessageContaining("not divisible by 3 heads");
        assertThatThrownBy(() -> new SwinIrConfig(8, 1, 1, 1, 1, 2)).hasMessageContaining("window of at least 2");
    }

    @Test
    void seededInitialisationIsDeterministic() {
        assertSeededInitialisationIsDeterministic(3, () -> new SwinIr(SMALL), new Shape(1, 3, 8, 8));
    }
}
