package io.crbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;
import io.crbench.degradation.GaussianNoise;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.Scale;
import org.junit.jupiter.api.Test;

class TrainingRunTest {
    private static final Recipe RECIPE = Recipe.adam(Scale.CI, 16, 4, 30, 1e-2f, 11);

    private static LossCurve train(Recipe recipe, Loss loss) {
        try (Model model = TrainingRun.newModel("tiny", TinyNetworks.convNet())) {
            PatchSampler sampler = new PatchSampler(TinyNetworks.IMAGES, new GaussianNoise(25), recipe.patchSize(), recipe.seed());
            return TrainingRun.train("tiny", model, recipe, sampler, loss);
        }
    }

    @Test
    void trainingReducesTheLossAndRepeatsExactlyWithTheSameSeed() {
        LossCurve first = train(RECIPE, PixelLosses.mse());
        assertThat(first.size()).isEqualTo(30);
        assertThat(first.mean(26, 30)).isLessThan(0.5 * first.mean(1, 5));
        LossCurve second = train(RECIPE, PixelLosses.mse());
        assertThat(second).isEqualTo(first);
        assertThat(train(RECIPE.withSeed(12), PixelLosses.mse())).isNotEqualTo(first);
    }

    @Test
    void aNanLossStopsTrainingNamingMethodAndIteration() {
        Loss nanFromThirdCall = new Loss("nan_at_3") {
            private int calls;

            @Override
            public NDArray evaluate(NDList labels, NDList predictions) {
                NDArray mse = PixelLosses.mse().evaluate(labels, predictions);
                return ++calls >= 3 ? mse.mul(Float.NaN) : mse;
            }
        };
        assertThatThrownBy(() -> train(RECIPE, nanFromThirdCall))
                .isInstanceOfSatisfying(TrainingDivergedException.class, e -> {
                    assertThat(e.iteration()).isEqualTo(3);
                    assertThat(e.methodId()).isEqualTo("tiny");
                })
                .hasMessageContaining("training of tiny diverged at iteration 3");
    }

    @Test
    void anAbsurdLearningRateDiverges() {
        Recipe wild = Recipe.adam(Scale.CI, 16, 4, 30, 1e10f, 11);
        assertThatThrownBy(() -> train(wild, PixelLosses.mse())).isInstanceOf(TrainingDivergedException.class);
    }

    @Test
    void theSamplerMustDrawTheRecipesPatchSize() {
        try (Model model = TrainingRun.newModel("tiny", TinyNetworks.convNet())) {
            PatchSampler sampler = new PatchSampler(TinyNetworks.IMAGES, JpegCompression.at(10), 24, 0);
            assertThatThrownBy(() -> TrainingRun.train("tiny", model, RECIPE, sampler, PixelLosses.mse()))
                    .hasMessageContaining("24 px patches but the recipe of tiny says 16");
        }
    }
}
