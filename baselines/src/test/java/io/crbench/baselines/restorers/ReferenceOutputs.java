package io.crbench.baselines.restorers;

import io.crbench.image.Image8;

/** Compares a restorer's 8-bit output with a reference computed in double precision. */
final class ReferenceOutputs {
    private ReferenceOutputs() {
    }

    /** The largest grey-level difference between {@code restored} and {@code reference} clamped to [0, 1], x255. */
    static int maxDifference(Image8 restored, double[] reference) {
        int max = 0;
        for (int i = 0; i < reference.length; i++) {
            int expected = (int) Math.round(Math.min(1, Math.max(0, reference[i])) * 255);
            max = Math.max(max, Math.abs(expected - restored.sampleAt(i)));
        }
        return max;
    }
}
