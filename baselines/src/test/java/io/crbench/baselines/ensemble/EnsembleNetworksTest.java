package io.crbench.baselines.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import io.crbench.baselines.restorers.DilatedRestorationNet;
import io.crbench.experiment.Scale;
import io.crbench.image.Image8;
import io.crbench.restore.BlockRestorer;
import io.crbench.train.TrainingRun;
import org.junit.jupiter.api.Test;

class EnsembleNetworksTest {
    private static NDArray run(Model model, Block block, NDArray x) {
        block.initialize(model.getNDManager(), DataType.FLOAT32, x.getShape());
        return block.forward(new ParameterStore(model.getNDManager(), false), new NDList(x), false).singletonOrThrow();
    }

    @Test
    void theRestorerStartsNearTheIdentity() {
        Block block = DilatedRestorationNet.block(Scale.CI);
        Model model = TrainingRun.newModel("restorer", block);
        // Seeded: the bound holds for these initial weights, whatever tests ran before in this JVM.
        Engine.getEngine(TrainingRun.ENGINE).setRandomSeed(20);
        block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 3, 32, 32));
        Image8 image = Image8.generate(32, 32, 3, (x, y, c) -> (x * 8 + y * 3 + c * 70) % 256);
        try (BlockRestorer restorer = new BlockRestorer("restorer", model)) {
            Image8 out = restorer.restore(image);
            double total = 0;
            for (int i = 0; i < image.samples().length; i++) {
                int error = Math.abs(out.sampleAt(i) - image.sampleAt(i));
                assertThat(error).isLessThanOrEqualTo(8);
                total += error;
            }
            assertThat(total / image.samples().length).isLessThan(2.0);
        }
    }

    @Test
    void theLevelEstimatorGivesOneNumberPerImage() {
        try (Model model = TrainingRun.newModel("estimator", LevelEstimationNet.block(Scale.CI))) {
            NDArray x = model.getNDManager().ones(new Shape(3, 3, 28, 28));
            assertThat(run(model, model.getBlock(), x).getShape()).isEqualTo(new Shape(3, 1));
        }
    }

    @Test
    void ensembleWeightsAreAProbabilityPairPerImage() {
        try (Model model = TrainingRun.newModel("weights", EnsembleWeightNet.block())) {
            NDArray levels = model.getNDManager().create(new float[] {0.05f, 0.5f, 1f}, new Shape(3, 1));
            float[] w = run(model, model.getBlock(), levels).toFloatArray();
            for (int i = 0; i < 3; i++) {
                assertThat(w[2 * i]).isBetween(0f, 1f);
                assertThat(w[2 * i] + w[2 * i + 1]).isCloseTo(1f, within(1e-6f));
            }
        }
    }

    @Test
    void theEnsembleLossIsTheCrossEntropyOfTheWeightedProbabilities() {
        try (NDManager m = NDManager.newBaseManager(TrainingRun.ENGINE)) {
            NDArray weights = m.create(new float[] {0.25f, 0.75f, 1f, 0f}, new Shape(2, 2));
            NDList labels = new NDList(m.create(new float[] {0.8f, 0.1f}), m.create(new float[] {0.4f, 0.9f}));
            double expected = -(Math.log(0.25 * 0.8 + 0.75 * 0.4) + Math.log(0.1)) / 2;
            assertThat((double) new EnsembleCrossEntropy().evaluate(labels, new NDList(weights)).getFloat())
                    .isCloseTo(expected, within(1e-6));
        }
    }

    @Test
    void softmaxAndArgmax() {
        float[][] p = Probabilities.softmax(new float[][] {{1000f, 1000f, 0f}});
        assertThat(p[0][0]).isCloseTo(0.5f, within(1e-6f));
        assertThat(p[0][2]).isEqualTo(0f);
        assertThat(Probabilities.argmax(new float[] {0.1f, 0.7f, 0.7f})).isEqualTo(1);
    }
}
