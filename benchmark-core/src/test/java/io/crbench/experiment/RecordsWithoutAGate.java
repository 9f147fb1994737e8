package io.crbench.experiment;

import io.crbench.result.RecordedBaselines;
import io.crbench.result.ResultsFile;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class whose code writes result rows: they go to a temporary folder of its own and are
 * recorded without a gate (no accepted baseline to hold them to), so the test checks what is
 * written, not what a run accepted. The properties are cleared after the class.
 */
final class RecordsWithoutAGate implements BeforeAllCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        System.setProperty(RecordedBaselines.RECORD_PROPERTY, "true");
        System.setProperty(ResultsFile.DIR_PROPERTY,
                Files.createTempDirectory(context.getRequiredTestClass().getSimpleName()).toString());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.clearProperty(RecordedBaselines.RECORD_PROPERTY);
        System.clearProperty(ResultsFile.DIR_PROPERTY);
    }
}
