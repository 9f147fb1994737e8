package io.crbench.numerics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The engine configuration crbench runs PyTorch with, chosen from the known-answer matrix
 * ({@code scripts/numerics-matrix.sh}; README, "Numerics"). These are environment variables read
 * when the native libraries start, so the Maven build and {@code scripts/crbench.sh} set them for
 * every JVM they start, and {@link EngineSelfCheck} stops a JVM that runs without a working set.
 * This class is where the values are chosen: the build's properties are checked against it by
 * {@code KnownAnswerCatalogTest}, {@code scripts/crbench.sh}'s export by {@code EngineSettingsTest},
 * and {@code scripts/determinism-matrix.sh} reads them from {@link #main}.
 */
public final class EngineSettings {
    /**
     * oneDNN's instruction-set cap. Its AVX2 and AVX-512 direct convolutions computed wrong input
     * gradients for small channel counts (at one thread) and NaN or run-to-run differences (at two);
     * capped at AVX its GEMM convolution computed wrong forward values for a 12→16-channel 3×3
     * convolution of a 9×11 map; capped at SSE4.1 it runs GEMM-based convolutions that passed every
     * check at 1 and 2 threads, at 2–7× the AVX-512 kernels' time.
     */
    public static final String ONEDNN_ISA = "SSE41";
    /**
     * ATen's kernel dispatch cap: AVX2 on every x86-64 machine, so a machine with AVX-512 runs the
     * same vectorised kernels (and summation orders) as one without.
     */
    public static final String ATEN_CAPABILITY = "avx2";
    /** MKL's conditional numerical reproducibility: the same results on every processor with AVX2. */
    public static final String MKL_CBWR = "AVX2";

    private EngineSettings() {
    }

    /** Every variable, in a fixed order, as a process environment would carry it. */
    public static Map<String, String> asEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(NumericEnvironment.ONEDNN_ISA, ONEDNN_ISA);
        env.put(NumericEnvironment.ATEN_CAPABILITY, ATEN_CAPABILITY);
        env.put(NumericEnvironment.MKL_CBWR, MKL_CBWR);
        return env;
    }

    /** Prints the variables one assignment a line, for scripts that start JVMs of their own. */
    public static void main(String[] args) {
        asEnvironment().forEach((name, value) -> System.out.println(name + "=" + value));
    }

    /** The variables as shell assignments, e.g. {@code DNNL_MAX_CPU_ISA=SSE41 ATEN_CPU_CAPABILITY=avx2 …}. */
    public static String asAssignments() {
        return asEnvironment().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
