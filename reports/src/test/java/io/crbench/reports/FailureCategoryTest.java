package io.crbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FailureCategoryTest {

    /** As Allure's generator matches categories: the whole message, dot matching line breaks. */
    private static boolean allureMatches(FailureCategory category, String message) {
        return Pattern.compile(category.messageRegex(), Pattern.DOTALL).matcher(message).matches();
    }

    @Test
    void messagesStartWithTheDocumentedPrefix() {
        assertThat(FailureCategory.OUT_OF_TOLERANCE.message("x")).isEqualTo("Out of published tolerance: x");
        assertThat(FailureCategory.REGRESSION.prefix()).isEqualTo(FailureCategory.REGRESSION_PREFIX);
        assertThat(FailureCategory.CANNOT_RUN_HERE.title()).isEqualTo("Cannot run here");
    }

    @Test
    void regexMatchesPrefixedMessagesEvenBehindFrameworkTextAndAcrossLines() {
        String skip = "Assumption failed: " + FailureCategory.CANNOT_RUN_HERE.message("no GPU\nsee README");

        assertThat(allureMatches(FailureCategory.CANNOT_RUN_HERE, skip)).isTrue();
        assertThat(allureMatches(FailureCategory.OUT_OF_TOLERANCE, skip)).isFalse();
        assertThat(allureMatches(FailureCategory.REGRESSION, "expected 0.91 but was 0.85")).isFalse();
    }
}
