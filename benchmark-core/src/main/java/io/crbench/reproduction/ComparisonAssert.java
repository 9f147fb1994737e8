package io.crbench.reproduction;

import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Measurement}:
 * {@code assertThat(measured).isWithinToleranceOf(published)}.
 */
public final class ComparisonAssert extends AbstractAssert<ComparisonAssert, Measurement> {
    /** Failure messages start with this, so the report can classify them. */
    public static final String OUT_OF_TOLERANCE_PREFIX = "Out of published tolerance: ";

    ComparisonAssert(Measurement actual) {
        super(actual, ComparisonAssert.class);
    }

    /** Entry point. */
    public static ComparisonAssert assertThat(Measurement actual) {
        return new ComparisonAssert(actual);
    }

    /**
     * Passes when the measurement reproduces {@code published}, or when the cell is a declared
     * known deviation (its reason then travels in the result row); fails naming paper, table, cell,
     * measured value with CI and published value otherwise.
     */
    public ComparisonAssert isWithinToleranceOf(PublishedValue published) {
        isNotNull();
        Comparison c = Comparison.of(actual, published);
        if (c.isUnexplainedDeviation()) {
            failWithMessage("%s%s", OUT_OF_TOLERANCE_PREFIX, c.describe());
        }
        return this;
    }
}
