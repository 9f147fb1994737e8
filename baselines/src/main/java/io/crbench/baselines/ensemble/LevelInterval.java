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

    /** The interval of a published row key such as {@code (1,20)}; the error names the key. */
    public static LevelInterval parse(String key) {
        String[] parts = key.startsWith("(") && key.endsWith(")") ? key.substring(1, key.length() - 1).split(",") : new String[0];
        if (parts.length != 2) {
            throw new IllegalArgumentException("row key '" + key + "' is not an interval such as (1,20)");
        }
        try {
            return new LevelInterval(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("row key '" + key + "' is not an interval such as (1,20)", e);
        }
    }

    /** Whether {@code level} lies in the interval. */
    public boolean contains(int level) {
        return level >= low && level <= high;
    }
}
