package io.crbench.baselines.classifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import io.crbench.experiment.Scale;
import io.crbench.train.TrainingRun;
import org.junit.jupiter.api.Test;

class ClassifierNetworksTest {
    /** What a forward pass of an initialised network shows: its output shape and trainable weights. */
    private record Probe(Shape output, long weights) {
    }

    private static Probe probe(Block block, Shape input) {
        try (Model model = TrainingRun.newModel("net", block)) {
            block.initialize(model.getNDManager(), DataType.FLOAT32, input);
            NDArray x = model.getNDManager().ones(input);
            Shape out = block.forward(new ParameterStore(model.getNDManager(), false), new NDList(x), false)
                    .singletonOrThrow().getShape();
            long weights = block.getParameters().values().stream().filter(p -> p.requiresGradient())
                    .mapToLong(p -> p.getArray().getShape().size()).sum();
            return new Probe(out, weights);
        }
    }

    @Test
    void vggLikeNetGivesOneLogitPerClassForCifarAndFashionMnistSizes() {
        Probe cifar = probe(VggLikeNet.block(Scale.CI, 10), new Shape(2, 3, 32, 32));
        assertThat(cifar.output()).isEqualTo(new Shape(2, 10));
        assertThat(cifar.weights()).isBetween(45_000L, 47_000L);
        assertThat(probe(VggLikeNet.block(Scale.CI, 10), new Shape(2, 3, 28, 28)).output()).isEqualTo(new Shape(2, 10));
        assertThat(probe(VggLikeNet.block(Scale.PAPER, 10), new Shape(1, 3, 32, 32)).weights())
                .isBetween(1_450_000L, 1_550_000L);
    }

    @Test
    void smallResNetIsResNet8AtCiAndResNet20AtPaperScale() {
        Probe ci = probe(SmallResNet.block(Scale.CI, 10), new Shape(2, 3, 32, 32));
        assertThat(ci.output()).isEqualTo(new Shape(2, 10));
        assertThat(ci.weights()).isBetween(77_000L, 79_000L);
        // He et al. report 0.27 M for ResNet-20 (BatchNorm scales and shifts included).
        assertThat(probe(SmallResNet.block(Scale.PAPER, 10), new Shape(1, 3, 32, 32)).weights())
                .isBetween(265_000L, 275_000L);
        assertThatThrownBy(() -> SmallResNet.block(0, 10)).hasMessageContaining(">= 1 block per stage");
    }

    @Test
    void spatialDropoutDropsWholeMapsInTrainingOnlyAndKeepsTheMean() {
        SpatialDropout dropout = new SpatialDropout(0.5f);
        try (NDManager manager = NDManager.newBaseManager(TrainingRun.ENGINE)) {
            NDArray x = manager.ones(new Shape(64, 16, 4, 4));
            ParameterStore ps = new ParameterStore(manager, false);
            assertThat(dropout.forward(ps, new NDList(x), false).singletonOrThrow().toFloatArray())
                    .containsOnly(1f);
            float[] out = dropout.forward(ps, new NDList(x), true).singletonOrThrow().toFloatArray();
            int kept = 0;
            for (int map = 0; map < 64 * 16; map++) {
                float first = out[map * 16];
                assertThat(first).isIn(0f, 2f);
                for (int k = 1; k < 16; k++) {
                    assertThat(out[map * 16 + k]).as("a map is dropped as a whole").isEqualTo(first);
                }
                kept += first > 0 ? 1 : 0;
            }
            assertThat(kept).isBetween(400, 624);
        }
        assertThatThrownBy(() -> new SpatialDropout(1f)).hasMessageContaining("[0, 1)");
    }
}
