package io.crbench.reports;

import io.crbench.degradation.Degradation;
import io.crbench.image.Image8;

/**
 * Attaches to the current test a strip of one input, clean and under the case's degradation, so a
 * reviewer sees what the classifier or restorer was given.
 */
public final class DegradationSample {
    private DegradationSample() {
    }

    /** Clean | degraded for {@code input} (image seed 0), named after the degradation. */
    public static void attach(Image8 input, Degradation degradation) {
        byte[] png = ImageStrip.create()
                .add(input, "clean")
                .add(degradation.apply(input, 0), degradation.id())
                .render();
        AllureReport.attachPng("sample: " + degradation.id(), png);
    }
}
