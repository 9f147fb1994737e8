package io.crbench.degradation;

import io.crbench.image.Image8;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
        Map<Long, Degraded> bySeed = outputs.computeIfAbsent(clean, image -> new ConcurrentHashMap<>());
        return bySeed.computeIfAbsent(imageSeed, seed -> degradation.degrade(clean, seed));
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
