package io.crbench.numerics;

import static org.assertj.core.api.Assertions.assertThat;

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
}
