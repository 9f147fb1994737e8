package io.crbench.baselines.published;

/**
 * The absolute margin a table file declares for judging "reproduced": it is added on top of the
 * statistical confidence half-width of the measurement.
 *
 * @param value margin in {@code unit}
 * @param unit unit of the column it applies to
 * @param justification why this margin, as written in the table file
 */
public record Margin(double value, Unit unit, String justification) {

    /**
     * The margin as a fraction, for accuracy units, to compare with results written as fractions.
     *
     * @throws IllegalStateException when {@code unit} is not an accuracy unit
     */
    public double asFraction() {
        return unit.toFraction(value);
    }
}
