package io.crbench.numerics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CpuFeatures}: the first processor's model and vector flags from cpuinfo text. */
class CpuFeaturesTest {
    @Test
    void readsModelAndVectorFlagsOfTheFirstProcessor() {
        CpuFeatures cpu = CpuFeatures.parse(List.of("processor\t: 0", "model name\t: AMD EPYC",
                "flags\t\t: fpu sse4_1 avx avx2 fma avx512f avx512bw avx512_vnni amx_tile", "", "processor\t: 1",
                "model name\t: other", "flags\t\t: fpu"));

        assertThat(cpu.model()).isEqualTo("AMD EPYC");
        assertThat(cpu.vectorFlags()).containsExactly("amx_tile", "avx", "avx2", "avx512_vnni", "avx512bw", "avx512f", "fma");
        assertThat(cpu.hasAvx512()).isTrue();
    }

    @Test
    void aProcessorWithoutAvx512SaysSo() {
        CpuFeatures cpu = CpuFeatures.parse(List.of("model name : Intel Xeon", "flags : sse4_2 avx avx2 fma"));

        assertThat(cpu.hasAvx512()).isFalse();
    }
}
