package io.crbench.suites.seed002;

import io.crbench.experiment.ComparisonFamily;
import java.util.Locale;

/**
 * Seed 002's claim (§I, Tables V–VI) that a pixel-domain restorer hurts the classifier under light
 * compression (QF 25) and helps it under heavy compression (QF 7), decided from the restorer's
 * top-1 change at each QF as tested in their family: confirmed only when it is decided worse at
 * QF 25 and better at QF 7.
 *
 * @param light the top-1 change at QF 25
 * @param heavy the top-1 change at QF 7
 */
record LightVersusHeavyClaim(ComparisonFamily.Tested light, ComparisonFamily.Tested heavy) {
    /** The light compression's quality factor. */
    static final int LIGHT_QUALITY = 25;
    /** The heavy compression's quality factor. */
    static final int HEAVY_QUALITY = 7;

    /** The verdict in words: {@code confirmed}, or {@code not confirmed (…)} naming which half failed. */
    String verdict() {
        boolean hurtsLight = light.significantlyWorse();
        boolean helpsHeavy = heavy.significantlyBetter();
        return hurtsLight && helpsHeavy ? "confirmed"
                : String.format(Locale.ROOT, "not confirmed (hurts at QF %d: %s; helps at QF %d: %s)", LIGHT_QUALITY,
                        hurtsLight, HEAVY_QUALITY, helpsHeavy);
    }
}
