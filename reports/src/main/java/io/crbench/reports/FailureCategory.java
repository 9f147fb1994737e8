package io.crbench.reports;

import io.crbench.reproduction.ComparisonAssert;
import io.crbench.result.RecordedBaselines;
import java.util.List;

/**
 * The kinds of non-passing outcome the Allure report groups in its Categories view. A suite marks
 * an outcome by starting (or embedding) its failure or skip message with the category's
 * {@link #prefix()}, most simply via {@link #message(String)}:
 *
 * <pre>{@code
 * fail(FailureCategory.OUT_OF_TOLERANCE.message("psnr_y 27.10 vs published 29.13, tolerance 0.10 dB"));
 * assumeTrue(gpu, FailureCategory.CANNOT_RUN_HERE.message("needs a CUDA GPU"));
 * }</pre>
 *
 * <p>The prefixes are stable: {@code categories.json} (written by
 * {@link AllureReport#environment(java.util.Map, java.nio.file.Path)}) matches them, and they
 * contain only letters, spaces and a colon so they read the same as text and as a regex.
 */
public enum FailureCategory {
    /** A measured value lies outside the tolerance around the paper's value. */
    OUT_OF_TOLERANCE(FailureCategory.OUT_OF_TOLERANCE_PREFIX, List.of("failed", "broken")),
    /** A measured value moved away from the baseline recorded by an earlier run. */
    REGRESSION(FailureCategory.REGRESSION_PREFIX, List.of("failed", "broken")),
    /** The cell was not measured here: model, data or GPU missing. */
    CANNOT_RUN_HERE(FailureCategory.CANNOT_RUN_HERE_PREFIX, List.of("skipped", "broken"));

    /** Message prefix of {@link #OUT_OF_TOLERANCE}: {@value}. */
    public static final String OUT_OF_TOLERANCE_PREFIX = ComparisonAssert.OUT_OF_TOLERANCE_PREFIX;
    /** Message prefix of {@link #REGRESSION}: {@value}. */
    public static final String REGRESSION_PREFIX = RecordedBaselines.REGRESSION_PREFIX;
    /** Message prefix of {@link #CANNOT_RUN_HERE}: {@value}. */
    public static final String CANNOT_RUN_HERE_PREFIX = "Cannot run here: ";

    private final String prefix;
    private final List<String> statuses;

    FailureCategory(String prefix, List<String> statuses) {
        this.prefix = prefix;
        this.statuses = statuses;
    }

    /** The stable message prefix, e.g. {@code "Cannot run here: "}. */
    public String prefix() {
        return prefix;
    }

    /** The category's name as the Allure report shows it, e.g. {@code Cannot run here}. */
    public String title() {
        return prefix.substring(0, prefix.indexOf(':'));
    }

    /** {@code detail} behind this category's prefix. */
    public String message(String detail) {
        return prefix + detail;
    }

    /**
     * The Allure {@code messageRegex}: the prefix anywhere in the message, because frameworks put
     * their own words in front (JUnit's "Assumption failed: "). {@code [\s\S]} rather than
     * {@code .} matches line breaks in both Java and JavaScript report generators.
     */
    String messageRegex() {
        return "[\\s\\S]*" + prefix + "[\\s\\S]*";
    }

    /** Allure statuses this category applies to. */
    List<String> matchedStatuses() {
        return statuses;
    }
}
