package io.crbench.numerics;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import io.crbench.result.RunEnvironment;
import org.junit.jupiter.api.Test;

/** With benchmark-dl on the class path, every results.jsonl row gets the engine's numeric environment. */
class NumericRunEnvironmentTest {
    @Test
    void isTheRegisteredRunEnvironment() {
        assertThat(RunEnvironment.current()).isEqualTo(NumericEnvironment.current().fields())
                .containsKeys("engine", "onednn_isa", "threads", "cpu")
                .hasEntrySatisfying("onnx_runtime", v -> assertThat(v).asString().matches("OnnxRuntime \\d+\\.\\d+\\.\\d+"));
    }

    @Test
    void namesTheOnnxRuntimeThatDjlsEngineReports() {
        // The row reads the version from the jar so as not to start ONNX Runtime; started, DJL's engine
        // must report the same one.
        Engine ort = Engine.getEngine(NumericEnvironment.ONNX_RUNTIME);
        assertThat(NumericEnvironment.current().onnxRuntime()).isEqualTo(ort.getEngineName() + " " + ort.getVersion());
    }
}
