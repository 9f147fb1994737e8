package io.crbench.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm–Bonferroni step-down correction for m simultaneous tests (Holm 1979): controls the
 * family-wise error rate like Bonferroni, but rejects at least as much.
 */
public final class HolmCorrection {
    private HolmCorrection() {
    }

    /**
     * Holm-adjusted p-values, in the input order: with p sorted ascending as p₍₁₎ ≤ … ≤ p₍ₘ₎, the
     * adjusted value of p₍ᵢ₎ is {@code max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎)}, the same as R's
     * {@code p.adjust(method = "holm")}. Rejecting where the adjusted value is ≤ α is Holm's procedure.
     *
     * @param pValues raw p-values in [0, 1], at least one
     * @return adjusted p-values, each ≥ its raw value and ≤ 1, monotone in the raw order
     */
    public static double[] adjust(double[] pValues) {
        if (pValues.length == 0) {
            throw new IllegalArgumentException("no p-values to adjust");
        }
        for (int i = 0; i < pValues.length; i++) {
            if (!(pValues[i] >= 0 && pValues[i] <= 1)) {
                throw new IllegalArgumentException("p-value " + i + " must be in [0,1], got " + pValues[i]);
            }
        }
        int m = pValues.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1.0, (m - rank) * pValues[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }

    /**
     * Which hypotheses Holm's procedure rejects at family-wise level {@code alpha}.
     *
     * @param pValues raw p-values in [0, 1], at least one
     * @param alpha family-wise error rate in (0, 1), e.g. 0.05
     * @return {@code rejected[i]} is true when the adjusted {@code pValues[i]} is ≤ {@code alpha}
     */
    public static boolean[] rejected(double[] pValues, double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0,1), got " + alpha);
        }
        double[] adjusted = adjust(pValues);
        boolean[] rejected = new boolean[adjusted.length];
        for (int i = 0; i < adjusted.length; i++) {
            rejected[i] = adjusted[i] <= alpha;
        }
        return rejected;
    }
}
