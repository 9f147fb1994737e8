package io.crbench.degradation;

import io.crbench.image.Image8;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * A degradation that remembers what it produced, so that a suite scoring the same degraded images
 * with a classifier and with fidelity metrics runs an expensive degradation (a restorer behind a
 * codec) once per image. Entries are keyed by the clean image object (identity, not content) and
 * the image seed, which is how the grids call degradations; the id is the wrapped degradation's, so
 * result rows cannot tell the difference. The outputs stay in memory as long as this object does.
 */
public final class Memoized implements Degradation {
    private final Degradation degradation;
    private final Map<Image8, Map<Long, Degraded>> outputs = Collections.synchronizedMap(new IdentityHashMap<>());

    private Memoized(Degradation degradation) {
        this.degradation = degradation;
    }

    /** {@code degradation}, remembering its outputs from now on. */
    public static Memoized of(Degradation degradation) {
        return new Memoized(degradation);
    }

    /** The degradation whose outputs are remembered. */
    public Degradation degradation() {
        return degradation;
    }

    @Override
    public String id() {
        return degradation.id();
    }

    @Override
    public Condition condition() {
        return degradation.condition();
    }

    @Override
    public Image8 apply(Image8 clean, long imageSeed) {
        return degrade(clean, imageSeed).image();
    }

    /** The wrapped degradation's output and rate, remembered per clean image object and seed. */
    @Override
    public Degraded degrade(Image8 clean, long imageSeed) {
        return remembered(clean).computeIfAbsent(imageSeed, seed -> degradation.degrade(clean, seed));
    }

    /**
     * The remembered outputs, the missing ones made by one {@link Degradation#degradeAll} call of
     * the wrapped degradation (so a restorer behind it still runs on them as a batch).
     */
    @Override
    public List<Degraded> degradeAll(List<Image8> cleans, long[] imageSeeds) {
        ImageSeeds.requireOnePerImage(cleans, imageSeeds);
        int[] missing = IntStream.range(0, cleans.size())
                .filter(i -> !remembered(cleans.get(i)).containsKey(imageSeeds[i])).toArray();
        if (missing.length > 0) {
            List<Degraded> made = degradation.degradeAll(Arrays.stream(missing).mapToObj(cleans::get).toList(),
                    Arrays.stream(missing).mapToLong(i -> imageSeeds[i]).toArray());
            for (int m = 0; m < missing.length; m++) {
                remembered(cleans.get(missing[m])).putIfAbsent(imageSeeds[missing[m]], made.get(m));
            }
        }
        return IntStream.range(0, cleans.size()).mapToObj(i -> remembered(cleans.get(i)).get(imageSeeds[i])).toList();
    }

    private Map<Long, Degraded> remembered(Image8 clean) {
        return outputs.computeIfAbsent(clean, image -> new ConcurrentHashMap<>());
    }

    @Override
    public Image8 alignedReference(Image8 clean) {
        return degradation.alignedReference(clean);
    }

    @Override
    public String toString() {
        return id();
    }
}
