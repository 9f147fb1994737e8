package io.crbench.baselines.published;

/**
 * The absolute margin a table file declares for judging "reproduced": it covers a named nuisance
 * (e.g. the rounding of the printed values) and is added to the sampling term, if any.
 *
 * @param value margin in {@code unit}
 * @param unit unit of the column it applies to
 * @param nuisance what the margin covers, as written in the table file
 * @param sizedBy the measurement or fact that sized it, as written in the table file
 */
public record Margin(double value, Unit unit, String nuisance, String sizedBy) {

    /** Nuisance and sizing in one sentence, for verdict reasons. */
    public String justification() {
        return nuisance + ", sized by " + sizedBy;
    }

    /**
     * The margin as a fraction, for accuracy units, to compare with results written as fractions.
     *
     * @throws IllegalStateException when {@code unit} is not an accuracy unit
     */
    public double asFraction() {
        return unit.toFraction(value);
    }
}
