package io.crbench.degradation;

import io.crbench.image.Image8;
import io.crbench.restore.Restorer;
import java.util.function.IntFunction;

/**
 * A JPEG chain followed by a restorer picked per image by the quality of the chain's last
 * compression, for restorers released as one model per quality (AR-CNN) in front of multiply
 * compressed images (seed 002, Table VI). The last quality is what a decoder reads from the file's
 * quantisation tables, so the pick uses nothing the file does not carry. The id names the pick
 * rule and the chain, e.g. {@code arcnn-authors(q=matched)[Y]∘jpeg_chain(t=5,seed=2)}.
 */
public final class LastQualityRestored implements Degradation {
    private final JpegChain chain;
    private final String restorerId;
    private final IntFunction<Restorer> restorerForQuality;

    /**
     * @param chain the multiple compression
     * @param restorerId the restorers' id with the pick rule, e.g. {@code arcnn-authors(q=matched)[Y]}
     * @param restorerForQuality the restorer for a last quality; opened and closed by the caller
     */
    public LastQualityRestored(JpegChain chain, String restorerId, IntFunction<Restorer> restorerForQuality) {
        this.chain = chain;
        this.restorerId = restorerId;
        this.restorerForQuality = restorerForQuality;
    }

    @Override
    public String id() {
        return restorerId + "∘" + chain.id();
    }

    @Override
    public Condition condition() {
        return chain.condition().restoredBy(restorerId);
    }

    @Override
    public Image8 apply(Image8 clean, long imageSeed) {
        int[] qualities = chain.qualitiesFor(imageSeed);
        return restorerForQuality.apply(qualities[qualities.length - 1]).restore(chain.apply(clean, imageSeed));
    }

    @Override
    public String toString() {
        return id();
    }
}
