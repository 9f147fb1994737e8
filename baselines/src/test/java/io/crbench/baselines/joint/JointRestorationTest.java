package io.crbench.baselines.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import io.crbench.datasets.images.LabeledInputs;
import io.crbench.degradation.JpegCompression;
import io.crbench.degradation.RandomJpeg;
import io.crbench.experiment.Scale;
import io.crbench.image.Image8;
import io.crbench.restore.BlockRestorer;
import io.crbench.train.ParameterFiles;
import io.crbench.train.PatchAugmentation;
import io.crbench.train.Recipe;
import io.crbench.train.TrainingJob;
import io.crbench.train.TrainingRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JointRestorationTest {
    private static final LabeledInputs TRAINING = new LabeledInputs("sample",
            List.of(Image8.generate(96, 96, 3, (x, y, c) -> x), Image8.generate(96, 96, 3, (x, y, c) -> y)),
            new int[] {4, 8});

    @Test
    void ciTrainsOneBlindModelFineTunedFromAPixelLossPretraining() {
        TrainingJob pixel = JointRestoration.job(JointRestorerNetwork.SWINIR, 1f, 10, Scale.CI, TRAINING, null);
        TrainingJob sameForQf40 = JointRestoration.job(JointRestorerNetwork.SWINIR, 1f, 40, Scale.CI, TRAINING, null);
        assertThat(pixel.checkpointKey()).isEqualTo(sameForQf40.checkpointKey());
        assertThat(pixel.degradation()).isInstanceOf(RandomJpeg.class);
        assertThat(pixel.degradation().id()).isEqualTo("jpeg(q=10..40,seed=0)");
        assertThat(pixel.warmStart().loss().getName()).isEqualTo("charbonnier+ce(w=1.0)");
        assertThat(pixel.warmStart().recipe()).isEqualTo(JointRestoration.pretrainingRecipe());
        assertThat(pixel.checkpointKey().canonical()).contains("method=joint-swinir(w=1.0,q=10..40)",
                "training_data=" + ImageNetSampleSplit.TRAINING_ID, "warm_start=");
        assertThat(JointRestoration.id(JointRestorerNetwork.SWINIR, 0.99f, 30, Scale.CI))
                .isEqualTo("joint-swinir(w=0.99,q=10..40,ci)");
    }

    @Test
    void paperTrainsOneModelPerQualityFromFreshWeights() {
        TrainingJob job = JointRestoration.job(JointRestorerNetwork.DNCNN, 1f, 20, Scale.PAPER, TRAINING, null);
        assertThat(job.warmStart()).isNull();
        assertThat(job.degradation().id()).isEqualTo(JpegCompression.at(20).id());
        assertThat(JointRestoration.id(JointRestorerNetwork.DNCNN, 0.99f, 20, Scale.PAPER))
                .isEqualTo("joint-dncnn(w=0.99,q=20,paper)");
        Recipe paper = JointRestoration.recipe(Scale.PAPER);
        assertThat(List.of(paper.patchSize(), paper.batchSize(), paper.iterations())).containsExactly(224, 16, 70_000);
        assertThat(paper.learningRate()).isEqualTo(2e-4f);
        assertThat(paper.learningRateAt(70_000)).isEqualTo(2e-4f / 16);
        assertThat(paper.augmentation()).isEqualTo(PatchAugmentation.HORIZONTAL_FLIP);
    }

    @Test
    void userSuppliedSwinIrWeightsRestoreImagesOfAnySize(@TempDir Path dir) {
        Path file = dir.resolve("swinir.params");
        Block block = JointRestorerNetwork.SWINIR.block(Scale.CI);
        try (Model model = TrainingRun.newModel("swinir", block)) {
            block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 3, 16, 16));
            ParameterFiles.save(block, file);
        }
        try (BlockRestorer restorer = JointRestoration.fromFile(JointRestorerNetwork.SWINIR, 1f, 10, Scale.CI, file)) {
            assertThat(restorer.id()).isEqualTo("joint-swinir(w=1.0,q=10..40,ci)");
            // 33 x 17 is padded to the 8 px window multiple and cropped back.
            Image8 rgb = Image8.generate(33, 17, 3, (x, y, c) -> (x * 5 + y * 9 + c * 40) % 256);
            assertThat(restorer.restore(rgb).describe()).isEqualTo("33x17x3");
        }
    }

    @Test
    void onlyTheFourPublishedQualitiesAndAClassifierForJointWeightsAreAccepted() {
        assertThatThrownBy(() -> JointRestoration.degradation(50, Scale.PAPER)).hasMessageContaining("[10, 20, 30, 40]");
        assertThatThrownBy(() -> JointRestoration.job(JointRestorerNetwork.SWINIR, JointLoss.PUBLISHED_WEIGHT, 10,
                Scale.CI, TRAINING, null)).hasMessageContaining("needs a classifier");
    }
}
