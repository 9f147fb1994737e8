package io.crbench.numerics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Finds which engine settings make the self-check pass, by running {@link KnownAnswerMain} in a
 * fresh JVM per candidate (environment variables such as {@code DNNL_MAX_CPU_ISA} are read once,
 * when the native library starts, so they cannot be tried inside this JVM).
 */
final class SettingProbe {
    /** Candidates, most specific first; each is a set of environment variables. */
    static final List<Map<String, String>> CANDIDATES = List.of(
            Map.of(NumericEnvironment.ONEDNN_ISA, EngineSettings.ONEDNN_ISA),
            Map.of(NumericEnvironment.ONEDNN_ISA, EngineSettings.ONEDNN_ISA, "OMP_NUM_THREADS", "1"),
            Map.of(NumericEnvironment.ONEDNN_ISA, "AVX"),
            Map.of(NumericEnvironment.ONEDNN_ISA, "AVX2"),
            Map.of("OMP_NUM_THREADS", "1"));
    private static final long TIMEOUT_SECONDS = 120;

    private SettingProbe() {
    }

    /** The candidates under which a fresh JVM passes the self-check, each as {@code K=V K=V}. */
    static List<String> passingSettings() {
        List<String> passing = new ArrayList<>();
        for (Map<String, String> candidate : CANDIDATES) {
            if (passes(candidate)) {
                passing.add(candidate.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + " " + b).orElse(""));
            }
        }
        return passing;
    }

    private static boolean passes(Map<String, String> settings) {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder pb = new ProcessBuilder(java, "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"),
                KnownAnswerMain.class.getName(), Integer.toString(EngineSelfCheck.REPETITIONS), KnownAnswerMain.SELF_CHECK);
        pb.environment().remove(NumericEnvironment.ONEDNN_ISA);
        pb.environment().remove("OMP_NUM_THREADS");
        pb.environment().putAll(settings);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
