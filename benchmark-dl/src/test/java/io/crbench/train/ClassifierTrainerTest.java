package io.crbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import io.crbench.degradation.Identity;
import io.crbench.degradation.RandomJpeg;
import io.crbench.experiment.Scale;
import io.crbench.image.Image8;
import io.crbench.metric.TopKAccuracy;
import io.crbench.model.BlockClassifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierTrainerTest {
    /** Two classes a small net separates at once: dark and bright 8×8 images with texture. */
    static final LabeledTrainingSet DATA = darkAndBright(40);

    @TempDir
    Path dir;

    static LabeledTrainingSet darkAndBright(int perClass) {
        List<Image8> images = new ArrayList<>();
        int[] labels = new int[2 * perClass];
        for (int i = 0; i < 2 * perClass; i++) {
            int cls = i % 2;
            int seed = i;
            images.add(Image8.generate(8, 8, 3, (x, y, c) -> (cls == 0 ? 40 : 200) + ((x * 7 + y * 13 + seed * 3 + c) % 40)));
            labels[i] = cls;
        }
        return LabeledTrainingSet.of("dark-bright", images, labels, 2);
    }

    static Block tinyClassifier() {
        return new SequentialBlock()
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(4).build())
                .add(Activation::relu)
                .add(Pool.globalAvgPool2dBlock())
                .add(Linear.builder().setUnits(2).build());
    }

    private static ClassifierTrainingJob job(Recipe recipe) {
        return new ClassifierTrainingJob("tiny-classifier", ClassifierTrainerTest::tinyClassifier, recipe, DATA,
                RandomAffine.flipOnly(), new Identity(), "tiny-1");
    }

    @Test
    void trainsCachesAndClassifies() {
        Recipe recipe = Recipe.adamax(Scale.CI, 8, 16, 60, 0.05f, 4);
        ClassifierTrainer trainer = new ClassifierTrainer(new CheckpointCache(dir, false));
        TrainedModel trained = trainer.loadOrTrain(job(recipe));
        assertThat(trained.fromCache()).isFalse();
        assertThat(trained.lossCurve().mean(51, 60)).isLessThan(0.5 * trained.lossCurve().mean(1, 10));
        trained.close();

        TrainedModel cached = trainer.loadOrTrain(job(recipe));
        assertThat(cached.fromCache()).isTrue();
        assertThat(cached.lossCurve()).isEqualTo(trained.lossCurve());
        cached.close();

        try (BlockClassifier classifier = trainer.classifier("tiny", job(recipe))) {
            float[][] logits = classifier.logits(DATA.images());
            assertThat(TopKAccuracy.accuracy(TopKAccuracy.correct(logits, DATA.labels(), 1))).isEqualTo(1.0);
            assertThat(classifier.numClasses()).isEqualTo(2);
            assertThatThrownBy(() -> classifier.logits(List.of(Image8.generate(9, 8, 3, (x, y, c) -> 0))))
                    .hasMessageContaining("takes 8x8 images");
        }
    }

    @Test
    void theSameSeedRetrainsTheSameCurveAndTheInputDegradationIsPartOfTheKey() {
        Recipe recipe = Recipe.adamax(Scale.CI, 8, 8, 10, 0.01f, 9);
        ClassifierTrainer first = new ClassifierTrainer(new CheckpointCache(dir.resolve("a"), false));
        ClassifierTrainer second = new ClassifierTrainer(new CheckpointCache(dir.resolve("b"), false));
        try (TrainedModel a = first.loadOrTrain(job(recipe)); TrainedModel b = second.loadOrTrain(job(recipe))) {
            assertThat(b.lossCurve()).isEqualTo(a.lossCurve());
        }
        ClassifierTrainingJob jpeg = new ClassifierTrainingJob("tiny-classifier", ClassifierTrainerTest::tinyClassifier,
                recipe, DATA, RandomAffine.flipOnly(), new RandomJpeg(1, 100, 0), "tiny-1");
        assertThat(jpeg.checkpointKey().sha256()).isNotEqualTo(job(recipe).checkpointKey().sha256());
    }

    @Test
    void anAbsurdLearningRateDivergesNamingTheClassifier() {
        Recipe wild = Recipe.adam(Scale.CI, 8, 8, 30, 1e38f, 1);
        ClassifierTrainer trainer = new ClassifierTrainer(new CheckpointCache(dir, false));
        assertThatThrownBy(() -> trainer.loadOrTrain(job(wild)))
                .isInstanceOf(TrainingDivergedException.class)
                .hasMessageContaining("tiny-classifier");
    }

    @Test
    void theRecipeMustBeForTheImageSize() {
        assertThatThrownBy(() -> job(Recipe.adamax(Scale.CI, 16, 8, 10, 0.01f, 1)))
                .hasMessageContaining("16 px images").hasMessageContaining("8 px images");
    }
}
