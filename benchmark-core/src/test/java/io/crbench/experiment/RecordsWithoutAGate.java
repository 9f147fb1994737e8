package io.crbench.experiment;

import io.crbench.result.RecordedBaselines;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class whose code writes result rows: they are recorded without a gate (no accepted
 * baseline to hold them to), so the test checks what is written, not what a run accepted. The rows
 * go to the results file's default folder in the module's build output, so no run leaves files
 * outside it. The property is cleared after the class.
 */
final class RecordsWithoutAGate implements BeforeAllCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        System.setProperty(RecordedBaselines.RECORD_PROPERTY, "true");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.clearProperty(RecordedBaselines.RECORD_PROPERTY);
    }
}
