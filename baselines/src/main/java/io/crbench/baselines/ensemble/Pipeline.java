package io.crbench.baselines.ensemble;

/**
 * The six classification pipelines of seed 003's Tables 3, 4 and 6 (Table 1, §4.3–4.4), each
 * applied to the degraded image.
 */
public enum Pipeline {
    /** Classifier trained on clean images, on the degraded image. */
    CLA_ORG,
    /** Classifier trained on degraded images (random level), on the degraded image. */
    CLA_DEGRADED,
    /** Restoration network, then the classifier trained on clean images. */
    SEQ_ORG,
    /** Restoration network, then the classifier trained on restored degraded images. */
    SEQ_RES,
    /** Fig. 1-(c): the class of the single largest probability of Cla(org) and Cla(jpg/Gauss). */
    ENS_CLA,
    /** Fig. 1-(d): Seq(org) and Seq(res) probabilities averaged with weights from the estimated level. */
    PROPOSED;

    /** The published tables' column key, e.g. {@code Seq(res)}; the degraded classifier's depends on the kind. */
    public String column(DegradationKind kind) {
        return switch (this) {
            case CLA_ORG -> "Cla(org)";
            case CLA_DEGRADED -> kind.degradedClassifierColumn();
            case SEQ_ORG -> "Seq(org)";
            case SEQ_RES -> "Seq(res)";
            case ENS_CLA -> "Ens(Cla)";
            case PROPOSED -> "Proposed";
        };
    }
}
