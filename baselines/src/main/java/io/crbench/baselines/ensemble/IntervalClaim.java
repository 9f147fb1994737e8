package io.crbench.baselines.ensemble;

import io.crbench.experiment.PairedClaim;

/**
 * A claim of seed 003 about two pipelines over one interval of levels, so result rows can name the
 * interval as their degradation.
 *
 * @param claim the paired claim on per-image hit rates over the interval
 * @param interval the levels the rates average over
 */
public record IntervalClaim(PairedClaim claim, LevelInterval interval) {
}
