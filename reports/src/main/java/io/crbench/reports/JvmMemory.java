package io.crbench.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The suites' JVM's memory for the report's environment: its heap limit and the peak resident set so
 * far (Linux's {@code VmHWM}), so every run records what its settings allowed and what it used.
 */
final class JvmMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private JvmMemory() {
    }

    /** {@code jvm.max_heap} and {@code jvm.peak_rss}, in MiB ("unknown" where /proc is missing). */
    static Map<String, String> entries() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("jvm.max_heap", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        long peak = peakRssKib();
        entries.put("jvm.peak_rss", peak < 0 ? "unknown" : peak / 1024 + " MiB");
        return entries;
    }

    private static long peakRssKib() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring("VmHWM:".length()).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
