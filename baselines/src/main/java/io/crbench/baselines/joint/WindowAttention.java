package io.crbench.baselines.joint;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import io.crbench.numerics.Scalars;

/**
 * Window multi-head self-attention with a learned relative position bias (Swin's W-MSA): inside
 * each window of {@code w²} tokens, {@code softmax(q kᵀ / √d + B + M) v} per head, where B is read
 * from a {@code ((2w − 1)², heads)} table by the offset between the two tokens and M is the
 * optional shifted-window mask; then a linear projection.
 *
 * <p>Input {@code NDList(windows)} or {@code NDList(windows, mask)} with windows
 * {@code (B · nW, w², C)} and mask {@code (nW, w², w²)}; output the same shape as windows. The bias
 * table starts as N(0, 0.02²), SwinIR's truncated normal without the truncation.
 */
final class WindowAttention extends AbstractBlock {
    private static final byte VERSION = 1;

    private final int dim;
    private final int heads;
    private final int window;
    private final long[] biasIndex;
    private final Block qkv;
    private final Block projection;
    private final Parameter biasTable;

    WindowAttention(int dim, int heads, int window) {
        super(VERSION);
        this.dim = dim;
        this.heads = heads;
        this.window = window;
        this.biasIndex = Windows.relativePositionIndex(window, heads);
        this.qkv = addChildBlock("qkv", Linear.builder().setUnits(3L * dim).build());
        this.projection = addChildBlock("proj", Linear.builder().setUnits(dim).build());
        long span = 2L * window - 1;
        this.biasTable = addParameter(Parameter.builder()
                .setName("relative_position_bias_table")
                .setType(Parameter.Type.WEIGHT)
                .optInitializer(new NormalInitializer(0.02f))
                .optShape(new Shape(span * span, heads))
                .build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        long batch = x.getShape().get(0);
        long tokens = (long) window * window;
        long headDim = dim / heads;
        NDArray qkvOut = qkv.forward(parameterStore, new NDList(x), training, params).singletonOrThrow()
                .reshape(batch, tokens, 3, heads, headDim)
                .transpose(2, 0, 3, 1, 4);
        NDArray q = Scalars.times(qkvOut.get(0), (float) (1 / Math.sqrt(headDim)));
        NDArray k = qkvOut.get(1);
        NDArray v = qkvOut.get(2);
        NDArray table = parameterStore.getValue(biasTable, x.getDevice(), training);
        // Taken into the input's manager: by default it would join the table's, which lives as long
        // as the model, and keep one bias per pass there for the whole training run.
        NDArray bias = table.take(x.getManager(), x.getManager().create(biasIndex)).reshape(1, heads, tokens, tokens);
        NDArray logits = q.matMul(k.transpose(0, 1, 3, 2)).add(bias);
        if (inputs.size() > 1) {
            NDArray mask = inputs.get(1);
            long count = mask.getShape().get(0);
            logits = logits.reshape(batch / count, count, heads, tokens, tokens)
                    .add(mask.reshape(1, count, 1, tokens, tokens))
                    .reshape(batch, heads, tokens, tokens);
        }
        NDArray attended = logits.softmax(-1).matMul(v).transpose(0, 2, 1, 3).reshape(batch, tokens, dim);
        return projection.forward(parameterStore, new NDList(attended), training, params);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        qkv.initialize(manager, dataType, in);
        projection.initialize(manager, dataType, in);
    }
}
