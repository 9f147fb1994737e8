package io.crbench.stats;

/**
 * Outcome of McNemar's exact test on two classifiers scored on the same samples.
 *
 * @param aOnly samples A got right and B got wrong
 * @param bOnly samples B got right and A got wrong
 * @param pValue exact two-sided p-value, in (0, 1]
 */
public record McNemarResult(int aOnly, int bOnly, double pValue) {
}
