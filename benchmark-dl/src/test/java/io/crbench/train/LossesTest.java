package io.crbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.loss.Loss;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LossesTest {
    private static NDManager manager;

    @BeforeAll
    static void engine() {
        System.setProperty("ai.djl.offline", "true");
        manager = Engine.getEngine(TrainingRun.ENGINE).newBaseManager();
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    private static float value(Loss loss, float[] label, float[] prediction, Shape shape) {
        return loss.evaluate(new NDList(manager.create(label, shape)), new NDList(manager.create(prediction, shape))).getFloat();
    }

    @Test
    void charbonnierIsTheMeanOfSqrtOfSquaredErrorPlusEpsilonSquared() {
        Shape shape = new Shape(1, 1, 1, 2);
        float loss = value(new CharbonnierLoss(), new float[] {0f, 0.7f}, new float[] {0f, 0.3f}, shape);
        // (sqrt(0 + 1e-6) + sqrt(0.16 + 1e-6)) / 2
        assertThat(loss).isCloseTo(0.200500625f, within(1e-6f));
        assertThat(value(new CharbonnierLoss(0.5f), new float[] {1f}, new float[] {1f}, new Shape(1))).isEqualTo(0.5f);
        assertThatThrownBy(() -> new CharbonnierLoss(0f)).hasMessageContaining("positive");
    }

    @Test
    void fftL1OfAConstantErrorIsItsDcTermOverAllParts() {
        Shape shape = new Shape(1, 1, 4, 4);
        float[] zeros = new float[16];
        float[] twos = new float[16];
        Arrays.fill(twos, 2f);
        // DFT of a constant 2 on 4x4: 32 at DC, 0 elsewhere; mean over 16 real + 16 imaginary parts = 1
        assertThat(value(new FftL1Loss(), zeros, twos, shape)).isCloseTo(1f, within(1e-6f));
    }

    @Test
    void fftL1OfAnImpulseIsHalf() {
        Shape shape = new Shape(2, 1, 4, 4);
        float[] impulse = new float[32];
        impulse[0] = 1f;
        impulse[16] = 1f;
        // DFT of a unit impulse: real part 1 everywhere, imaginary 0; mean over 2*16 parts = 1/2
        assertThat(value(new FftL1Loss(), new float[32], impulse, shape)).isCloseTo(0.5f, within(1e-6f));
    }

    @Test
    void fftL1IsDifferentiable() {
        NDArray prediction = manager.randomUniform(0, 1, new Shape(1, 3, 8, 8));
        NDArray label = manager.zeros(new Shape(1, 3, 8, 8));
        prediction.setRequiresGradient(true);
        try (GradientCollector collector = Engine.getEngine(TrainingRun.ENGINE).newGradientCollector()) {
            collector.backward(new FftL1Loss().evaluate(new NDList(label), new NDList(prediction)));
        }
        for (float g : prediction.getGradient().toFloatArray()) {
            assertThat(Float.isFinite(g)).isTrue();
        }
        assertThat(prediction.getGradient().abs().sum().getFloat()).isPositive();
    }

    @Test
    void mseIsExactWhileDjlL2HasAHalf() {
        Shape shape = new Shape(2);
        assertThat(value(PixelLosses.mse(), new float[] {0f, 0f}, new float[] {1f, 3f}, shape)).isEqualTo(5f);
        assertThat(value(Loss.l2Loss(), new float[] {0f, 0f}, new float[] {1f, 3f}, shape)).isEqualTo(2.5f);
        assertThat(value(PixelLosses.l1(), new float[] {0f, 0f}, new float[] {1f, -3f}, shape)).isEqualTo(2f);
    }

    @Test
    void weightedLossSumsItsWeightedTerms() {
        WeightedLoss loss = WeightedLoss.named("l1+mse").plus(1f, PixelLosses.l1()).plus(0.5f, PixelLosses.mse());
        assertThat(loss.describe()).isEqualTo("1.0×l1+0.5×mse");
        assertThat(loss.getName()).isEqualTo("l1+mse");
        // l1 = 2, mse = 5
        assertThat(value(loss, new float[] {0f, 0f}, new float[] {1f, 3f}, new Shape(2))).isEqualTo(4.5f);
        assertThatThrownBy(() -> value(WeightedLoss.named("none"), new float[] {0f}, new float[] {1f}, new Shape(1)))
                .hasMessageContaining("no terms");
    }

    @Test
    void classCrossEntropyIsTheMeanNegativeLogSoftmaxOfTheTrueClass() {
        // logits [0, ln 3] and [ln 2, 0]: softmax [1/4, 3/4] and [2/3, 1/3]; true classes 1 and 1.
        NDList logits = new NDList(manager.create(new float[] {0f, (float) Math.log(3), (float) Math.log(2), 0f},
                new Shape(2, 2)));
        NDList labels = new NDList(manager.zeros(new Shape(2, 3, 1, 1)), manager.create(new long[] {1, 1}));
        float expected = (float) ((-Math.log(0.75) - Math.log(1.0 / 3)) / 2);
        assertThat(new ClassCrossEntropy().evaluate(labels, logits).getFloat()).isCloseTo(expected, within(1e-6f));
        assertThat(new ClassCrossEntropy().getName()).isEqualTo(ClassCrossEntropy.NAME);
    }
}
