package io.crbench.baselines.ensemble;

/**
 * A closed range of degradation levels, a row of seed 003's Tables 3, 4 and 6 (e.g. QF 1..20 or
 * σ 41..50), over which an interval mean accuracy is taken.
 *
 * @param low Ql, first level
 * @param high Qu, last level, greater than Ql
 */
public record LevelInterval(int low, int high) {
    public LevelInterval {
        if (low >= high) {
            throw new IllegalArgumentException("an interval needs Ql < Qu, got " + low + ".." + high);
        }
    }

    /** The row key of the published tables, e.g. {@code (1,20)}. */
    public String key() {
        return "(" + low + "," + high + ")";
    }

    /** Whether {@code level} lies in the interval. */
    public boolean contains(int level) {
        return level >= low && level <= high;
    }
}
