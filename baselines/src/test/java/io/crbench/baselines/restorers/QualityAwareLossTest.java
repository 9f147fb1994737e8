package io.crbench.baselines.restorers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** {@link QualityAwareLoss}: L1 + λ_fft·FFT-L1 + λ_q·|q̂ − q| of seed 004 §III-C G. */
class QualityAwareLossTest extends PyTorchTest {

    private static final Shape IMAGE = new Shape(2, 3, 8, 8);

    @Test
    void isZeroForAPerfectPrediction() {
        NDArray clean = manager.randomUniform(0, 1, IMAGE);
        NDArray quality = manager.create(new float[] {0.3f, 0.7f}, new Shape(2, 1));

        float loss = new QualityAwareLoss().evaluate(new NDList(clean, quality), new NDList(clean, quality))
                .getFloat();

        assertThat(loss).isZero();
    }

    @Test
    void addsTheThreeWeightedTerms() {
        NDArray clean = manager.randomUniform(0, 1, IMAGE);
        NDArray restored = clean.add(0.1f);
        NDList labels = new NDList(clean, manager.create(new float[] {0.3f, 0.7f}));
        NDList predictions = new NDList(restored, manager.create(new float[] {0.5f, 0.5f}, new Shape(2, 1)));

        float loss = new QualityAwareLoss().evaluate(labels, predictions).getFloat();

        // A constant error d puts d·H·W on each plane's DC real part: mean |d|/2 over the 2·H·W parts.
        double pixel = 0.1;
        double frequency = 0.1 / 2;
        double quality = 0.2;
        assertThat(loss).isCloseTo((float) (pixel + 0.1 * frequency + 0.1 * quality), within(1e-5f));
    }

    @Test
    void weightsAreConfigurable() {
        NDArray clean = manager.zeros(IMAGE);
        NDList labels = new NDList(clean, manager.create(new float[] {0.2f, 0.2f}));
        NDList predictions = new NDList(clean, manager.create(new float[] {0.6f, 0.6f}, new Shape(2, 1)));

        float loss = new QualityAwareLoss("q_only", 0f, 2f).evaluate(labels, predictions).getFloat();

        assertThat(loss).isCloseTo(0.8f, within(1e-6f));
    }

    @Test
    void rejectsNegativeOrNonFiniteWeights() {
        assertThatThrownBy(() -> new QualityAwareLoss("bad", -0.1f, 0.1f))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QualityAwareLoss("bad", 0.1f, Float.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
