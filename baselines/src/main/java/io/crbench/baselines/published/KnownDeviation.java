package io.crbench.baselines.published;

/**
 * A published cell that is known not to reproduce with what this project can run, with the reason
 * (from the table file). Its verdict is still {@code out_of_tolerance}, but the suite reports the
 * reason instead of failing.
 *
 * @param row row key
 * @param column column key
 * @param reason why the cell is off, in words
 */
public record KnownDeviation(String row, String column, String reason) {
}
