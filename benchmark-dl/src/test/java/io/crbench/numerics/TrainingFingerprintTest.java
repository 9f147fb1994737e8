package io.crbench.numerics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Determinism as a tested property: a training run and its inference give bit-identical results
 * twice in one JVM and in a second JVM with the same settings. {@code scripts/determinism-matrix.sh}
 * repeats this under other thread counts and ISA caps in CI.
 */
class TrainingFingerprintTest {
    private static final int STEPS = 30;

    @Test
    void twoRunsInOneJvmAreBitIdentical() {
        assertThat(TrainingFingerprint.of(STEPS)).isEqualTo(TrainingFingerprint.of(STEPS));
    }

    @Test
    void aSecondJvmWithTheSameSettingsGivesTheSameFingerprint() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), TrainingFingerprint.class.getName(), Integer.toString(STEPS));
        Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(p.waitFor()).isZero();
        assertThat(output).isEqualTo(TrainingFingerprint.of(STEPS));
    }
}
