package io.crbench.metric;

/**
 * Top-k classification accuracy from raw model scores.
 *
 * <p>A sample is a hit when its true label is among the k highest-scoring classes. Tied scores are
 * ranked by class index, lower first (as a stable descending sort ranks them), so a tie never
 * depends on a library's sort: a label tied with other classes at the k-th place is a hit only if
 * enough of those tied classes have higher indices.
 */
public final class TopKAccuracy {
    private TopKAccuracy() {
    }

    /**
     * Per-sample top-k hits.
     *
     * @param logits scores, one row per sample and one column per class (any monotone scale: logits
     *     or probabilities); rows must have equal length and no NaN
     * @param labels true class index of each sample
     * @param k how many top classes count, 1 ≤ k ≤ number of classes
     * @return {@code correct[i]} is true when {@code labels[i]} ranks within the top k of {@code logits[i]}
     */
    public static boolean[] correct(float[][] logits, int[] labels, int k) {
        if (logits.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (logits.length != labels.length) {
            throw new IllegalArgumentException(logits.length + " rows of logits but " + labels.length + " labels");
        }
        int classes = logits[0].length;
        if (k < 1 || k > classes) {
            throw new IllegalArgumentException("k must be in 1.." + classes + ", got " + k);
        }
        boolean[] hit = new boolean[logits.length];
        for (int i = 0; i < logits.length; i++) {
            float[] row = logits[i];
            if (row.length != classes) {
                throw new IllegalArgumentException("row " + i + " has " + row.length
                        + " classes, row 0 has " + classes);
            }
            int label = labels[i];
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label " + label + " of sample " + i
                        + " outside 0.." + (classes - 1));
            }
            hit[i] = rank(row, label, i) < k;
        }
        return hit;
    }

    /**
     * Fraction of hits.
     *
     * @param correct per-sample hits, e.g. from {@link #correct}
     * @return hits divided by the number of samples, in [0, 1]
     */
    public static double accuracy(boolean[] correct) {
        if (correct.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        int hits = 0;
        for (boolean c : correct) {
            if (c) {
                hits++;
            }
        }
        return (double) hits / correct.length;
    }

    /** Zero-based rank of class {@code label}: classes scoring higher, or equal with a lower index. */
    private static int rank(float[] row, int label, int sample) {
        float score = row[label];
        int rank = 0;
        for (int j = 0; j < row.length; j++) {
            if (Float.isNaN(row[j])) {
                throw new IllegalArgumentException("NaN score for class " + j + " of sample " + sample);
            }
            if (row[j] > score || (row[j] == score && j < label)) {
                rank++;
            }
        }
        return rank;
    }
}
