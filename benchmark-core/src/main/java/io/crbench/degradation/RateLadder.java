package io.crbench.degradation;

import io.crbench.codec.Codecs;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One codec's settings for a rate–quality curve, chosen so that its measured rates span the range a
 * comparison at equal rate needs (the declaring suite states the rates it measured). Settings keep
 * their codec's meaning ({@link Codecs}): a JPEG quality factor, a JPEG 2000 compression ratio ….
 *
 * @param family a {@link Codecs#families() codec family}
 * @param settings at least two distinct settings, each in the family's range
 */
public record RateLadder(String family, List<Integer> settings) {
    public RateLadder {
        Objects.requireNonNull(family, "family");
        settings = List.copyOf(settings);
        if (settings.size() < 2 || new HashSet<>(settings).size() != settings.size()) {
            throw new IllegalArgumentException("the rate ladder of " + family + " needs at least two distinct settings,"
                    + " got " + settings);
        }
        settings.forEach(s -> Codecs.byName(family, s));
    }

    /** The ladder of {@code family} at {@code settings}. */
    public static RateLadder of(String family, Integer... settings) {
        return new RateLadder(family, List.of(settings));
    }

    /** One compression per setting, in the ladder's order. */
    public List<CodecCompression> compressions() {
        return settings.stream().map(s -> CodecCompression.of(family, s)).toList();
    }

    /**
     * A stable id such as {@code avif{7,10,25}}: braces rather than parentheses, as it names a set
     * of degradations, not one.
     */
    public String id() {
        return family + settings.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
