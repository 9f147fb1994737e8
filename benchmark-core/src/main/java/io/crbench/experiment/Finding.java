package io.crbench.experiment;

/**
 * The verdict on a claimed direction of a paired difference, as {@link ComparisonFamily.Tested#findingOn}
 * decides it.
 */
public enum Finding {
    /** Decided in the claimed direction. */
    CONFIRMED("confirmed"),
    /** Decided in the opposite direction. */
    CONTRADICTED("contradicted"),
    /** Not decided either way: the data cannot tell at this sample size. */
    NOT_RESOLVED("not resolved at this sample size");

    private final String words;

    Finding(String words) {
        this.words = words;
    }

    /** The finding as written in result rows. */
    public String words() {
        return words;
    }

    /** The finding as written in result rows, naming the sample size when it was not resolved. */
    public String words(int n) {
        return this == NOT_RESOLVED ? "not resolved at n = " + n : words;
    }
}
