package io.crbench.baselines.published;

/**
 * A (paper, table) pair as listed in the index.
 *
 * @param paper seed file prefix, e.g. {@code 003}
 * @param table table id as printed, e.g. {@code II}
 */
record TableId(String paper, String table) {

    @Override
    public String toString() {
        return paper + " Table " + table;
    }
}
