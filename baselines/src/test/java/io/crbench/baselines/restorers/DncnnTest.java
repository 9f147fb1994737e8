package io.crbench.baselines.restorers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import io.crbench.experiment.Scale;
import io.crbench.train.Recipe;
import io.crbench.train.TrainingRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class DncnnTest {
    private static long convolutionWeights(Block block) {
        return block.getParameters().values().stream()
                .filter(p -> p.getType() == Parameter.Type.WEIGHT)
                .mapToLong(p -> p.getShape().size())
                .sum();
    }

    @Test
    void paperDepthHasSeed002sParameterCount() {
        Block block = Dncnn.block(Scale.PAPER);
        try (Model model = TrainingRun.newModel("dncnn", block)) {
            block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 3, 16, 16));
            // 3·3·3·64 + 15·3·3·64·64 + 3·3·64·3 (seed 002 Table IX: 0.56 M)
            assertThat(convolutionWeights(block)).isEqualTo(556_416);
            long batchNorms = block.getParameters().values().stream()
                    .filter(p -> p.getType() == Parameter.Type.GAMMA).count();
            assertThat(batchNorms).isEqualTo(Dncnn.PAPER_DEPTH - 2);
        }
    }

    @Test
    void startsAsTheIdentityAndKeepsTheShape() {
        assertThat(ArcnnTest.initialDeviation(Dncnn.block(Scale.CI))).isLessThan(0.05f);
        assertThat(ArcnnTest.initialDeviation(Dncnn.block(Scale.PAPER))).isLessThan(0.05f);
    }

    @Test
    void ciIsShallowerAndNarrower() {
        Block ci = Dncnn.block(Scale.CI);
        try (Model model = TrainingRun.newModel("dncnn", ci)) {
            ci.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 3, 16, 16));
            assertThat(convolutionWeights(ci)).isEqualTo(3 * 3 * 3 * 32 + 6 * 3 * 3 * 32 * 32 + 3 * 3 * 32 * 3);
        }
        assertThatThrownBy(() -> Dncnn.block(1, 64)).hasMessageContaining("depth >= 2");
    }

    @Test
    void recipesFollowTheScale() {
        Recipe ci = Dncnn.recipe(Scale.CI);
        assertThat(List.of(ci.patchSize(), ci.batchSize(), ci.iterations())).containsExactly(48, 16, 800);
        Recipe paper = Dncnn.recipe(Scale.PAPER);
        assertThat(List.of(paper.patchSize(), paper.batchSize())).containsExactly(50, 128);
        assertThat(paper.learningRate()).isEqualTo(1e-3f);
        assertThat(paper.learningRateAt(90_001)).isCloseTo(1e-3f * 0.008f, within(1e-9f));
        assertThat(Dncnn.PER_QUALITY.id(20, Scale.PAPER)).isEqualTo("dncnn(q=20,paper)");
    }
}
