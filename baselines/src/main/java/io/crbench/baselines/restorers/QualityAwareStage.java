package io.crbench.baselines.restorers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import io.crbench.nn.AlignedConv2d;
import java.util.ArrayList;
import java.util.List;

/**
 * One restoration stage of seed 004 (Atherya et al., §III-B B/C and §III-C C/D): a shallow
 * encoder–decoder of {@link QualityAwareProcessingBlock}s. Input {@code NDList(image [N,3,H,W],
 * quality [N,1])}, output {@code NDList(image + residual)}: a 3×3 head convolution, on each of
 * {@code levels} resolutions {@code blocksPerLevel} blocks with {@code width·2^level} channels
 * (stride-2 3×3 convolutions down; ×2 nearest-neighbour upsampling then a 3×3 convolution up, as
 * DJL 0.32's PyTorch engine has no transposed convolution), additive skips between
 * encoder and decoder levels, and a 3×3 tail convolution whose output is added to the stage input,
 * the skip that "preserve[s] the original image structure" (§III-B B).
 *
 * <p>Odd sides need no padding: downsampling rounds up ({@code ceil(H/2)}) and each upsampled map
 * is cropped to its skip before the addition, so any H×W maps back to H×W.
 */
public final class QualityAwareStage extends AbstractBlock {

    private static final byte VERSION = 1;
    private static final int IMAGE_CHANNELS = 3;

    private final Block head;
    private final List<List<Block>> encoders = new ArrayList<>();
    private final List<Block> downs = new ArrayList<>();
    private final List<Block> ups = new ArrayList<>();
    private final List<List<Block>> decoders = new ArrayList<>();
    private final Block tail;

    /** @param config the widths, levels and blocks per level (the stage count is not used here) */
    public QualityAwareStage(QualityAwareConfig config) {
        super(VERSION);
        int levels = config.levels();
        head = addChildBlock("head", conv(config.width(), 1));
        for (int level = 0; level < levels; level++) {
            int channels = config.width() << level;
            encoders.add(blocks("enc" + level, channels, config.blocksPerLevel()));
            if (level < levels - 1) {
                downs.add(addChildBlock("down" + level, conv(2 * channels, 2)));
            }
        }
        // Decoder levels are stored coarse to fine, in the order forward visits them.
        for (int level = levels - 2; level >= 0; level--) {
            int channels = config.width() << level;
            ups.add(addChildBlock("up" + level, conv(channels, 1)));
            decoders.add(blocks("dec" + level, channels, config.blocksPerLevel()));
        }
        tail = addChildBlock("tail", conv(IMAGE_CHANNELS, 1));
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray image = inputs.get(0);
        NDArray quality = inputs.get(1);
        NDArray x = apply(head, parameterStore, new NDList(image), training, params);
        List<NDArray> skips = new ArrayList<>();
        for (int level = 0; level < encoders.size(); level++) {
            x = applyAll(encoders.get(level), parameterStore, x, quality, training, params);
            if (level < downs.size()) {
                skips.add(x);
                x = apply(downs.get(level), parameterStore, new NDList(x), training, params);
            }
        }
        for (int i = 0; i < ups.size(); i++) {
            NDArray skip = skips.get(skips.size() - 1 - i);
            x = apply(ups.get(i), parameterStore, new NDList(x.repeat(2, 2).repeat(3, 2)), training, params);
            x = x.get(new NDIndex(":, :, :{}, :{}", skip.getShape().get(2), skip.getShape().get(3))).add(skip);
            x = applyAll(decoders.get(i), parameterStore, x, quality, training, params);
        }
        return new NDList(image.add(apply(tail, parameterStore, new NDList(x), training, params)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape quality = inputShapes[1];
        Shape x = initialize(head, manager, dataType, inputShapes[0]);
        List<Shape> skips = new ArrayList<>();
        for (int level = 0; level < encoders.size(); level++) {
            for (Block block : encoders.get(level)) {
                block.initialize(manager, dataType, x, quality);
            }
            if (level < downs.size()) {
                skips.add(x);
                x = initialize(downs.get(level), manager, dataType, x);
            }
        }
        for (int i = 0; i < ups.size(); i++) {
            Shape skip = skips.get(skips.size() - 1 - i);
            ups.get(i).initialize(manager, dataType, new Shape(x.get(0), x.get(1), 2 * x.get(2), 2 * x.get(3)));
            x = skip;
            for (Block block : decoders.get(i)) {
                block.initialize(manager, dataType, x, quality);
            }
        }
        tail.initialize(manager, dataType, x);
    }

    /**
     * Starts the tail convolution near zero (weights N(0, 10⁻³)), so the untrained stage passes its
     * input through and each stage can only refine the previous output; the paper does not state
     * its initialisation.
     */
    void startAsIdentity() {
        tail.setInitializer(new NormalInitializer(1e-3f), Parameter.Type.WEIGHT);
    }

    private List<Block> blocks(String prefix, int channels, int count) {
        List<Block> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(addChildBlock(prefix + "_bpb" + i, new QualityAwareProcessingBlock(channels)));
        }
        return list;
    }

    private static Shape initialize(Block block, NDManager manager, DataType dataType, Shape input) {
        block.initialize(manager, dataType, input);
        return block.getOutputShapes(new Shape[] {input})[0];
    }

    private static NDArray apply(Block block, ParameterStore parameterStore, NDList input, boolean training,
            PairList<String, Object> params) {
        return block.forward(parameterStore, input, training, params).singletonOrThrow();
    }

    private static NDArray applyAll(List<Block> blocks, ParameterStore parameterStore, NDArray x,
            NDArray quality, boolean training, PairList<String, Object> params) {
        NDArray out = x;
        for (Block block : blocks) {
            out = apply(block, parameterStore, new NDList(out, quality), training, params);
        }
        return out;
    }

    private static Block conv(int filters, int stride) {
        return new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                .optStride(new Shape(stride, stride)).setFilters(filters));
    }
}
