package io.crbench.numerics;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.optimizer.Optimizer;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;

/**
 * An optimizer's update checked against its textbook rule in double precision: {@value #STEPS}
 * updates of a parameter vector with seeded gradients, compared after each step.
 *
 * @param name stable name, e.g. {@code adam_update[256]}
 * @param size parameter count
 * @param optimizer a fresh optimizer per repetition
 * @param rule the same update in double precision
 */
public record OptimizerCase(String name, int size, Supplier<Optimizer> optimizer, UpdateRule rule) implements NumericCheck {
    /** Updates per repetition. */
    public static final int STEPS = 5;

    /** One update of {@code w} in place from gradient {@code g} at step {@code t} (from 1), with state arrays. */
    @FunctionalInterface
    public interface UpdateRule {
        /** Applies update {@code t} to {@code w}; {@code m} and {@code v} start at zero and are kept between steps. */
        void apply(double[] w, double[] g, double[] m, double[] v, int t);
    }

    /** Kingma and Ba's Adam with bias correction, learning rate {@code lr}. */
    public static UpdateRule adam(double lr, double beta1, double beta2, double eps) {
        return (w, g, m, v, t) -> {
            double step = lr * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
            for (int i = 0; i < w.length; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                w[i] -= step * m[i] / (Math.sqrt(v[i]) + eps);
            }
        };
    }

    /** Adamax as Keras computes it (infinity norm {@code u = max(β2·u, |g|)}). */
    public static UpdateRule adamax(double lr, double beta1, double beta2, double eps) {
        return (w, g, m, u, t) -> {
            double step = lr / (1 - Math.pow(beta1, t));
            for (int i = 0; i < w.length; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                u[i] = Math.max(beta2 * u[i], Math.abs(g[i]));
                w[i] -= step * m[i] / (u[i] + eps);
            }
        };
    }

    @Override
    public CheckOutcome run(NDManager manager, int repetitions) {
        Random random = new Random(name.hashCode());
        double[] start = KnownAnswerCase.uniform(random, size);
        double[][] grads = new double[STEPS][];
        for (int t = 0; t < STEPS; t++) {
            grads[t] = KnownAnswerCase.uniform(random, size);
        }
        double[][] expected = new double[STEPS][];
        double[] w = start.clone(), m = new double[size], v = new double[size];
        for (int t = 0; t < STEPS; t++) {
            rule.apply(w, grads[t], m, v, t + 1);
            expected[t] = w.clone();
        }
        double error = 0;
        boolean finite = true;
        boolean repeatable = true;
        float[][] first = null;
        for (int rep = 0; rep < repetitions; rep++) {
            float[][] got = new float[STEPS][];
            try (NDManager sub = manager.newSubManager()) {
                NDArray weight = sub.create(KnownAnswerCase.toFloat(start), new Shape(size));
                weight.setRequiresGradient(true);
                Optimizer opt = optimizer.get();
                for (int t = 0; t < STEPS; t++) {
                    NDArray grad = sub.create(KnownAnswerCase.toFloat(grads[t]), new Shape(size));
                    opt.update(name, weight, grad);
                    got[t] = weight.toFloatArray();
                    error = Math.max(error, KnownAnswerCase.scaledError(expected[t], got[t]));
                    for (float f : got[t]) {
                        finite &= Float.isFinite(f);
                    }
                }
            }
            if (first == null) {
                first = got;
            } else {
                repeatable &= Arrays.deepEquals(first, got);
            }
        }
        return new CheckOutcome(name, error, 0, finite, repeatable, KnownAnswerCase.FLOAT32_TOLERANCE);
    }
}
