package io.crbench.numerics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CpuFeatures}: the first processor's model, identity and vector flags from cpuinfo text, caches from sysfs. */
class CpuFeaturesTest {
    @Test
    void readsModelAndVectorFlagsOfTheFirstProcessor() {
        CpuFeatures cpu = CpuFeatures.parse(List.of("processor\t: 0", "cpu family\t: 26", "model\t\t: 2",
                "model name\t: AMD EPYC", "stepping\t: 1",
                "flags\t\t: fpu sse4_1 avx avx2 fma avx512f avx512bw avx512_vnni amx_tile", "", "processor\t: 1",
                "cpu family\t: 25", "model\t\t: 17", "model name\t: other", "stepping\t: 0", "flags\t\t: fpu"),
                "L2 1024K");

        assertThat(cpu.model()).isEqualTo("AMD EPYC");
        assertThat(cpu.identity()).isEqualTo("family 26 model 2 stepping 1");
        assertThat(cpu.caches()).isEqualTo("L2 1024K");
        assertThat(cpu.vectorFlags()).containsExactly("amx_tile", "avx", "avx2", "avx512_vnni", "avx512bw", "avx512f", "fma");
        assertThat(cpu.hasAvx512()).isTrue();
    }

    @Test
    void aProcessorWithoutAvx512SaysSo() {
        CpuFeatures cpu = CpuFeatures.parse(List.of("model name : Intel Xeon", "flags : sse4_2 avx avx2 fma"),
                CpuFeatures.UNREPORTED);

        assertThat(cpu.hasAvx512()).isFalse();
        assertThat(cpu.identity()).isEqualTo(CpuFeatures.UNKNOWN);
    }

    @Test
    void readsEveryCacheLevelFromSysfs(@TempDir Path dir) throws IOException {
        cache(dir.resolve("index0"), 1, "Data", "48K");
        cache(dir.resolve("index1"), 1, "Instruction", "32K");
        cache(dir.resolve("index2"), 2, "Unified", "1024K");
        cache(dir.resolve("index3"), 3, "Unified", "32768K");
        Files.writeString(dir.resolve("uevent"), "");

        assertThat(CpuFeatures.caches(dir)).isEqualTo("L1d 48K L1i 32K L2 1024K L3 32768K");
    }

    @Test
    void cacheEntriesAreOrderedByNumberNotByText(@TempDir Path dir) throws IOException {
        for (int i = 0; i <= 10; i++) {
            cache(dir.resolve("index" + i), i, "Unified", i + "K");
        }

        assertThat(CpuFeatures.caches(dir)).endsWith("L8 8K L9 9K L10 10K");
    }

    @Test
    void aMissingModelOrSteppingLineReadsAsUnknown() {
        CpuFeatures cpu = CpuFeatures.parse(List.of("cpu family\t: 6", "model name\t: Some CPU"),
                CpuFeatures.UNREPORTED);

        assertThat(cpu.identity()).isEqualTo("family 6 model unknown stepping unknown");
    }

    @Test
    void aProcessorThatReportsNoCachesSaysSo(@TempDir Path dir) {
        // A VM whose CPUID leaves the cache leaves empty has a cache folder with no index entries.
        assertThat(CpuFeatures.caches(dir)).isEqualTo(CpuFeatures.UNREPORTED);
        assertThat(CpuFeatures.caches(dir.resolve("absent"))).isEqualTo(CpuFeatures.UNREPORTED);
    }

    @Test
    void anUnreadableCacheEntryIsNamedNotGuessed(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("index0"));

        assertThat(CpuFeatures.caches(dir)).startsWith("unreadable (").contains("index0");
    }

    private static void cache(Path index, int level, String type, String size) throws IOException {
        Files.createDirectories(index);
        Files.writeString(index.resolve("level"), level + "\n");
        Files.writeString(index.resolve("type"), type + "\n");
        Files.writeString(index.resolve("size"), size + "\n");
    }
}
