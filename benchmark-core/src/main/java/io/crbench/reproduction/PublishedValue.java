package io.crbench.reproduction;

import io.crbench.result.CellKey;

/**
 * A published number a measurement is held to, with the table's declared margin.
 *
 * @param cell the printed cell: paper, table, row and column, e.g. paper {@code 003} Table {@code 2}
 *     cell {@code JPEG/10}
 * @param value the printed value, in the unit the measurement uses (fractions for accuracies)
 * @param margin absolute margin for a named nuisance (e.g. rounding of the printed value), added to
 *     the sampling term, if any
 * @param marginJustification the nuisance that margin covers and the measurement that sized it (from
 *     the table's data file)
 * @param knownDeviation null, or why this cell is known not to reproduce here (from the data file);
 *     such a cell is reported out of tolerance with this reason instead of failing the suite; it
 *     never makes a cell reproduced
 * @param sample whether the paper measured the images measured here, which decides the sampling term
 */
public record PublishedValue(
        CellKey cell,
        double value,
        double margin,
        String marginJustification,
        String knownDeviation,
        SampleRelation sample) {

    public PublishedValue {
        if (!(margin >= 0) || Double.isNaN(value)) {
            throw new IllegalArgumentException("published value " + cell.describe()
                    + " needs a finite value and a margin >= 0, got " + value + " ± " + margin);
        }
    }

    /** This value held to measurements related to the paper's images as {@code relation} says. */
    public PublishedValue withSample(SampleRelation relation) {
        return new PublishedValue(cell, value, margin, marginJustification, knownDeviation, relation);
    }

    /** "paper 003 Table 2 cell JPEG/10", for messages. */
    public String describe() {
        return cell.describe();
    }
}
