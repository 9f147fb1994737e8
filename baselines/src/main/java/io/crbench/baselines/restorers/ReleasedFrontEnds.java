package io.crbench.baselines.restorers;

import io.crbench.restore.LumaFrontEnd;
import io.crbench.restore.Restorer;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * The authors' released JPEG-deblocking networks as front ends of an RGB classifier (on Y, chroma
 * kept: {@link LumaFrontEnd}): the AR-CNN trained at the quality nearest the applied one, or the
 * blind DnCNN-3. Each model is loaded once, on first use; closing this closes them all.
 */
public final class ReleasedFrontEnds implements AutoCloseable {
    /** Id of the nearest-quality AR-CNN front end in rows, whichever model a quality picks. */
    public static final String MATCHED_ARCNN_ID = LumaFrontEnd.id(AuthorsArcnn.MATCHED_QUALITY_ID);

    /** The model a quality picks: the training quality of an AR-CNN, or 0 for the blind model. */
    private final IntUnaryOperator modelOf;
    private final IntFunction<Restorer> load;
    private final boolean blind;
    private final Map<Integer, Restorer> open = new TreeMap<>();

    private ReleasedFrontEnds(IntUnaryOperator modelOf, IntFunction<Restorer> load, boolean blind) {
        this.modelOf = modelOf;
        this.load = load;
        this.blind = blind;
    }

    /** AR-CNN, the model trained at the quality nearest the applied one ({@link AuthorsArcnn#nearestQuality}). */
    public static ReleasedFrontEnds matchedArcnn() {
        return new ReleasedFrontEnds(AuthorsArcnn::nearestQuality, m -> new LumaFrontEnd(AuthorsArcnn.load(m)), false);
    }

    /** DnCNN-3, one blind model for every quality. */
    public static ReleasedFrontEnds dncnn3() {
        return new ReleasedFrontEnds(q -> 0, m -> new LumaFrontEnd(AuthorsDncnn3.load()), true);
    }

    /** Whether one model serves every quality (DnCNN-3), so the applied quality need not be known. */
    public boolean blind() {
        return blind;
    }

    /**
     * The one model of a {@linkplain #blind() blind} front end, loaded on first use.
     *
     * @throws IllegalStateException for a front end whose model depends on the quality
     */
    public Restorer blindModel() {
        if (!blind) {
            throw new IllegalStateException("this front end picks its model by the JPEG quality; ask forQuality");
        }
        return forQuality(0);
    }

    /** The front end for JPEG images of {@code quality}, loaded on first use. */
    public synchronized Restorer forQuality(int quality) {
        return open.computeIfAbsent(modelOf.applyAsInt(quality), load::apply);
    }

    /**
     * Loads the models of every quality in {@code qualities} now, so that images whose quality
     * picks the model can be restored in parallel without a load in between; returns this.
     */
    public ReleasedFrontEnds openFor(int... qualities) {
        for (int q : qualities) {
            forQuality(q);
        }
        return this;
    }

    @Override
    public synchronized void close() {
        open.values().forEach(Restorer::close);
        open.clear();
    }
}
