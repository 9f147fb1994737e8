package io.crbench.train;

/**
 * The random rearrangements a {@link PatchSampler} applies to each training crop. Restorers learn
 * artifacts that have no orientation and take all eight symmetries of the square; a restorer
 * trained through a classifier keeps the upright view the classifier was trained on, as seed 000
 * does (horizontal flip with probability ½, nothing else).
 */
public enum PatchAugmentation {
    /** One of the eight flips and quarter turns, uniformly. */
    DIHEDRAL(8),
    /** Left-right flip with probability ½. */
    HORIZONTAL_FLIP(2);

    private final int transforms;

    PatchAugmentation(int transforms) {
        this.transforms = transforms;
    }

    /**
     * Number of transforms drawn from: codes {@code 0 .. transforms − 1} of
     * {@link PatchSampler#dihedral}, whose bit 0 is the left-right flip.
     */
    int transforms() {
        return transforms;
    }
}
