package io.crbench.numerics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The processor as Linux reports it ({@code /proc/cpuinfo}): model name and the vector-extension
 * flags that decide which kernels oneDNN, ATen and MKL dispatch to.
 *
 * @param model model name, e.g. {@code AMD EPYC}
 * @param vectorFlags the AVX, AVX-512 and AMX flags present, sorted
 */
public record CpuFeatures(String model, List<String> vectorFlags) {
    /** Copies the flags. */
    public CpuFeatures {
        vectorFlags = List.copyOf(vectorFlags);
    }

    /** This machine's processor; {@code unknown} with no flags where {@code /proc/cpuinfo} is missing. */
    public static CpuFeatures current() {
        try {
            return parse(Files.readAllLines(Path.of("/proc/cpuinfo")));
        } catch (IOException | SecurityException e) {
            return new CpuFeatures("unknown", List.of());
        }
    }

    /** Reads the first processor's model name and flags from cpuinfo lines. */
    public static CpuFeatures parse(List<String> cpuinfo) {
        String model = "unknown";
        Set<String> flags = new TreeSet<>();
        for (String line : cpuinfo) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (key.equals("model name") && model.equals("unknown")) {
                model = value;
            } else if (key.equals("flags") && flags.isEmpty()) {
                Arrays.stream(value.split("\\s+"))
                        .filter(f -> f.startsWith("avx") || f.startsWith("amx") || f.equals("fma"))
                        .forEach(flags::add);
            }
        }
        return new CpuFeatures(model, List.copyOf(flags));
    }

    /** Whether the processor reports AVX-512 Foundation, the gate of every AVX-512 kernel. */
    public boolean hasAvx512() {
        return vectorFlags.contains("avx512f");
    }
}
