package io.crbench.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * McNemar's exact test for paired binary outcomes: under "A and B are equally accurate" each
 * discordant sample (exactly one of them right) is equally likely to favour either, so the count
 * favouring A is Binomial(discordant, 1/2). Concordant samples carry no information and are ignored.
 */
public final class McNemarExact {
    private McNemarExact() {
    }

    /**
     * Exact two-sided McNemar test.
     *
     * @param correctA per-sample correctness of classifier A
     * @param correctB per-sample correctness of classifier B on the same samples, same length
     * @return discordant counts and {@code p = min(1, 2·P[X ≤ min(aOnly, bOnly)])},
     *     X ~ Binomial(aOnly + bOnly, 1/2); {@code p = 1} when there are no discordant pairs
     */
    public static McNemarResult test(boolean[] correctA, boolean[] correctB) {
        if (correctA.length != correctB.length) {
            throw new IllegalArgumentException("paired outcomes differ in length: "
                    + correctA.length + " vs " + correctB.length);
        }
        if (correctA.length == 0) {
            throw new IllegalArgumentException("no paired outcomes");
        }
        int aOnly = 0;
        int bOnly = 0;
        for (int i = 0; i < correctA.length; i++) {
            if (correctA[i] && !correctB[i]) {
                aOnly++;
            } else if (correctB[i] && !correctA[i]) {
                bOnly++;
            }
        }
        int discordant = aOnly + bOnly;
        if (discordant == 0) {
            return new McNemarResult(0, 0, 1.0);
        }
        double tail = new BinomialDistribution(discordant, 0.5).cumulativeProbability(Math.min(aOnly, bOnly));
        return new McNemarResult(aOnly, bOnly, Math.min(1.0, 2 * tail));
    }
}
