package io.crbench.experiment;

/**
 * A paper's directional claim "{@code better} scores higher than {@code worse} on the same
 * items" (e.g. two pipelines' per-image hit rates over a QF interval), and what a suite asserts
 * about it at its sample size. {@link PairedClaimFamily} tests a suite's claims together.
 *
 * @param name the claim in words, e.g. {@code Proposed > Seq(org) over QF 1..20}
 * @param better what the paper says scores higher
 * @param betterScores its per-item scores
 * @param worse what the paper says scores lower
 * @param worseScores its per-item scores, same items in the same order
 * @param expectation what the suite asserts
 */
public record PairedClaim(String name, String better, double[] betterScores, String worse, double[] worseScores,
        Expectation expectation) {
    /** What a suite asserts about a claim, stated before the data are seen. */
    public enum Expectation {
        /** Fails unless the data show the claimed direction significantly: for large expected effects. */
        CONFIRMED,
        /** Fails only if the data show the opposite direction significantly: for small expected effects. */
        NOT_CONTRADICTED,
        /** Reported with its finding, never asserted: the data cannot be expected to settle it. */
        RECORDED
    }

    public PairedClaim {
        if (betterScores.length != worseScores.length || betterScores.length == 0) {
            throw new IllegalArgumentException("claim '" + name + "' needs paired, non-empty scores, got "
                    + betterScores.length + " and " + worseScores.length);
        }
        betterScores = betterScores.clone();
        worseScores = worseScores.clone();
    }

    @Override
    public double[] betterScores() {
        return betterScores.clone();
    }

    @Override
    public double[] worseScores() {
        return worseScores.clone();
    }
}
