package io.crbench.degradation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What was done to the images of a cell, as data: the family ({@code jpeg}, {@code gauss},
 * {@code avif}, {@code identity}, …), its numeric levels in the order the id names them ({@code q},
 * {@code sigma}, {@code t}, {@code ratio}, …), the levels that span a range (drawn per image, or
 * aggregated over, as an interval mean's QF interval), the target rate when the condition is set by
 * rate, and the restorer run after it. Every result row carries one beside the id, so plots and
 * queries read a level as a number and never parse the id; {@link Degradation#condition()} builds
 * it from the same fields as the id.
 *
 * @param id the degradation's stable id, e.g. {@code arcnn(q=10,ci)∘jpeg(q=25)}
 * @param family what kind of degradation, e.g. {@code jpeg}
 * @param levels fixed numeric settings by name, in the id's order (unmodifiable)
 * @param ranges settings that span a range, by name (unmodifiable)
 * @param targetBitsPerPixel the rate the condition was set to meet, or null when set otherwise
 * @param restoredBy the id of the restorer (or chain of restorers) applied after the degradation, or null
 */
public record Condition(String id, String family, Map<String, Double> levels, Map<String, Range> ranges,
        Double targetBitsPerPixel, String restoredBy) {

    /** A setting's range: from {@code low} to {@code high}, both included. */
    public record Range(double low, double high) {
        public Range {
            if (!(low <= high)) {
                throw new IllegalArgumentException("a range needs low <= high, got " + low + ".." + high);
            }
        }
    }

    /** Checks the fields and freezes the maps' order. */
    public Condition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        if (family.isEmpty()) {
            throw new IllegalArgumentException("condition " + id + " needs a family");
        }
        levels.forEach((name, value) -> {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("level " + name + " of " + id + " must be finite, got " + value);
            }
        });
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        ranges = Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
    }

    /** The family of a row written before rows carried their condition: only its id is known. */
    public static final String UNRECORDED = "unrecorded";

    /** A condition of {@code family} with no numeric level yet; add them with {@link #level}. */
    public static Condition of(String id, String family) {
        return new Condition(id, family, Map.of(), Map.of(), null, null);
    }

    /** The condition of a row that measures no degraded image (a model's size, its latency): id and family {@code none}. */
    public static Condition none() {
        return of("none", "none");
    }

    /** The condition of a row written before rows carried one: family {@link #UNRECORDED}, no levels. */
    public static Condition unrecorded(String id) {
        return of(id, UNRECORDED);
    }

    /** Whether family and levels are known (not {@link #unrecorded}). */
    public boolean isRecorded() {
        return !family.equals(UNRECORDED);
    }

    /** This condition with one more fixed level. */
    public Condition level(String name, double value) {
        Map<String, Double> more = new LinkedHashMap<>(levels);
        more.put(name, value);
        return new Condition(id, family, more, ranges, targetBitsPerPixel, restoredBy);
    }

    /** This condition with one more level that spans {@code low..high}. */
    public Condition range(String name, double low, double high) {
        Map<String, Range> more = new LinkedHashMap<>(ranges);
        more.put(name, new Range(low, high));
        return new Condition(id, family, levels, more, targetBitsPerPixel, restoredBy);
    }

    /** This condition set to meet {@code bitsPerPixel}. */
    public Condition targetRate(double bitsPerPixel) {
        return new Condition(id, family, levels, ranges, bitsPerPixel, restoredBy);
    }

    /**
     * This condition followed by the restorer {@code restorerId}: the id becomes
     * {@code restorerId∘id}; family and levels stay those of the degradation the image went through.
     */
    public Condition restoredBy(String restorerId) {
        return new Condition(restorerId + "∘" + id, family, levels, ranges, targetBitsPerPixel,
                restoredBy == null ? restorerId : restorerId + "∘" + restoredBy);
    }

    /** The same condition under another id (a variant the id tells apart, e.g. unclipped noise). */
    public Condition withId(String otherId) {
        return new Condition(otherId, family, levels, ranges, targetBitsPerPixel, restoredBy);
    }

    /** The first fixed level (the one a plot puts on its x axis), if there is one. */
    public Optional<Map.Entry<String, Double>> primaryLevel() {
        return levels.entrySet().stream().findFirst();
    }
}
