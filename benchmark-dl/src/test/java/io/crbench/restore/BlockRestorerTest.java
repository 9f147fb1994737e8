package io.crbench.restore;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import io.crbench.image.Image8;
import io.crbench.train.TrainingRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockRestorerTest {
    private static final Image8 RGB = Image8.generate(37, 29, 3, (x, y, c) -> (x * 7 + y * 5 + c * 80) % 256);
    private static final Image8 GRAY = Image8.generate(23, 31, 1, (x, y, c) -> (x * 11 + y * 2) % 256);

    @Test
    void anIdentityNetworkGivesBackTheImage() {
        try (BlockRestorer restorer = new BlockRestorer("identity", TrainingRun.newModel("identity", Blocks.identityBlock()))) {
            assertThat(restorer.restore(RGB)).isEqualTo(RGB);
            assertThat(restorer.restore(GRAY)).isEqualTo(GRAY);
            assertThat(restorer.id()).isEqualTo("identity");
        }
    }

    @Test
    void outputIsClampedToTheEightBitRange() {
        LambdaBlock overshoot = new LambdaBlock(x -> new NDList(x.singletonOrThrow().mul(4).sub(1.5f)));
        try (BlockRestorer restorer = new BlockRestorer("overshoot", TrainingRun.newModel("overshoot", overshoot))) {
            Image8 out = restorer.restore(Image8.generate(2, 1, 3, (x, y, c) -> x * 255));
            assertThat(out.samples()).containsExactly(0, 0, 0, -1, -1, -1);
        }
    }

    @Test
    void aConvNetKeepsTheShapeOfRgbAndGrayImagesWhateverTheirSize() {
        SequentialBlock net = new SequentialBlock()
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(3).build());
        Model model = TrainingRun.newModel("conv", net);
        net.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 3, 8, 8));
        try (BlockRestorer restorer = new BlockRestorer("conv", model, 8)) {
            assertThat(restorer.restore(RGB).describe()).isEqualTo("37x29x3");
            assertThat(restorer.restore(GRAY).describe()).isEqualTo("23x31x1");
        }
    }

    @Test
    void restoringABatchGivesEachImagesOwnRestoration() {
        SequentialBlock net = new SequentialBlock()
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(3).build());
        Model model = TrainingRun.newModel("conv", net);
        net.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 3, 8, 8));
        Image8 other = Image8.generate(37, 29, 3, (x, y, c) -> (x * y + c) % 256);
        Image8 otherGray = Image8.generate(23, 31, 1, (x, y, c) -> (x * 3 + y) % 256);
        try (BlockRestorer restorer = new BlockRestorer("conv", model)) {
            for (List<Image8> sameShape : List.of(List.of(RGB, other), List.of(GRAY, otherGray))) {
                List<Image8> batch = restorer.restoreAll(sameShape);
                for (int i = 0; i < sameShape.size(); i++) {
                    Image8 single = restorer.restore(sameShape.get(i));
                    assertThat(batch.get(i).sameShape(single)).isTrue();
                    // Batched kernels may round differently in the last float bit: at most one 8-bit step.
                    for (int k = 0; k < single.samples().length; k++) {
                        assertThat(Math.abs(batch.get(i).sampleAt(k) - single.sampleAt(k))).isLessThanOrEqualTo(1);
                    }
                }
            }
            assertThat(restorer.restoreAll(List.of(RGB, GRAY))).containsExactly(restorer.restore(RGB),
                    restorer.restore(GRAY));
        }
    }

    @Test
    void grayComesBackWithPilsLumaFormula() {
        Image8 rgb = Image8.of(2, 1, 3, new byte[] {(byte) 255, 0, 0, 10, (byte) 200, 30});
        Image8 gray = BlockRestorer.toGrayLikePil(rgb);
        // PIL: Image.new("RGB", ...).convert("L") gives 76 for pure red, 124 for (10, 200, 30)
        assertThat(gray.sampleAt(0)).isEqualTo(76);
        assertThat(gray.sampleAt(1)).isEqualTo((19595 * 10 + 38470 * 200 + 7471 * 30 + 32768) >> 16);
    }

    @Test
    void tensorsRoundTripEightBitImages() {
        float[] chw = ImageTensors.toChw(RGB);
        assertThat(chw[0]).isEqualTo(RGB.sample(0, 0, 0) / 255f);
        assertThat(chw[RGB.pixelCount()]).isEqualTo(RGB.sample(0, 0, 1) / 255f);
        assertThat(ImageTensors.fromChw(chw, 0, RGB.width(), RGB.height())).isEqualTo(RGB);
    }
}
