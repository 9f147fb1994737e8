package io.crbench.reproduction;

import io.crbench.result.Verdict;
import java.util.Locale;

/**
 * The outcome of holding a measurement to a published value: reproduced when
 * |measured − published| ≤ sampling term + the table's margin. The sampling term is the
 * measurement's CI half-width (at its stated level) when the paper measured a different sample
 * ({@link SampleRelation}), and zero when both measured the same fixed images. A known deviation
 * explains an out-of-tolerance verdict; it never changes it.
 *
 * @param measurement what was measured
 * @param published what the paper prints
 * @param difference measured − published
 * @param tolerance sampling term + margin
 * @param verdict {@link Verdict#REPRODUCED} or {@link Verdict#OUT_OF_TOLERANCE}
 * @param reason the numbers behind the verdict, in words
 */
public record Comparison(
        Measurement measurement,
        PublishedValue published,
        double difference,
        double tolerance,
        Verdict verdict,
        String reason) {

    /** Compares {@code measurement} with {@code published}. */
    public static Comparison of(Measurement measurement, PublishedValue published) {
        SampleRelation sample = published.sample();
        boolean sampling = sample.hasSamplingTerm(measurement.n());
        double halfWidth = sampling ? measurement.interval().halfWidth() : 0;
        double tolerance = halfWidth + published.margin();
        double difference = measurement.value() - published.value();
        boolean within = Math.abs(difference) <= tolerance;
        String samplingText = sampling
                ? String.format(Locale.ROOT, "%.0f%% CI half-width %.4g, n=%d, as the paper measured %s",
                        100 * measurement.interval().level(), halfWidth, measurement.n(), sample.why())
                : String.format(Locale.ROOT, "no sampling term: the paper measured the same %d images (%s)",
                        sample.sameImages(), sample.why());
        String numbers = String.format(Locale.ROOT, "|Δ| %.4g %s tolerance %.4g (%s; + margin %.4g: %s)",
                Math.abs(difference), within ? "≤" : ">", tolerance, samplingText, published.margin(),
                published.marginJustification());
        String reason = within || published.knownDeviation() == null
                ? numbers
                : numbers + "; known deviation: " + published.knownDeviation();
        return new Comparison(measurement, published, difference, tolerance,
                within ? Verdict.REPRODUCED : Verdict.OUT_OF_TOLERANCE, reason);
    }

    /** Out of tolerance with no declared reason: the suite must fail. */
    public boolean isUnexplainedDeviation() {
        return verdict == Verdict.OUT_OF_TOLERANCE && published.knownDeviation() == null;
    }

    /** A one-line description naming paper, table, cell, measured value, CI and published value. */
    public String describe() {
        var ci = measurement.interval();
        return String.format(Locale.ROOT, "%s (%s): measured %.4f [%.4f, %.4f] vs published %.4f — %s",
                published.describe(), measurement.metric().wire(), ci.estimate(), ci.low(), ci.high(),
                published.value(), reason);
    }
}
