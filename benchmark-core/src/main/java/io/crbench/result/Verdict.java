package io.crbench.result;

/** How one measured cell compares with the paper's published value. */
public enum Verdict {
    /** Within the stated tolerance of the published value. */
    REPRODUCED("reproduced"),
    /** Measured, but farther from the published value than the tolerance allows. */
    OUT_OF_TOLERANCE("out_of_tolerance"),
    /**
     * Measured the paper's way, but with a substituted model, data set or training scale (the row's
     * {@code substitution} says which), so the printed value can be neither reproduced nor
     * contradicted; the row keeps the comparison's numbers for the reader.
     */
    SUBSTITUTE_MEASURED("substitute_measured"),
    /** Measured; the paper prints nothing to compare with. */
    NO_PUBLISHED_VALUE("no_published_value"),
    /** Not measured here (model, data or GPU missing); the reason says which. */
    CANNOT_RUN_HERE("cannot_run_here");

    private final String wire;

    Verdict(String wire) {
        this.wire = wire;
    }

    /** The stable name written to results.jsonl. */
    public String wire() {
        return wire;
    }

    /** The verdict for a wire name. */
    public static Verdict fromWire(String s) {
        for (Verdict v : values()) {
            if (v.wire.equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verdict '" + s + "'");
    }
}
