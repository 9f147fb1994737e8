package io.crbench.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.crbench.result.ResultsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** {@link RunManifestListener}: incomplete while the suites run, complete with the failed suites after. */
class RunManifestListenerTest {
    static Path resultsDir;
    static String statusDuringRun;

    /** A stand-in suite: records the manifest's status mid-run, then fails. */
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class FailingSuite {
        @Test
        @Order(1)
        void readsTheManifest() throws Exception {
            statusDuringRun = Files.readString(resultsDir.resolve(RunManifest.FILE_NAME));
        }

        @Test
        @Order(2)
        void fails() {
            assertThat(1).isEqualTo(2);
        }
    }

    @Test
    void theManifestSaysIncompleteUntilTheEndThenNamesTheFailedSuite(@TempDir Path dir) throws Exception {
        resultsDir = dir;
        String before = System.getProperty(ResultsFile.DIR_PROPERTY);
        System.setProperty(ResultsFile.DIR_PROPERTY, dir.toString());
        try {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(FailingSuite.class))
                    // Only the listener under test; the one registered through META-INF/services stays out.
                    .configurationParameter("junit.platform.execution.listeners.deactivate",
                            RunManifestListener.class.getName())
                    .build();
            LauncherFactory.create().execute(request, new RunManifestListener());
        } finally {
            if (before == null) {
                System.clearProperty(ResultsFile.DIR_PROPERTY);
            } else {
                System.setProperty(ResultsFile.DIR_PROPERTY, before);
            }
        }
        assertThat(statusDuringRun).contains("\"status\" : \"incomplete\"").contains("\"ended\" : null");
        String after = Files.readString(dir.resolve(RunManifest.FILE_NAME));
        assertThat(after).contains("\"status\" : \"complete\"")
                .contains("\"failed_suites\" : [ \"RunManifestListenerTest$FailingSuite\" ]")
                .containsPattern("\"commit\" : \"([0-9a-f]{40}|unknown)\"");
    }
}
