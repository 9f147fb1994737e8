package io.crbench.numerics;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * One engine operation checked against its double-precision reference: forward value and, when
 * {@code backward}, the gradients of {@code sum(R ⊙ output)} with respect to every input, for a
 * fixed R. Inputs and R are uniform in [−1, 1] from a seed derived from the name, rounded to
 * float32 before the reference sees them, so both sides compute on the same numbers.
 *
 * @param name stable name, e.g. {@code conv2d_3x3_backward[4x8x16x16->3]}
 * @param inputShapes shape of each input
 * @param torch the operation on the engine
 * @param reference its double-precision meaning
 * @param backward whether gradients are checked too
 * @param tolerance largest accepted error, relative to the reference's largest magnitude (at least 1)
 */
public record KnownAnswerCase(String name, List<long[]> inputShapes, TorchOp torch, ReferenceOp reference, boolean backward,
        double tolerance) implements NumericCheck {

    /** Float32 against double on inputs of magnitude 1: a few hundred rounding steps of 6e-8 at most. */
    public static final double FLOAT32_TOLERANCE = 1e-4;

    /** Copies the shapes. */
    public KnownAnswerCase {
        inputShapes = List.copyOf(inputShapes);
    }

    @Override
    public CheckOutcome run(NDManager manager, int repetitions) {
        Random random = new Random(name.hashCode());
        double[][] inputs = new double[inputShapes.size()][];
        for (int k = 0; k < inputs.length; k++) {
            inputs[k] = uniform(random, Math.toIntExact(new Shape(inputShapes.get(k)).size()));
        }
        double[] expected = reference.forward(copy(inputs));
        double[] r = uniform(random, expected.length);
        double[][] expectedGrads = backward ? reference.gradients(copy(inputs), r) : new double[0][];

        double forwardError = 0;
        double gradientError = 0;
        boolean finite = true;
        boolean repeatable = true;
        float[][] first = null;
        for (int rep = 0; rep < repetitions; rep++) {
            float[][] got = evaluate(manager, inputs, r);
            finite &= allFinite(got);
            forwardError = Math.max(forwardError, scaledError(expected, got[0]));
            for (int k = 0; k < expectedGrads.length; k++) {
                gradientError = Math.max(gradientError, scaledError(expectedGrads[k], got[k + 1]));
            }
            if (first == null) {
                first = got;
            } else {
                repeatable &= Arrays.deepEquals(first, got);
            }
        }
        return new CheckOutcome(name, forwardError, gradientError, finite, repeatable, tolerance);
    }

    /** Output, then each input's gradient when {@code backward}, as float arrays. */
    private float[][] evaluate(NDManager parent, double[][] inputs, double[] r) {
        try (NDManager m = parent.newSubManager()) {
            NDList arrays = new NDList();
            for (int k = 0; k < inputs.length; k++) {
                NDArray a = m.create(toFloat(inputs[k]), new Shape(inputShapes.get(k)));
                if (backward) {
                    a.setRequiresGradient(true);
                }
                arrays.add(a);
            }
            List<float[]> out = new ArrayList<>();
            if (!backward) {
                out.add(torch.apply(arrays).toFloatArray());
                return out.toArray(float[][]::new);
            }
            try (GradientCollector collector = Engine.getEngine(m.getEngine().getEngineName()).newGradientCollector()) {
                NDArray y = torch.apply(arrays);
                out.add(y.toFloatArray());
                NDArray upstream = m.create(toFloat(r), y.getShape());
                collector.backward(y.mul(upstream).sum());
            }
            for (NDArray a : arrays) {
                out.add(a.getGradient().toFloatArray());
            }
            return out.toArray(float[][]::new);
        }
    }

    static double[] uniform(Random random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return v;
    }

    static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }

    private static double[][] copy(double[][] v) {
        double[][] c = new double[v.length][];
        for (int i = 0; i < v.length; i++) {
            c[i] = v[i].clone();
        }
        return c;
    }

    private static boolean allFinite(float[][] values) {
        for (float[] v : values) {
            for (float f : v) {
                if (!Float.isFinite(f)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Largest |got − expected| over max(1, max |expected|); infinite when the sizes differ or a value is not finite. */
    static double scaledError(double[] expected, float[] got) {
        if (expected.length != got.length) {
            return Double.POSITIVE_INFINITY;
        }
        double scale = 1;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        double worst = 0;
        for (int i = 0; i < got.length; i++) {
            double d = Math.abs(got[i] - expected[i]);
            if (!(d <= Double.MAX_VALUE)) {
                return Double.POSITIVE_INFINITY;
            }
            worst = Math.max(worst, d);
        }
        return worst / scale;
    }
}
