package io.crbench.numerics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The engine settings are chosen in {@link EngineSettings}; {@code scripts/crbench.sh} exports them
 * before any class is built, so it writes them out and this test holds the two together.
 */
class EngineSettingsTest {
    @Test
    void crbenchShExportsTheSettingsForEveryJvmItStarts() throws IOException {
        // Surefire runs in the module's folder; the script is in the repository's scripts/.
        Path script = Path.of("..", "scripts", "crbench.sh");

        assertThat(Files.readAllLines(script)).as(script.toString())
                .contains("export " + EngineSettings.asAssignments());
    }
}
