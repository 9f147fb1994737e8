package io.crbench.baselines.published;

/**
 * A cell whose stored value differs from the damaged text of the paper's plain-text copy.
 *
 * @param row row key of the fixed cell
 * @param column column key of the fixed cell
 * @param printed the damaged text, verbatim
 * @param value the stored value
 * @param why why the fix is certain, as written in the table file
 */
public record OcrFix(String row, String column, String printed, double value, String why) {
}
