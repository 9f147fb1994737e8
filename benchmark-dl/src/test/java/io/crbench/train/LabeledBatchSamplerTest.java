package io.crbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.crbench.degradation.GaussianNoise;
import io.crbench.degradation.Identity;
import io.crbench.image.Image8;
import io.crbench.restore.ImageTensors;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabeledBatchSamplerTest {
    @Test
    void anEpochVisitsEveryImageOnceAndBatchesAreReproducible() {
        LabeledTrainingSet data = ClassifierTrainerTest.darkAndBright(5);
        try (NDManager manager = NDManager.newBaseManager(TrainingRun.ENGINE)) {
            LabeledBatchSampler sampler = new LabeledBatchSampler(data, RandomAffine.NONE, new Identity(), 3);
            BatchSource.Batch batch = sampler.next(10, manager);
            assertThat(batch.inputs().singletonOrThrow().getShape()).isEqualTo(new Shape(10, 3, 8, 8));
            float[] pixels = batch.inputs().singletonOrThrow().toFloatArray();
            float[] labels = batch.labels().singletonOrThrow().toFloatArray();
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < 10; i++) {
                int index = indexOf(data, pixels, i);
                assertThat(index).as("batch image %d is a training image", i).isNotNegative();
                assertThat(labels[i]).isEqualTo(data.label(index));
                seen.add(index);
            }
            assertThat(seen).hasSize(10);

            LabeledBatchSampler again = new LabeledBatchSampler(data, RandomAffine.NONE, new Identity(), 3);
            assertThat(again.next(10, manager).inputs().singletonOrThrow().toFloatArray()).isEqualTo(pixels);
        }
    }

    @Test
    void grayImagesBecomeThreeEqualChannelsAndTheDegradationIsApplied() {
        Image8 gray = Image8.generate(6, 6, 1, (x, y, c) -> 100 + x * 10);
        LabeledTrainingSet data = LabeledTrainingSet.of("gray", List.of(gray), new int[] {1}, 2);
        try (NDManager manager = NDManager.newBaseManager(TrainingRun.ENGINE)) {
            float[] clean = new LabeledBatchSampler(data, RandomAffine.NONE, new Identity(), 0).next(1, manager)
                    .inputs().singletonOrThrow().toFloatArray();
            assertThat(clean).isEqualTo(ImageTensors.toChw(gray.toRgb()));
            float[] noisy = new LabeledBatchSampler(data, RandomAffine.NONE, new GaussianNoise(30), 0).next(1, manager)
                    .inputs().singletonOrThrow().toFloatArray();
            assertThat(noisy).isNotEqualTo(clean);
        }
    }

    @Test
    void mixedImageSizesAreRejected() {
        List<Image8> images = List.of(Image8.generate(8, 8, 3, (x, y, c) -> 0), Image8.generate(8, 9, 3, (x, y, c) -> 0));
        assertThatThrownBy(() -> LabeledTrainingSet.of("mixed", images, new int[] {0, 1}, 2))
                .hasMessageContaining("one input size");
        assertThatThrownBy(() -> LabeledTrainingSet.of("labels", images.subList(0, 1), new int[] {2}, 2))
                .hasMessageContaining("outside 0..1");
    }

    private static int indexOf(LabeledTrainingSet data, float[] batch, int i) {
        int values = 3 * 8 * 8;
        for (int j = 0; j < data.size(); j++) {
            float[] chw = ImageTensors.toChw(data.images().get(j));
            boolean same = true;
            for (int k = 0; k < values && same; k++) {
                same = chw[k] == batch[i * values + k];
            }
            if (same) {
                return j;
            }
        }
        return -1;
    }
}
