package io.crbench.baselines.published;

import io.crbench.result.CellKey;
import io.crbench.result.TableKey;

/**
 * One printed value of a published table.
 *
 * @param paper seed file prefix, e.g. {@code 003}
 * @param table table id as printed, e.g. {@code 2}, {@code II}
 * @param row row key (see {@link PublishedTable})
 * @param column column key (see {@link PublishedTable})
 * @param value the value as printed, in {@code unit}
 * @param unit unit of {@code value}
 */
public record PublishedCell(String paper, String table, String row, String column, double value, Unit unit) {

    /** Where this value is printed: paper, table, row and column. */
    public CellKey key() {
        return TableKey.of(paper, table).cell(row, column);
    }

    /**
     * The value as a fraction in [0, 1], for accuracy units (results are written as fractions).
     *
     * @throws IllegalStateException when {@code unit} is not an accuracy unit
     */
    public double asFraction() {
        return unit.toFraction(value);
    }
}
