package io.crbench.baselines.restorers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * The quality-aware cascaded restorer of seed 004 (Atherya et al., §III-A/B, §III-C E/F): a
 * {@link QualityAwareEstimator} predicts the image's normalised quality once from the degraded
 * input, and {@link QualityAwareConfig#stages()} {@link QualityAwareStage}s (three in the paper) each
 * refine the previous stage's output, all modulated by that one estimate. One blind model covers
 * QF 10..90 (§IV-B B).
 *
 * <p>Input {@code NDList(image [N,3,H,W])} in [0,1], any H×W; output
 * {@code NDList(restored [N,3,H,W], quality [N,1])} so that {@link QualityAwareLoss} can supervise
 * both. The restored image is not clamped, to keep the L1 gradients alive; weights use He
 * initialisation for the ReLU blocks unless a trainer's configuration names its own initializer.
 */
public final class QualityAwareCascade extends AbstractBlock {

    private static final byte VERSION = 1;

    private final QualityAwareConfig config;
    private final Block estimator;
    private final List<Block> stages = new ArrayList<>();

    /** @param config stage count and sizes; {@link QualityAwareConfig#ci()} for CPU runs */
    public QualityAwareCascade(QualityAwareConfig config) {
        super(VERSION);
        this.config = config;
        estimator = addChildBlock("quality_estimator", new QualityAwareEstimator(config.estimatorWidth()));
        for (int i = 1; i <= config.stages(); i++) {
            stages.add(addChildBlock("stage" + i, new QualityAwareStage(config)));
        }
        setInitializer(new XavierInitializer(XavierInitializer.RandomType.GAUSSIAN,
                XavierInitializer.FactorType.IN, 2), Parameter.Type.WEIGHT);
        stages.forEach(stage -> ((QualityAwareStage) stage).startAsIdentity());
    }

    /** The sizes this cascade was built with. */
    public QualityAwareConfig config() {
        return config;
    }

    /** The quality-estimation sub-block (output [N,1] in [0,1]). */
    public Block estimator() {
        return estimator;
    }

    /** The restoration stages in application order. */
    public List<Block> stages() {
        return List.copyOf(stages);
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray image = inputs.singletonOrThrow();
        NDArray quality = estimator.forward(parameterStore, new NDList(image), training, params).singletonOrThrow();
        NDArray restored = image;
        for (Block stage : stages) {
            restored = stage.forward(parameterStore, new NDList(restored, quality), training, params)
                    .singletonOrThrow();
        }
        return new NDList(restored, quality);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0], new Shape(inputShapes[0].get(0), 1)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        estimator.initialize(manager, dataType, inputShapes[0]);
        Shape quality = estimator.getOutputShapes(inputShapes)[0];
        for (Block stage : stages) {
            stage.initialize(manager, dataType, inputShapes[0], quality);
        }
    }
}
