package io.crbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import io.crbench.codec.JpegCodec;
import io.crbench.degradation.Identity;
import io.crbench.degradation.JpegCompression;
import io.crbench.image.Image8;
import io.crbench.restore.ImageTensors;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PatchSamplerTest {
    private static final List<Image8> IMAGES = List.of(
            Image8.generate(64, 40, 3, (x, y, c) -> (x * 9 + y * 4 + c * 70) % 256),
            Image8.generate(50, 48, 3, (x, y, c) -> (x * y + c * 30) % 256));
    private static final int PATCH = 16;
    private static final int PATCH_VALUES = 3 * PATCH * PATCH;

    @Test
    void sameSeedGivesSameBatches() {
        PatchSampler a = new PatchSampler(IMAGES, JpegCompression.at(20), PATCH, 5);
        PatchSampler b = new PatchSampler(IMAGES, JpegCompression.at(20), PATCH, 5);
        for (int i = 0; i < 3; i++) {
            PatchBatch x = a.next(4);
            PatchBatch y = b.next(4);
            assertThat(x.inputValues()).isEqualTo(y.inputValues());
            assertThat(x.targetValues()).isEqualTo(y.targetValues());
        }
        PatchSampler other = new PatchSampler(IMAGES, JpegCompression.at(20), PATCH, 6);
        assertThat(other.next(4).targetValues()).isNotEqualTo(new PatchSampler(IMAGES, JpegCompression.at(20), PATCH, 5)
                .next(4).targetValues());
    }

    @Test
    void inputsAreTheTargetsCompressed() {
        PatchBatch batch = new PatchSampler(IMAGES, JpegCompression.at(10), PATCH, 1).next(3);
        assertThat(batch.shape().getShape()).containsExactly(3, 3, PATCH, PATCH);
        float[] inputs = batch.inputValues();
        float[] targets = batch.targetValues();
        for (int i = 0; i < batch.size(); i++) {
            Image8 clean = ImageTensors.fromChw(targets, i * PATCH_VALUES, PATCH, PATCH);
            Image8 degraded = ImageTensors.fromChw(inputs, i * PATCH_VALUES, PATCH, PATCH);
            assertThat(degraded).isEqualTo(JpegCodec.pil(10).roundTrip(clean)).isNotEqualTo(clean);
        }
        for (float v : inputs) {
            assertThat(v).isBetween(0f, 1f);
        }
    }

    @Test
    void identityGivesEqualInputsAndTargets() {
        PatchBatch batch = new PatchSampler(IMAGES, new Identity(), PATCH, 2).next(2);
        assertThat(batch.inputValues()).isEqualTo(batch.targetValues());
    }

    @Test
    void grayImagesBecomeThreeEqualChannels() {
        Image8 gray = Image8.generate(20, 20, 1, (x, y, c) -> x * 12 + y);
        float[] t = new PatchSampler(List.of(gray), new Identity(), PATCH, 3).next(1).targetValues();
        int plane = PATCH * PATCH;
        for (int i = 0; i < plane; i++) {
            assertThat(t[plane + i]).isEqualTo(t[i]);
            assertThat(t[2 * plane + i]).isEqualTo(t[i]);
        }
    }

    @Test
    void theEightFlipsAndRotationsAreDistinctRearrangements() {
        Image8 square = Image8.generate(5, 5, 1, (x, y, c) -> 10 * y + x);
        Set<Image8> seen = new HashSet<>();
        for (int t = 0; t < 8; t++) {
            Image8 out = PatchSampler.dihedral(square, t);
            int[] sorted = IntStream.range(0, 25).map(out::sampleAt).sorted().toArray();
            assertThat(sorted).isEqualTo(IntStream.range(0, 25).map(square::sampleAt).sorted().toArray());
            seen.add(out);
        }
        assertThat(seen).hasSize(8).contains(square);
        assertThat(PatchSampler.dihedral(square, 0)).isEqualTo(square);
    }

    @Test
    void eachPatchRemembersItsSourceImageAndClassLabelsFollowIt() {
        // Two images of different sizes: a patch's source shows in which crops are possible.
        PatchBatch batch = new PatchSampler(IMAGES, new Identity(), PATCH, 9).next(12);
        Set<Integer> sources = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            sources.add(batch.sourceImage(i));
        }
        assertThat(sources).containsExactlyInAnyOrder(0, 1);
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            NDList labels = PatchTargets.withClassLabels(new int[] {7, 3}).of(batch, manager);
            assertThat(labels.get(0).toFloatArray()).isEqualTo(batch.targetValues());
            long[] classes = labels.get(1).toLongArray();
            for (int i = 0; i < batch.size(); i++) {
                assertThat(classes[i]).isEqualTo(batch.sourceImage(i) == 0 ? 7 : 3);
            }
            assertThatThrownBy(() -> PatchTargets.withClassLabels(new int[] {7}).of(batch, manager))
                    .hasMessageContaining("only 1 class labels");
        }
    }

    @Test
    void horizontalFlipAugmentationNeverTurnsAPatch() {
        // A patch cut from a horizontal ramp stays a horizontal ramp (increasing or decreasing) under
        // left-right flips; a quarter turn would make it vertical.
        Image8 ramp = Image8.generate(PATCH, PATCH, 1, (x, y, c) -> 10 * x);
        PatchSampler sampler = new PatchSampler(List.of(ramp), new Identity(), PATCH, PatchAugmentation.HORIZONTAL_FLIP, 4);
        Set<Float> firstValues = new HashSet<>();
        for (int b = 0; b < 8; b++) {
            float[] t = sampler.next(1).targetValues();
            assertThat(t[0]).isEqualTo(t[PATCH]);
            firstValues.add(t[0]);
        }
        assertThat(firstValues).containsExactlyInAnyOrder(0f, 150 / 255f);
    }

    @Test
    void imagesSmallerThanAPatchAreRejected() {
        Image8 small = Image8.generate(10, 30, 3, (x, y, c) -> x);
        assertThatThrownBy(() -> new PatchSampler(List.of(small), new Identity(), PATCH, 0))
                .hasMessageContaining("smaller than the 16x16 patches");
    }
}
