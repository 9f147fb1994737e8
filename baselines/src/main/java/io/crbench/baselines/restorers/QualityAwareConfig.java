package io.crbench.baselines.restorers;

/**
 * Sizes of the {@link QualityAwareCascade} (seed 004, Atherya et al., §III-B). The paper fixes
 * three cascaded stages (§III-C F) but gives no channel counts, depths or block counts, so every
 * other number here is this suite's choice.
 *
 * @param stages restoration stages in the cascade (three in the paper)
 * @param width channels at the full-resolution level of each stage; doubled per level down
 * @param levels resolutions per encoder–decoder stage (1 = no downsampling)
 * @param blocksPerLevel basic processing blocks on each encoder and decoder level
 * @param estimatorWidth first-layer channels of the quality-estimation CNN
 */
public record QualityAwareConfig(int stages, int width, int levels, int blocksPerLevel, int estimatorWidth) {

    /** Validates that every size is positive. */
    public QualityAwareConfig {
        if (stages < 1 || width < 1 || levels < 1 || blocksPerLevel < 1 || estimatorWidth < 1) {
            throw new IllegalArgumentException("all sizes must be positive: " + this);
        }
    }

    /** The CPU "ci" scale: 3 stages of width 16, two levels, one block per level. */
    public static QualityAwareConfig ci() {
        return new QualityAwareConfig(3, 16, 2, 1, 16);
    }

    /** The larger "full" scale: 3 stages of width 32, three levels, two blocks per level. */
    public static QualityAwareConfig full() {
        return new QualityAwareConfig(3, 32, 3, 2, 32);
    }
}
