package io.crbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import io.crbench.experiment.Scale;
import org.junit.jupiter.api.Test;

class AdamaxTest {
    /**
     * One weight w, loss (w·1 − 0)² so the gradient is 2w, five steps from w = 1 at rate 0.1: the
     * weights must follow Keras' Adamax step by step, which also shows each step sees its own
     * gradient (the engine accumulates gradients unless the optimizer clears them).
     */
    @Test
    void followsKerasAdamaxStepByStep() {
        Recipe recipe = Recipe.adamax(Scale.CI, 1, 1, 5, 0.1f, 0);
        try (Model model = TrainingRun.newModel("adamax", Linear.builder().setUnits(1).optBias(false).build());
                Trainer trainer = model.newTrainer(new DefaultTrainingConfig(PixelLosses.mse())
                        .optOptimizer(recipe.optimizer()))) {
            trainer.initialize(new Shape(1, 1));
            Parameter weight = model.getBlock().getParameters().get(0).getValue();
            weight.getArray().set(new float[] {1f});
            double w = 1;
            double m = 0;
            double u = 0;
            for (int t = 1; t <= 5; t++) {
                try (NDManager step = trainer.getManager().newSubManager()) {
                    NDArray x = step.create(new float[] {1f}, new Shape(1, 1));
                    NDArray y = step.create(new float[] {0f}, new Shape(1, 1));
                    try (GradientCollector collector = trainer.newGradientCollector()) {
                        collector.backward(PixelLosses.mse().evaluate(new NDList(y), trainer.forward(new NDList(x))));
                    }
                    assertThat(weight.getArray().getGradient().getFloat()).isCloseTo((float) (2 * w), within(1e-5f));
                    trainer.step();
                }
                double g = 2 * w;
                m = 0.9 * m + 0.1 * g;
                u = Math.max(0.999 * u, Math.abs(g));
                w -= 0.1 / (1 - Math.pow(0.9, t)) * m / (u + 1e-7);
                assertThat((double) weight.getArray().getFloat()).as("w after step %d", t).isCloseTo(w, within(1e-5));
            }
        }
    }
}
