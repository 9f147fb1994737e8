package io.crbench.baselines.published;

/**
 * A row or column of a table file: its key, the heading as printed, and (for columns) its unit.
 *
 * @param key the key suites use
 * @param printed the heading as printed in the paper
 * @param unit the unit of the column's values; for rows, the table's unit
 */
record Heading(String key, String printed, Unit unit) {
}
