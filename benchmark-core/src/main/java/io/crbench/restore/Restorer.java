package io.crbench.restore;

import io.crbench.image.Image8;
import java.util.List;

/**
 * A restoration front end under test (ARCNN, DnCNN, U-Net CAR, …): a degraded 8-bit image in,
 * a restored 8-bit image of the same shape out. Implementations may hold native resources.
 */
public interface Restorer extends AutoCloseable {
    /** Stable id for results, e.g. {@code arcnn(q=10,ci)}. */
    String id();

    /** The restored image, same shape as {@code degraded}. */
    Image8 restore(Image8 degraded);

    /**
     * Every image restored, in order. Network restorers override it to batch same-sized images
     * into one forward pass, which on small images (CIFAR's 32×32) is many times faster.
     */
    default List<Image8> restoreAll(List<Image8> degraded) {
        return degraded.stream().map(this::restore).toList();
    }

    /**
     * This restorer under another id (e.g. one naming its checkpoint, so that what is trained on
     * its outputs is keyed to its weights). Closing the view leaves this restorer open.
     */
    default Restorer named(String otherId) {
        Restorer self = this;
        return new Restorer() {
            @Override
            public String id() {
                return otherId;
            }

            @Override
            public Image8 restore(Image8 degraded) {
                return self.restore(degraded);
            }

            @Override
            public List<Image8> restoreAll(List<Image8> degraded) {
                return self.restoreAll(degraded);
            }

            @Override
            public void close() {
                // the view owns nothing; the named restorer is closed by its owner
            }
        };
    }

    @Override
    void close();
}
