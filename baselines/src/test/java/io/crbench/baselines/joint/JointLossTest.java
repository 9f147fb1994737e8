package io.crbench.baselines.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.crbench.baselines.restorers.PyTorchTest;
import io.crbench.model.FeatureBackbone;
import io.crbench.train.CharbonnierLoss;
import org.junit.jupiter.api.Test;

/** {@link JointLoss}: w · Charbonnier + (1 − w) · cross-entropy through a frozen classifier. */
class JointLossTest extends PyTorchTest {
    private static final Shape IMAGES = new Shape(2, 3, 4, 4);

    /**
     * A three-class linear classifier on the channel means, {@code logits = mean_hw(rgb) · W}: small
     * enough that its logits can be checked by hand.
     */
    private final class ChannelMeanClassifier implements FeatureBackbone {
        private final NDArray weights = manager.create(new float[] {1, 0, -1, 0, 2, 0, -1, 0, 3}, new Shape(3, 3));

        @Override
        public String id() {
            return "channel-mean-linear";
        }

        @Override
        public int numClasses() {
            return 3;
        }

        @Override
        public int stageCount() {
            return 0;
        }

        @Override
        public int channels(int stage) {
            return 3;
        }

        @Override
        public int stride(int stage) {
            return 1;
        }

        @Override
        public NDArray features(NDArray rgb, int stage) {
            return rgb;
        }

        @Override
        public NDArray logitsFrom(NDArray features, int stage) {
            return features.mean(new int[] {3}).mean(new int[] {2}).matMul(weights);
        }

        @Override
        public void close() {
        }
    }

    private NDList labels(NDArray clean, long... classes) {
        return new NDList(clean, manager.create(classes));
    }

    @Test
    void pixelOnlyIsTheCharbonnierLossAndIgnoresTheClass() {
        NDArray clean = manager.randomUniform(0, 1, IMAGES);
        NDArray restored = clean.add(0.1f);
        float pixel = new CharbonnierLoss().evaluate(new NDList(clean), new NDList(restored)).getFloat();

        JointLoss loss = JointLoss.pixelOnly();

        assertThat(loss.evaluate(labels(clean, 0, 2), new NDList(restored)).getFloat()).isEqualTo(pixel);
        assertThat(loss.weight()).isEqualTo(1f);
        assertThat(loss.getName()).isEqualTo("charbonnier+ce(w=1.0)");
    }

    @Test
    void addsTheWeightedCrossEntropyOfTheClassifiersLogits() {
        // Image 0 is uniform grey 0.5, image 1 has channel means (0.2, 0.4, 0.6).
        float[] values = new float[(int) IMAGES.size()];
        for (int i = 0; i < 48; i++) {
            values[i] = 0.5f;
            values[48 + i] = 0.2f * (1 + i / 16);
        }
        NDArray restored = manager.create(values, IMAGES);
        NDArray clean = restored.sub(0.1f);
        float pixel = new CharbonnierLoss().evaluate(new NDList(clean), new NDList(restored)).getFloat();
        // logits = means · W: image 0 → (0, 1, 1), image 1 → (−0.4, 0.8, 1.6).
        double ce0 = -Math.log(Math.exp(0) / (Math.exp(0) + 2 * Math.exp(1)));
        double ce1 = -Math.log(Math.exp(1.6) / (Math.exp(-0.4) + Math.exp(0.8) + Math.exp(1.6)));

        JointLoss loss = JointLoss.withClassifier(0.9f, new ChannelMeanClassifier());

        assertThat(loss.evaluate(labels(clean, 0, 2), new NDList(restored)).getFloat())
                .isCloseTo((float) (0.9 * pixel + 0.1 * (ce0 + ce1) / 2), within(1e-5f));
        assertThat(loss.getName()).isEqualTo("charbonnier+ce(w=0.9,backbone=channel-mean-linear)");
    }

    @Test
    void theClassificationTermPushesTheRestoredImageTowardsTheTrueClass() {
        NDArray clean = manager.full(IMAGES, 0.5f);
        NDArray restored = clean.duplicate();
        restored.setRequiresGradient(true);
        try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
            collector.backward(JointLoss.withClassifier(0f, new ChannelMeanClassifier())
                    .evaluate(labels(clean, 2, 2), new NDList(restored)));
        }
        // Class 2's logit is −R + 3B: descending the loss raises blue and lowers red.
        NDArray gradient = restored.getGradient();
        assertThat(gradient.get(":, 2").sum().getFloat()).isNegative();
        assertThat(gradient.get(":, 0").sum().getFloat()).isPositive();
    }

    @Test
    void weightsOutsideTheUnitIntervalOrAMissingClassifierAreRejected() {
        assertThatThrownBy(() -> JointLoss.withClassifier(1f, new ChannelMeanClassifier()))
                .hasMessageContaining("w = 1 is the pixel-only loss");
        assertThatThrownBy(() -> JointLoss.withClassifier(-0.1f, new ChannelMeanClassifier()))
                .hasMessageContaining("[0, 1)");
        assertThatThrownBy(() -> JointLoss.withClassifier(JointLoss.PUBLISHED_WEIGHT, null))
                .hasMessageContaining("needs a classifier");
    }
}
