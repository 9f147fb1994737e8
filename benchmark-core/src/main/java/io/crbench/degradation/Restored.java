package io.crbench.degradation;

import io.crbench.image.Image8;
import io.crbench.restore.Restorer;
import java.util.List;

/**
 * A degradation followed by a restorer: what a classifier sees when a restoration front end sits
 * in front of it (seed 001's protocol). The id names both, e.g. {@code arcnn(q=10,ci)∘jpeg(q=10)}.
 *
 * @param degradation what happens to the clean image
 * @param restorer the front end that tries to undo it
 */
public record Restored(Degradation degradation, Restorer restorer) implements Degradation {
    @Override
    public String id() {
        return restorer.id() + "∘" + degradation.id();
    }

    @Override
    public Condition condition() {
        return degradation.condition().restoredBy(restorer.id());
    }

    @Override
    public Image8 apply(Image8 clean, long imageSeed) {
        return restorer.restore(degradation.apply(clean, imageSeed));
    }

    /** The inner degradation's: a restorer keeps the image's geometry. */
    @Override
    public Image8 alignedReference(Image8 clean) {
        return degradation.alignedReference(clean);
    }

    /**
     * The degraded batch, then the restorer run on all of it at once. The restored images carry no
     * rate, as {@link #degrade}'s do not.
     */
    @Override
    public List<Degraded> degradeAll(List<Image8> cleans, long[] imageSeeds) {
        return restorer.restoreAll(degradation.applyAll(cleans, imageSeeds)).stream()
                .map(image -> new Degraded(image, Double.NaN)).toList();
    }

    @Override
    public String toString() {
        return id();
    }
}
