package io.crbench.baselines.joint;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One Swin transformer layer on a channel-last map {@code (B, H, W, C)}, pre-norm as in SwinIR:
 * {@code x + WindowAttention(LayerNorm(x))}, then {@code x + MLP(LayerNorm(x))} with a GELU MLP.
 * A shifted layer rolls the map by half a window before the attention and back after it, so its
 * windows straddle the previous layer's window borders; {@link Windows#shiftMask} keeps tokens that
 * only meet through the wrap-around from attending to each other.
 */
final class SwinLayer extends AbstractBlock {
    private static final byte VERSION = 1;
    private static final int CHANNEL_AXIS = 3;

    private final int window;
    private final int shift;
    private final Block norm1;
    private final WindowAttention attention;
    private final Block norm2;
    private final Block mlp;

    /**
     * @param dim channels C
     * @param heads attention heads
     * @param window window side w
     * @param shifted whether this layer shifts its windows by w/2
     * @param mlpRatio hidden units of the MLP per channel
     */
    SwinLayer(int dim, int heads, int window, boolean shifted, int mlpRatio) {
        super(VERSION);
        this.window = window;
        this.shift = shifted ? window / 2 : 0;
        this.norm1 = addChildBlock("norm1", LayerNorm.builder().axis(CHANNEL_AXIS).build());
        this.attention = addChildBlock("attn", new WindowAttention(dim, heads, window));
        this.norm2 = addChildBlock("norm2", LayerNorm.builder().axis(CHANNEL_AXIS).build());
        this.mlp = addChildBlock("mlp", new SequentialBlock()
                .add(Linear.builder().setUnits((long) mlpRatio * dim).build())
                .add(Activation::gelu)
                .add(Linear.builder().setUnits(dim).build()));
    }

    /** Whether this layer shifts its windows. */
    boolean shifted() {
        return shift > 0;
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Shape s = x.getShape();
        int height = Math.toIntExact(s.get(1));
        int width = Math.toIntExact(s.get(2));
        NDArray normed = norm1.forward(parameterStore, new NDList(x), training, params).singletonOrThrow();
        NDList windows = new NDList(Windows.partition(shift == 0 ? normed : Windows.roll(normed, shift), window));
        if (shift > 0) {
            int count = (height / window) * (width / window);
            int tokens = window * window;
            windows.add(x.getManager().create(Windows.shiftMask(height, width, window, shift),
                    new Shape(count, tokens, tokens)));
        }
        NDArray attended = Windows.merge(attention.forward(parameterStore, windows, training, params)
                .singletonOrThrow(), window, height, width);
        x = x.add(shift == 0 ? attended : Windows.roll(attended, -shift));
        NDArray hidden = norm2.forward(parameterStore, new NDList(x), training, params).singletonOrThrow();
        return new NDList(x.add(mlp.forward(parameterStore, new NDList(hidden), training, params).singletonOrThrow()));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        long tokens = (long) window * window;
        norm1.initialize(manager, dataType, in);
        attention.initialize(manager, dataType, new Shape(in.get(0), tokens, in.get(3)));
        norm2.initialize(manager, dataType, in);
        mlp.initialize(manager, dataType, in);
    }
}
