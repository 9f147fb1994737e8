package io.crbench.numerics;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link EngineSelfCheck}: passes in the build's settings, and a failure names what to change. */
class EngineSelfCheckTest {
    @Test
    void passesUnderCrbenchsEngineSettings() {
        PyTorchEngine.checked();

        try (NDManager manager = NDManager.newBaseManager(PyTorchEngine.NAME)) {
            assertThat(EngineSelfCheck.run(manager)).allSatisfy(o -> assertThat(o.passed()).as(o.describe()).isTrue());
        }
    }

    @Test
    void theDiagnosisNamesTheOperationTheProcessorTheEngineAndTheSettingThatPasses() {
        CheckOutcome failed = new CheckOutcome("conv2d_3x3_backward[4x8x16x16->3]", 2e-7, Double.POSITIVE_INFINITY, false,
                false, 1e-4);
        NumericEnvironment env = new NumericEnvironment("PyTorch 2.5.1", "cpu()", "unset", "unset", "unset", 2,
                "OnnxRuntime 1.20.0", new CpuFeatures("AMD EPYC", "family 26 model 2 stepping 1", List.of("avx2", "avx512f"),
                "L1d 48K L2 1024K"));

        String message = EngineSelfCheck.diagnosis(List.of(failed), env, List.of("DNNL_MAX_CPU_ISA=SSE41"));

        assertThat(message).contains("conv2d_3x3_backward[4x8x16x16->3]: FAILED", "PyTorch 2.5.1", "AMD EPYC",
                "avx512f", "family 26 model 2 stepping 1", "caches L1d 48K L2 1024K", "DNNL_MAX_CPU_ISA=unset", "A fresh JVM passes with: DNNL_MAX_CPU_ISA=SSE41");
        assertThat(EngineSelfCheck.diagnosis(List.of(failed), env, List.of())).contains("No tried setting");
    }

    @Test
    void aJvmWithOneDnnsVectorKernelsIsStoppedWithTheSettingThatPasses() throws Exception {
        // A child JVM without crbench's settings: on processors where oneDNN's AVX2/AVX-512
        // convolutions are wrong (the ones measured here) it must fail and name the cap that passes; where they
        // are right it passes. Either way its verdict must agree with the known-answer checks.
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), KnownAnswerMain.class.getName(), "3", KnownAnswerMain.SELF_CHECK);
        pb.environment().put(NumericEnvironment.ONEDNN_ISA, "ALL");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int exit = p.waitFor();

        assertThat(output).contains("DNNL_MAX_CPU_ISA=ALL");
        assertThat(exit == 0).as(output).isEqualTo(!output.contains("FAILED"));
    }
}
