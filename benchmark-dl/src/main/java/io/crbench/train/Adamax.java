package io.crbench.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adamax (Kingma and Ba 2015, §7.1), the infinity-norm variant of Adam, which DJL does not ship,
 * written as Keras computes it: {@code m ← β1·m + (1 − β1)·g}, {@code u ← max(β2·u, |g|)},
 * {@code w ← w − lr/(1 − β1^t) · m / (u + ε)}, t counting this parameter's updates from 1. Seed
 * 003 trains all its networks with it.
 *
 * <p>The moments live on the parameter's device and are updated in place, and the gradient is
 * cleared after use, like DJL's own optimizers; temporaries are closed at once so a long run does
 * not accumulate native memory.
 */
final class Adamax extends Optimizer {
    private final Tracker learningRate;
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final Map<String, Map<Device, NDArray>> means = new ConcurrentHashMap<>();
    private final Map<String, Map<Device, NDArray>> norms = new ConcurrentHashMap<>();

    Adamax(Tracker learningRate, float beta1, float beta2, float epsilon) {
        super(new Builder());
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        int t = updateCount(parameterId);
        float stepSize = (float) (learningRate.getNewValue(t) / (1 - Math.pow(beta1, t)));
        NDArray m = withDefaultState(means, parameterId, weight.getDevice(), k -> weight.zerosLike());
        NDArray u = withDefaultState(norms, parameterId, weight.getDevice(), k -> weight.zerosLike());
        try (NDArray scaled = grad.mul(1 - beta1)) {
            m.muli(beta1).addi(scaled);
        }
        // max(β2·u, |g|) = β2·u + relu(|g| − β2·u), which updates u in place.
        u.muli(beta2);
        try (NDArray magnitude = grad.abs(); NDArray excess = magnitude.sub(u); NDArray rise = excess.maximum(0f)) {
            u.addi(rise);
        }
        try (NDArray denominator = u.add(epsilon); NDArray step = m.div(denominator)) {
            weight.subi(step.muli(stepSize));
        }
        // The engine accumulates gradients into the parameter's own buffer until an optimizer clears
        // it, as DJL's native updates do; {@code grad} may be a copy of that buffer.
        try (NDArray accumulated = weight.getGradient()) {
            accumulated.muli(0f);
        }
    }

    /** DJL's builder carries rescaling and clipping, which crbench leaves at their neutral defaults. */
    private static final class Builder extends OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }
}
