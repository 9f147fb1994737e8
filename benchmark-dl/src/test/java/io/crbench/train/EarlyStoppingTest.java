package io.crbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.Scale;
import io.crbench.image.Image8;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyStoppingTest {
    private static final List<Image8> VALIDATION = List.of(
            Image8.generate(16, 16, 3, (x, y, c) -> (x * 13 + y * 7 + c * 50) % 256),
            Image8.generate(16, 16, 3, (x, y, c) -> 128 + (int) (90 * Math.sin(x * 0.4 + c) * Math.cos(y * 0.3))));
    private static final ValidationSet SET = ValidationSet.of("tiny-validation", VALIDATION, JpegCompression.at(10), 5,
            PatchTargets.CLEAN);

    @TempDir
    Path dir;

    private static EarlyStopping rule(int patience) {
        return new EarlyStopping(SET, 2, patience, 0.01);
    }

    /** A tiny restorer's job of at most {@code cap} iterations, without a stopping rule. */
    private static TrainingJob tinyJob(int cap) {
        return new TrainingJob("tiny(q=10)", TinyNetworks::convNet, Recipe.adam(Scale.CI, 16, 4, cap, 1e-2f, 3),
                PixelLosses.mse(), JpegCompression.at(10), TrainingSet.of("synthetic", TinyNetworks.IMAGES), "tiny-1");
    }

    @Test
    void aRunConvergesWhenPatienceChecksFailToImproveByTheMinimum() {
        EarlyStopping rule = rule(2);
        ValidationCurve improving = ValidationCurve.of(new int[] {2, 4, 6}, new float[] {1f, 0.8f, 0.7f});
        assertThat(rule.converged(improving)).isFalse();
        assertThat(rule.bestCheck(improving)).isEqualTo(2);
        // 0.695 is lower than 0.7 but by less than 1 %: it does not count.
        ValidationCurve flat = ValidationCurve.of(new int[] {2, 4, 6, 8, 10}, new float[] {1f, 0.8f, 0.7f, 0.695f, 0.71f});
        assertThat(rule.bestCheck(flat)).isEqualTo(2);
        assertThat(rule.converged(flat)).isTrue();
        assertThat(rule.converged(ValidationCurve.empty())).isFalse();
    }

    @Test
    void aWindowedRuleComparesMeansSoOneLuckyLowCheckDoesNotStopTheRun() {
        // A falling trend with one low outlier (0.5 at the third check).
        ValidationCurve noisy = ValidationCurve.of(new int[] {2, 4, 6, 8, 10, 12}, new float[] {1f, 0.9f, 0.5f, 0.88f,
                0.84f, 0.8f});
        assertThat(rule(3).bestCheck(noisy)).isEqualTo(2);
        assertThat(rule(3).converged(noisy)).isTrue();
        EarlyStopping windowed = rule(3).smoothedOver(3);
        assertThat(windowed.smoothedLoss(noisy, 0)).isEqualTo(1.0);
        assertThat(windowed.smoothedLoss(noisy, 1)).isCloseTo(0.95, within(1e-6));
        assertThat(windowed.smoothedLoss(noisy, 4)).isCloseTo(0.74, within(1e-6));
        assertThat(windowed.bestCheck(noisy)).isEqualTo(4);
        assertThat(windowed.converged(noisy)).isFalse();
        ValidationCurve longer = ValidationCurve.of(new int[] {2, 4, 6, 8, 10, 12, 14, 16, 18}, new float[] {1f, 0.9f,
                0.5f, 0.88f, 0.84f, 0.8f, 0.76f, 0.72f, 0.68f});
        assertThat(windowed.bestCheck(longer)).isEqualTo(8);
        // A window of 1 is the plain rule, under the key it always had.
        assertThat(rule(3).smoothedOver(1)).isEqualTo(rule(3));
        assertThat(rule(3).id()).doesNotContain("window");
        assertThat(windowed.id()).endsWith(",window=3)");
        assertThatThrownBy(() -> rule(3).smoothedOver(0)).hasMessageContaining("window >= 1");
    }

    @Test
    void trainingStopsAtConvergenceKeepsTheBestWeightsAndIsRepeatable() {
        TrainingJob job = tinyJob(400).stoppedBy(rule(2));
        RestorerTrainer trainer = new RestorerTrainer(new CheckpointCache(dir, false));
        TrainedModel first = trainer.loadOrTrain(job);
        ValidationCurve curve = first.validationCurve();
        EarlyStopping stopping = job.stopping();
        assertThat(curve.size()).isEqualTo(first.lossCurve().size() / 2);
        assertThat(first.lossCurve().size()).isLessThanOrEqualTo(400);
        if (first.lossCurve().size() < 400) {
            assertThat(stopping.converged(curve)).isTrue();
        }
        first.close();

        TrainedModel again = new RestorerTrainer(new CheckpointCache(dir, true)).loadOrTrain(job);
        assertThat(again.validationCurve()).isEqualTo(curve);
        assertThat(again.lossCurve()).isEqualTo(first.lossCurve());
        again.close();
        TrainedModel cached = trainer.loadOrTrain(job);
        assertThat(cached.fromCache()).isTrue();
        assertThat(cached.validationCurve()).isEqualTo(curve);
        cached.close();
        assertThat(job.checkpointKey().recipeId()).endsWith("+" + stopping.id());
    }

    @Test
    void aRunThatConvergedUnderASmallerCapStandsForTheRaisedCapAndIsTheSameAsTrainingUnderIt() throws Exception {
        TrainingJob job = tinyJob(400).stoppedBy(rule(2));
        TrainingJob raised = job.withIterationCap(800);
        assertThat(raised.checkpointKey()).isNotEqualTo(job.checkpointKey());
        RestorerTrainer trainer = new RestorerTrainer(new CheckpointCache(dir.resolve("a"), false));
        try (TrainedModel underSmallCap = trainer.loadOrTrain(job);
                TrainedModel reused = trainer.loadOrTrain(raised, 400);
                TrainedModel trainedUnderRaisedCap = new RestorerTrainer(new CheckpointCache(dir.resolve("b"), false))
                        .loadOrTrain(raised)) {
            assertThat(job.stopping().converged(underSmallCap.validationCurve()))
                    .as("the tiny run converges before its cap of 400").isTrue();
            assertThat(reused.fromCache()).isTrue();
            assertThat(reused.parametersFile()).isEqualTo(underSmallCap.parametersFile());
            // What makes the reuse sound: trained afresh under the raised cap, the run is the same.
            assertThat(trainedUnderRaisedCap.fromCache()).isFalse();
            assertThat(trainedUnderRaisedCap.lossCurve()).isEqualTo(underSmallCap.lossCurve());
            assertThat(trainedUnderRaisedCap.validationCurve()).isEqualTo(underSmallCap.validationCurve());
            assertThat(Files.readAllBytes(trainedUnderRaisedCap.parametersFile()))
                    .isEqualTo(Files.readAllBytes(underSmallCap.parametersFile()));
        }
    }

    @Test
    void aRunThatHitTheSmallerCapIsNotReusedAndTheRaisedCapTrainsAfresh() {
        TrainingJob capped = tinyJob(4).stoppedBy(rule(2));
        RestorerTrainer trainer = new RestorerTrainer(new CheckpointCache(dir, false));
        try (TrainedModel hitTheCap = trainer.loadOrTrain(capped);
                TrainedModel raised = trainer.loadOrTrain(capped.withIterationCap(8), 4)) {
            assertThat(capped.stopping().converged(hitTheCap.validationCurve())).isFalse();
            assertThat(raised.fromCache()).isFalse();
            assertThat(raised.lossCurve().size()).isGreaterThan(4);
        }
        assertThatThrownBy(() -> trainer.loadOrTrain(capped, 4)).hasMessageContaining("earlier cap 4 and cap 4");
        assertThatThrownBy(() -> trainer.loadOrTrain(tinyJob(8), 4)).hasMessageContaining("without a stopping rule");
    }

    @Test
    void aValidationCurveRoundTripsAndABadOneIsRefusedWithItsLine() throws Exception {
        ValidationCurve curve = ValidationCurve.of(new int[] {50, 100}, new float[] {0.25f, 0.125f});
        Path file = dir.resolve("validation-curve.csv");
        curve.writeCsv(file);
        assertThat(ValidationCurve.readCsv(file)).isEqualTo(curve);
        assertThat(ValidationCurve.readCsv(dir.resolve("absent.csv")).isEmpty()).isTrue();
        Files.writeString(file, "iteration,loss\n50,0.25\n100,x\n");
        assertThatThrownBy(() -> ValidationCurve.readCsv(file)).hasMessageContaining("line 3").hasMessageContaining(
                file.toString());
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new EarlyStopping(SET, 0, 2, 0.01)).hasMessageContaining("checkEvery");
        assertThatThrownBy(() -> new EarlyStopping(null, 2, 2, 0.01)).hasMessageContaining("validation set");
        assertThatThrownBy(() -> ValidationSet.of("empty", List.of(), JpegCompression.at(10), 0, PatchTargets.CLEAN))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> ValidationCurve.of(new int[] {4, 2}, new float[] {1f, 1f}))
                .hasMessageContaining("increasing");
    }
}
