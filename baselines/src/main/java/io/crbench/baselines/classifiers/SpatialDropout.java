package io.crbench.baselines.classifiers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.crbench.numerics.Scalars;

/**
 * Spatial dropout (Tompson et al. 2015; Keras' {@code SpatialDropout2D}), which seed 003's
 * classifier uses: in training, each feature map of each image is zeroed with probability
 * {@code rate} and the kept maps are scaled by 1/(1 − rate); at inference it is the identity.
 * Dropping whole maps rather than single activations suits convolutional features, whose
 * neighbouring activations are strongly correlated. The masks come from the engine's seeded
 * generator, so training stays reproducible.
 */
public final class SpatialDropout extends AbstractBlock {
    private static final byte VERSION = 1;

    private final float rate;

    /** @param rate probability of dropping a feature map, in [0, 1) */
    public SpatialDropout(float rate) {
        super(VERSION);
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + rate);
        }
        this.rate = rate;
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        if (!training || rate == 0) {
            return inputs;
        }
        NDArray x = inputs.singletonOrThrow();
        Shape shape = x.getShape();
        NDArray keep = x.getManager().randomUniform(0f, 1f, new Shape(shape.get(0), shape.get(1), 1, 1))
                .gte(rate).toType(x.getDataType(), false);
        return new NDList(Scalars.dividedBy(x.mul(keep), 1 - rate));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }
}
