package io.crbench.baselines.restorers;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import io.crbench.experiment.Scale;
import io.crbench.image.Image8;
import io.crbench.restore.BlockRestorer;
import io.crbench.train.ParameterFiles;
import io.crbench.train.Recipe;
import io.crbench.train.TrainingRun;
import io.crbench.train.TrainingSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArcnnTest {
    private static final Shape INPUT = new Shape(1, 3, 20, 24);

    static long weightCount(Block block) {
        return block.getParameters().values().stream()
                .filter(p -> p.getType() == Parameter.Type.WEIGHT || p.getType() == Parameter.Type.BIAS)
                .mapToLong(p -> p.getShape().size())
                .sum();
    }

    /**
     * max |output − input| of an initialised, untrained network on a random input, under a fixed
     * engine seed: the draw must not depend on which tests ran before.
     */
    static float initialDeviation(Block block) {
        Engine.getEngine(TrainingRun.ENGINE).setRandomSeed(1);
        try (Model model = TrainingRun.newModel("probe", block)) {
            block.initialize(model.getNDManager(), DataType.FLOAT32, INPUT);
            NDArray x = model.getNDManager().randomUniform(0, 1, INPUT);
            NDArray y = block.forward(new ParameterStore(model.getNDManager(), false), new NDList(x), false)
                    .singletonOrThrow();
            assertThat(y.getShape()).isEqualTo(INPUT);
            return y.sub(x).abs().max().getFloat();
        }
    }

    @Test
    void hasThePapersFourLayersAndSeed002sParameterCount() {
        for (Scale scale : Scale.values()) {
            Block block = Arcnn.block(scale);
            try (Model model = TrainingRun.newModel("arcnn", block)) {
                block.initialize(model.getNDManager(), DataType.FLOAT32, INPUT);
                // 9·9·3·64+64 + 7·7·64·32+32 + 16·32+16 + 5·5·16·3+3 (seed 002 Table IX: 0.12 M)
                assertThat(weightCount(block)).isEqualTo(117_731);
            }
        }
    }

    @Test
    void theCiNetworkStartsAsTheIdentityAndThePaperNetworkDoesNot() {
        assertThat(initialDeviation(Arcnn.block(Scale.CI))).isLessThan(0.05f);
        assertThat(initialDeviation(Arcnn.block(Scale.PAPER))).isGreaterThan(0.05f);
    }

    @Test
    void recipesAndIdsNameTheScale() {
        Recipe ci = Arcnn.recipe(Scale.CI);
        assertThat(List.of(ci.patchSize(), ci.batchSize(), ci.iterations())).containsExactly(48, 16, 500);
        assertThat(ci.learningRate()).isEqualTo(1e-3f);
        assertThat(Arcnn.recipe(Scale.PAPER).scale()).isEqualTo(Scale.PAPER);
        assertThat(Arcnn.PER_QUALITY.id(10, Scale.CI)).isEqualTo("arcnn(q=10,ci)");
        TrainingSet data = TrainingSet.of("synthetic", List.of(Image8.generate(64, 64, 3, (x, y, c) -> x)));
        assertThat(Arcnn.PER_QUALITY.job(10, Scale.CI, data).checkpointKey().canonical())
                .contains("method=arcnn(q=10)", "degradation=jpeg(q=10)", "training_data=synthetic", "code_version=arcnn-2");
    }

    @Test
    void userSuppliedWeightsRestoreImagesOfAnyShape(@TempDir Path dir) {
        Path file = dir.resolve("arcnn.params");
        Block block = Arcnn.block(Scale.CI);
        try (Model model = TrainingRun.newModel("arcnn", block)) {
            block.initialize(model.getNDManager(), DataType.FLOAT32, INPUT);
            ParameterFiles.save(block, file);
        }
        try (BlockRestorer restorer = Arcnn.PER_QUALITY.fromFile(10, Scale.CI, file)) {
            assertThat(restorer.id()).isEqualTo("arcnn(q=10,ci)");
            Image8 rgb = Image8.generate(33, 17, 3, (x, y, c) -> (x * 5 + y * 9 + c * 40) % 256);
            assertThat(restorer.restore(rgb).describe()).isEqualTo("33x17x3");
            Image8 gray = Image8.generate(19, 26, 1, (x, y, c) -> (x * y) % 256);
            assertThat(restorer.restore(gray).describe()).isEqualTo("19x26x1");
        }
    }
}
