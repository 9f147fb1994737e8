package io.crbench.evaluate;

import io.crbench.codec.Codecs;
import io.crbench.degradation.CodecCompression;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.DoubleJpeg;
import io.crbench.degradation.Identity;
import io.crbench.degradation.JpegCompression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One point of a robustness grid, typed: a family ({@code clean}, {@code jpeg}, {@code double-jpeg},
 * or a codec family of {@link Codecs#families()}) and its numeric levels (a quality, or the two
 * qualities of a double compression). Its {@link #degradation()} is crbench's own, so a team's
 * model sees exactly the images crbench's suites use; its {@link #id()} is that degradation's id.
 *
 * @param family condition family
 * @param levels the family's settings, in order (empty for {@code clean})
 */
public record Condition(String family, List<Integer> levels) {
    /** The family of the unmodified images. */
    public static final String CLEAN = "clean";
    /** One JPEG compression at a quality factor. */
    public static final String JPEG = "jpeg";
    /** JPEG at q1, then at q2, aligned grids. */
    public static final String DOUBLE_JPEG = "double-jpeg";

    /** Checks the levels against the family now, so a bad grid fails before any image is read. */
    public Condition {
        levels = List.copyOf(levels);
        degradationOf(family, levels);
    }

    /** The unmodified images: the reference every drop is measured from. */
    public static Condition clean() {
        return new Condition(CLEAN, List.of());
    }

    /** PIL-identical JPEG at quality {@code q} (1..100, 4:2:0). */
    public static Condition jpeg(int q) {
        return new Condition(JPEG, List.of(q));
    }

    /** JPEG at {@code q1}, then JPEG at {@code q2} on the same 8×8 grid. */
    public static Condition doubleJpeg(int q1, int q2) {
        return new Condition(DOUBLE_JPEG, List.of(q1, q2));
    }

    /** One encode/decode by an installed codec ({@code avif}, {@code webp}, {@code jxl}, {@code jp2}) at its setting. */
    public static Condition codec(String family, int setting) {
        return new Condition(family.toLowerCase(Locale.ROOT), List.of(setting));
    }

    /**
     * The conditions of one grid argument: {@code FAMILY:LEVELS}, levels separated by commas, the
     * two qualities of a double compression by a slash, {@code FROM..TO} for every integer between.
     * Examples: {@code jpeg:90,70,50,30,10}, {@code jpeg:1..100},
     * {@code double-jpeg:90/70,50/30}, {@code avif:25,10}, {@code clean}.
     *
     * @throws IllegalArgumentException naming the argument and what is wrong with it
     */
    public static List<Condition> parse(String spec) {
        String s = spec.strip().toLowerCase(Locale.ROOT);
        if (s.equals(CLEAN)) {
            return List.of(clean());
        }
        int colon = s.indexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IllegalArgumentException("grid '" + spec + "': expected FAMILY:LEVELS, e.g. jpeg:90,50,10,"
                    + " double-jpeg:90/70 or avif:25");
        }
        String family = s.substring(0, colon);
        List<Condition> out = new ArrayList<>();
        for (String level : expandRanges(spec, s.substring(colon + 1).split(","))) {
            List<Integer> levels = new ArrayList<>();
            for (String part : level.split("/")) {
                try {
                    levels.add(Integer.parseInt(part.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("grid '" + spec + "': level '" + level + "' is not an integer"
                            + (family.equals(DOUBLE_JPEG) ? " pair q1/q2" : ""));
                }
            }
            try {
                out.add(new Condition(family, levels));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("grid '" + spec + "': " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** {@code a..b} stands for every integer from a to b, e.g. {@code jpeg:1..100} for seed 003's full QF range. */
    private static List<String> expandRanges(String spec, String[] tokens) {
        List<String> out = new ArrayList<>();
        for (String t : tokens) {
            int dots = t.indexOf("..");
            if (dots < 0) {
                out.add(t);
                continue;
            }
            try {
                int from = Integer.parseInt(t.substring(0, dots).strip());
                int to = Integer.parseInt(t.substring(dots + 2).strip());
                if (from > to) {
                    throw new IllegalArgumentException("grid '" + spec + "': range " + t + " runs backwards");
                }
                for (int v = from; v <= to; v++) {
                    out.add(Integer.toString(v));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("grid '" + spec + "': range '" + t + "' is not FROM..TO");
            }
        }
        return out;
    }

    /** What is done to each image. */
    public Degradation degradation() {
        return degradationOf(family, levels);
    }

    /** The degradation's stable id, e.g. {@code jpeg(q=30)}: the row's degradation field. */
    public String id() {
        return degradation().id();
    }

    /** The argument form, e.g. {@code jpeg:30} or {@code double-jpeg:90/70}, for tables and messages. */
    public String label() {
        if (levels.isEmpty()) {
            return family;
        }
        return family + ":" + String.join("/", levels.stream().map(String::valueOf).toList());
    }

    /** Whether this is the unmodified reference. */
    public boolean isClean() {
        return family.equals(CLEAN);
    }

    /** The external encoders this condition needs are absent: the reason, with the package to install. */
    public Optional<String> whyUnavailable() {
        return switch (family) {
            case CLEAN, JPEG, DOUBLE_JPEG -> Optional.empty();
            default -> Codecs.whyUnavailable(family);
        };
    }

    private static Degradation degradationOf(String family, List<Integer> levels) {
        int expected = switch (family) {
            case CLEAN -> 0;
            case DOUBLE_JPEG -> 2;
            default -> 1;
        };
        if (levels.size() != expected) {
            throw new IllegalArgumentException("condition family '" + family + "' takes " + expected
                    + " level(s), got " + levels);
        }
        return switch (family) {
            case CLEAN -> new Identity();
            case JPEG -> JpegCompression.at(levels.get(0));
            case DOUBLE_JPEG -> new DoubleJpeg(levels.get(0), levels.get(1), 0);
            default -> {
                if (!Codecs.families().contains(family)) {
                    throw new IllegalArgumentException("unknown condition family '" + family + "'; known: clean, jpeg, "
                            + "double-jpeg, " + String.join(", ", Codecs.families().stream()
                                    .filter(f -> !f.equals(JPEG)).toList()));
                }
                yield CodecCompression.of(family, levels.get(0));
            }
        };
    }
}
