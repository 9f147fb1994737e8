package io.crbench.numerics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The processor as Linux reports it: model name, family/model/stepping and the vector-extension flags
 * that decide which kernels oneDNN, ATen and MKL dispatch to ({@code /proc/cpuinfo}), and the cache
 * sizes the processor reports ({@code /sys/devices/system/cpu/cpu0/cache}). Identity and caches are
 * recorded because trained weights differed between two machines with the same model name, flags and
 * engine settings, one of which reports its caches and one of which most likely did not (README,
 * "Numerics"); oneDNN sizes its blocks by the caches the processor reports.
 *
 * @param model model name, e.g. {@code AMD EPYC}
 * @param identity family, model and stepping, e.g. {@code family 26 model 2 stepping 1}
 * @param vectorFlags the AVX, AVX-512 and AMX flags present, sorted
 * @param caches cache levels and sizes of the first processor, e.g.
 *     {@code L1d 48K L1i 32K L2 1024K L3 32768K}, or {@code unreported}
 */
public record CpuFeatures(String model, String identity, List<String> vectorFlags, String caches) {
    /** What a field Linux does not report reads as. */
    public static final String UNKNOWN = "unknown";
    /** {@link #caches()} where the processor reports none (as in a VM whose CPUID leaves them empty). */
    public static final String UNREPORTED = "unreported";

    private static final Path CACHE_DIR = Path.of("/sys/devices/system/cpu/cpu0/cache");

    /** Copies the flags. */
    public CpuFeatures {
        vectorFlags = List.copyOf(vectorFlags);
    }

    /**
     * This machine's processor, read once per JVM (checkpoint keys ask for it on every lookup);
     * {@code unknown} with no flags where {@code /proc/cpuinfo} is missing.
     */
    public static CpuFeatures current() {
        return Current.CPU;
    }

    /** Holder: read on first use. */
    private static final class Current {
        static final CpuFeatures CPU = readThisMachine();
    }

    private static CpuFeatures readThisMachine() {
        List<String> cpuinfo;
        try {
            cpuinfo = Files.readAllLines(Path.of("/proc/cpuinfo"));
        } catch (IOException | SecurityException e) {
            cpuinfo = List.of();
        }
        return parse(cpuinfo, caches(CACHE_DIR));
    }

    /** Reads the first processor's model name, identity and flags from cpuinfo lines. */
    public static CpuFeatures parse(List<String> cpuinfo, String caches) {
        String model = UNKNOWN;
        String family = null;
        String cpuModel = null;
        String stepping = null;
        Set<String> flags = new TreeSet<>();
        for (String line : cpuinfo) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (key.equals("model name") && model.equals(UNKNOWN)) {
                model = value;
            } else if (key.equals("cpu family") && family == null) {
                family = value;
            } else if (key.equals("model") && cpuModel == null) {
                cpuModel = value;
            } else if (key.equals("stepping") && stepping == null) {
                stepping = value;
            } else if (key.equals("flags") && flags.isEmpty()) {
                Arrays.stream(value.split("\\s+"))
                        .filter(f -> f.startsWith("avx") || f.startsWith("amx") || f.equals("fma"))
                        .forEach(flags::add);
            }
        }
        String identity = family == null ? UNKNOWN
                : "family " + family + " model " + orUnknown(cpuModel) + " stepping " + orUnknown(stepping);
        return new CpuFeatures(model, identity, List.copyOf(flags), caches);
    }

    /**
     * The cache levels under a sysfs {@code cache} folder (one {@code index<i>} folder per cache, with
     * {@code level}, {@code type} and {@code size}), e.g. {@code L1d 48K L1i 32K L2 1024K L3 32768K};
     * {@link #UNREPORTED} where there are none, {@code unreadable (…)} where they cannot be read.
     */
    public static String caches(Path cacheDir) {
        if (!Files.isDirectory(cacheDir)) {
            return UNREPORTED;
        }
        List<String> levels = new ArrayList<>();
        try (Stream<Path> entries = Files.list(cacheDir)) {
            // index10 after index9, not after index1: sysfs numbers the caches, it does not pad.
            List<Path> indices = entries.filter(p -> p.getFileName().toString().matches("index\\d+"))
                    .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().substring(5))))
                    .toList();
            for (Path index : indices) {
                String type = read(index.resolve("type"));
                String suffix = type.equals("Data") ? "d" : type.equals("Instruction") ? "i" : "";
                levels.add("L" + read(index.resolve("level")) + suffix + " " + read(index.resolve("size")));
            }
        } catch (IOException | SecurityException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
        return levels.isEmpty() ? UNREPORTED : String.join(" ", levels);
    }

    private static String orUnknown(String value) {
        return value == null ? UNKNOWN : value;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file).trim();
    }

    /**
     * What tells two processors' trained weights apart beyond the engine settings, e.g.
     * {@code family 26 model 2 stepping 1, caches L1d 48K L1i 32K L2 1024K L3 32768K}: one text for the
     * checkpoint key and the logged description.
     */
    public String identityAndCaches() {
        return identity + ", caches " + caches;
    }

    /** Whether the processor reports AVX-512 Foundation, the gate of every AVX-512 kernel. */
    public boolean hasAvx512() {
        return vectorFlags.contains("avx512f");
    }
}
