package io.crbench.numerics;

/**
 * The double-precision meaning of one engine operation: its value for given inputs and the
 * gradients of {@code sum(R ⊙ value)} with respect to each input. Gradients default to central
 * differences of {@link #forward}, exact enough in double precision (about 1e-9 relative) to judge
 * float32 kernels; operations whose inputs are too large for that override {@link #gradients}.
 */
@FunctionalInterface
public interface ReferenceOp {
    /** Step of the central differences: small against the inputs' scale (about 1), large against double rounding. */
    double STEP = 1e-6;

    /** The operation's output, flattened in the engine's (row-major) order. */
    double[] forward(double[][] inputs);

    /** Gradient of {@code sum(r ⊙ forward(inputs))} with respect to each input. */
    default double[][] gradients(double[][] inputs, double[] r) {
        double[][] grads = new double[inputs.length][];
        for (int k = 0; k < inputs.length; k++) {
            double[] x = inputs[k];
            grads[k] = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double saved = x[i];
                x[i] = saved + STEP;
                double up = dot(r, forward(inputs));
                x[i] = saved - STEP;
                double down = dot(r, forward(inputs));
                x[i] = saved;
                grads[k][i] = (up - down) / (2 * STEP);
            }
        }
        return grads;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
