package io.crbench.baselines.afd;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.crbench.model.FeatureBackbone;

/**
 * An {@link AfdModule} plugged into a frozen backbone, as one block from an RGB batch in [0, 1]
 * to the enhanced features at the module's stage: what training optimises (the loss compares its
 * output with the backbone's features of the clean image). Only the module's parameters belong to
 * this block; the backbone is used, never trained, saved or closed here.
 */
public final class AfdOnBackbone extends AbstractBlock {
    private static final byte VERSION = 1;

    private final FeatureBackbone backbone;
    private final AfdModule module;

    /** A fresh training-form module for {@code config} on {@code backbone}. */
    public AfdOnBackbone(FeatureBackbone backbone, AfdConfig config) {
        super(VERSION);
        if (config.stage() > backbone.stageCount()) {
            throw new IllegalArgumentException(backbone.id() + " has stages 1.." + backbone.stageCount() + "; "
                    + config.id() + " asks for stage " + config.stage());
        }
        this.backbone = backbone;
        this.module = addChildBlock("afd", new AfdModule(config, backbone.channels(config.stage()),
                backbone.stride(config.stage())));
    }

    /** The trained module. */
    public AfdModule module() {
        return module;
    }

    /** The shape of the backbone's features of an RGB batch of shape {@code rgb} at the module's stage. */
    public Shape featureShape(NDManager manager, Shape rgb) {
        try (NDManager scratch = manager.newSubManager()) {
            return backbone.features(scratch.zeros(rgb), module.config().stage()).getShape();
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray rgb = inputs.singletonOrThrow();
        NDArray features = backbone.features(rgb, module.config().stage());
        return module.forward(parameterStore, new NDList(rgb, features), training, params);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        int stride = backbone.stride(module.config().stage());
        return new Shape[] {new Shape(in.get(0), backbone.channels(module.config().stage()), in.get(2) / stride,
                in.get(3) / stride)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        module.initialize(manager, dataType, inputShapes[0], featureShape(manager, inputShapes[0]));
    }
}
