package io.crbench.baselines.ensemble;

/** Softmax and arg-max over class scores, in double precision for the sums. */
final class Probabilities {
    private Probabilities() {
    }

    /** The softmax of each row of logits (shifted by the row's maximum, so it cannot overflow). */
    static float[][] softmax(float[][] logits) {
        float[][] out = new float[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            float[] row = logits[i];
            float max = Float.NEGATIVE_INFINITY;
            for (float v : row) {
                max = Math.max(max, v);
            }
            double sum = 0;
            double[] e = new double[row.length];
            for (int k = 0; k < row.length; k++) {
                e[k] = Math.exp(row[k] - max);
                sum += e[k];
            }
            out[i] = new float[row.length];
            for (int k = 0; k < row.length; k++) {
                out[i][k] = (float) (e[k] / sum);
            }
        }
        return out;
    }

    /** The index of the largest value (the first one on ties). */
    static int argmax(float[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }
}
