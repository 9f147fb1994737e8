package io.crbench.experiment;

import io.crbench.degradation.Condition;
import io.crbench.result.CellKey;
import java.util.Locale;

/**
 * A paper's claim that a method gains at least {@code bound} over its baseline on the same images
 * (e.g. "at least 1 dB of PSNR-Y over JPEG"), decided on a paired comparison. On the whole set the
 * paper measured, the mean gain is the quantity it prints and decides alone; on a subset of it the
 * mean is an estimate, so the 95 % interval decides: its low end at or above the bound confirms, its
 * high end below contradicts, anything else is not resolved.
 *
 * @param claim the claim as a row states it, e.g. {@code the DnCNN paper shows a gain of at least 1 dB here}
 * @param bound the least gain claimed, in the comparison's unit
 */
public record GainBoundClaim(String claim, double bound) {

    /**
     * The finding on {@code gain}, measured on the paper's whole set when {@code wholeSet}, else on a
     * subset of it.
     */
    public Finding finding(PairedComparison gain, boolean wholeSet) {
        double mean = gain.difference().value();
        double low = gain.difference().interval().low();
        double high = gain.difference().interval().high();
        if ((wholeSet ? mean : low) >= bound) {
            return Finding.CONFIRMED;
        }
        return wholeSet || high < bound ? Finding.CONTRADICTED : Finding.NOT_RESOLVED;
    }

    /**
     * Writes {@code gain} as a row whose reason gives {@code sample} (which images were paired),
     * the per-image signs, the claim and its finding.
     *
     * @return the finding
     */
    public Finding record(PairedComparison gain, boolean wholeSet, String sample, CellKey cell, String dataset,
            String method, Condition condition) {
        Finding finding = finding(gain, wholeSet);
        CellRecorder.unpublished(gain.difference(), cell, dataset, method, condition, String.format(Locale.ROOT,
                "paired over %s: %d improved, %d worsened; %s: %s", sample, gain.improved(), gain.worsened(), claim,
                finding.words(gain.difference().n())));
        return finding;
    }
}
