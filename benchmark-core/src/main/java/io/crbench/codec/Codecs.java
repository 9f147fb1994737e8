package io.crbench.codec;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The codec families a suite can put in a grid, by name, with one integer setting each:
 *
 * <table>
 * <caption>Families and the meaning of their setting</caption>
 * <tr><th>family</th><th>setting</th><th>range</th><th>codec</th></tr>
 * <tr><td>{@code jpeg}</td><td>quality factor (PIL/libjpeg, 4:2:0)</td><td>1..100</td><td>{@link JpegCodec}</td></tr>
 * <tr><td>{@code avif}</td><td>quality (libavif ≥ 1.0 meaning)</td><td>0..100</td><td>{@link AvifCodec}</td></tr>
 * <tr><td>{@code webp}</td><td>quality ({@code cwebp -q})</td><td>0..100</td><td>{@link WebpCodec}</td></tr>
 * <tr><td>{@code jxl}</td><td>quality ({@code cjxl -q})</td><td>5..100</td><td>{@link JpegXlCodec}</td></tr>
 * <tr><td>{@code jp2}</td><td>compression ratio ({@code opj_compress -r})</td><td>1..1000</td><td>{@link Jpeg2000Codec}</td></tr>
 * </table>
 *
 * <p>JPEG runs in the JVM; the others need Debian command-line tools. {@link #available} and
 * {@link #whyUnavailable} let a suite record a cell as {@code cannot_run_here} with the reason
 * instead of failing on a machine without them.
 */
public final class Codecs {
    /** System property naming the codec families whose missing tools only mark their cells cannot-run-here. */
    public static final String ALLOW_MISSING_PROPERTY = "crbench.allow-missing-tools";

    private static final List<String> FAMILIES = List.of("jpeg", "avif", "webp", "jxl", "jp2");

    private Codecs() {
    }

    /** The family names, in a stable order. */
    public static List<String> families() {
        return FAMILIES;
    }

    /**
     * The codec of {@code family} at {@code setting} (see the class table).
     *
     * @throws IllegalArgumentException for an unknown family or a setting out of its range
     */
    public static Codec byName(String family, int setting) {
        return switch (normalise(family)) {
            case "jpeg" -> JpegCodec.pil(setting);
            case "avif" -> new AvifCodec(setting);
            case "webp" -> new WebpCodec(setting);
            case "jxl" -> new JpegXlCodec(setting);
            case "jp2" -> new Jpeg2000Codec(setting);
            default -> throw unknown(family);
        };
    }

    /** The settings {@code family} accepts (see the class table). */
    public static SettingRange settingRange(String family) {
        return switch (normalise(family)) {
            case "jpeg" -> new SettingRange(1, 100, true);
            case "avif", "webp" -> new SettingRange(0, 100, true);
            case "jxl" -> new SettingRange(JpegXlCodec.MIN_QUALITY, 100, true);
            case "jp2" -> new SettingRange(1, Jpeg2000Codec.MAX_RATIO, false);
            default -> throw unknown(family);
        };
    }

    /** The external tools {@code family} needs (none for JPEG). */
    public static List<ExternalTool> tools(String family) {
        return switch (normalise(family)) {
            case "jpeg" -> List.of();
            case "avif" -> List.of(AvifCodec.ENCODER, AvifCodec.DECODER);
            case "webp" -> List.of(WebpCodec.ENCODER, WebpCodec.DECODER);
            case "jxl" -> List.of(JpegXlCodec.ENCODER, JpegXlCodec.DECODER);
            case "jp2" -> List.of(Jpeg2000Codec.ENCODER, Jpeg2000Codec.DECODER);
            default -> throw unknown(family);
        };
    }

    /** Whether every tool {@code family} needs is installed (or overridden by a valid path). */
    public static boolean available(String family) {
        return whyUnavailable(family).isEmpty();
    }

    /** The first missing tool's message (binary and Debian package), or empty when the family can run here. */
    public static Optional<String> whyUnavailable(String family) {
        return tools(family).stream()
                .filter(tool -> !tool.isInstalled())
                .findFirst()
                .map(ExternalTool::notFoundMessage);
    }

    /**
     * Why the cells of {@code family} cannot run here, when a tool it needs is missing and the run
     * allows that; empty when the family can run.
     *
     * @throws IllegalStateException when a tool is missing and system property
     *     {@value #ALLOW_MISSING_PROPERTY} (a comma-separated list of families, or {@code all}) does
     *     not name the family: a missing encoder must fail the run, not quietly turn its cells into
     *     "cannot run here"
     */
    public static Optional<String> allowedAbsence(String family) {
        Optional<String> why = whyUnavailable(family);
        if (why.isEmpty()) {
            return why;
        }
        List<String> allowed = List.of(System.getProperty(ALLOW_MISSING_PROPERTY, "").toLowerCase(Locale.ROOT)
                .split("\\s*,\\s*"));
        if (allowed.contains("all") || allowed.contains(normalise(family))) {
            return why;
        }
        throw new IllegalStateException(why.get() + "; to record its cells as cannot_run_here instead, run with -D"
                + ALLOW_MISSING_PROPERTY + "=" + normalise(family));
    }

    private static String normalise(String family) {
        return family.trim().toLowerCase(Locale.ROOT);
    }

    private static IllegalArgumentException unknown(String family) {
        return new IllegalArgumentException("unknown codec family '" + family + "'; known: " + String.join(", ", FAMILIES));
    }
}
