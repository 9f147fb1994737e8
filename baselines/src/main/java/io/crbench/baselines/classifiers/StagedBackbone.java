package io.crbench.baselines.classifiers;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import io.crbench.model.FeatureBackbone;
import java.util.List;

/**
 * A frozen {@link FeatureBackbone} made of a model's consecutive stage blocks: block 0 makes stage
 * 0 from the RGB input, block s stage s from stage s − 1, and the last block the logits from the
 * last stage. Every pass runs in inference mode (BatchNorm on its running statistics) and the
 * weights take no gradients; the arrays passed in may.
 */
final class StagedBackbone implements FeatureBackbone {
    private final String id;
    private final Model model;
    private final List<Block> blocks;
    private final int[] channels;
    private final int[] strides;
    private final int numClasses;
    private final ParameterStore parameters;

    /**
     * @param model owns the blocks' weights; closed with this backbone
     * @param blocks stage 0 .. stage k, then the head: k + 2 blocks
     * @param channels channels of stage 0 .. k
     * @param strides down-sampling of stage 0 .. k
     */
    StagedBackbone(String id, Model model, List<Block> blocks, int[] channels, int[] strides, int numClasses) {
        if (blocks.size() != channels.length + 1 || strides.length != channels.length) {
            throw new IllegalArgumentException(id + ": " + blocks.size() + " blocks for " + channels.length
                    + " stages and a head");
        }
        this.id = id;
        this.model = model;
        this.blocks = List.copyOf(blocks);
        this.channels = channels.clone();
        this.strides = strides.clone();
        this.numClasses = numClasses;
        this.parameters = new ParameterStore(model.getNDManager(), false);
        model.getBlock().freezeParameters(true);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int numClasses() {
        return numClasses;
    }

    @Override
    public int stageCount() {
        return channels.length - 1;
    }

    @Override
    public int channels(int stage) {
        return channels[checked(stage)];
    }

    @Override
    public int stride(int stage) {
        return strides[checked(stage)];
    }

    @Override
    public NDArray features(NDArray rgb, int stage) {
        return run(rgb, 0, checked(stage));
    }

    @Override
    public NDArray logitsFrom(NDArray features, int stage) {
        return run(features, checked(stage) + 1, blocks.size() - 1);
    }

    /** Blocks {@code from..to} applied in order. */
    private NDArray run(NDArray x, int from, int to) {
        NDArray out = x;
        for (int b = from; b <= to; b++) {
            out = blocks.get(b).forward(parameters, new NDList(out), false).singletonOrThrow();
        }
        return out;
    }

    private int checked(int stage) {
        if (stage < 0 || stage > stageCount()) {
            throw new IllegalArgumentException(id + " has stages 0.." + stageCount() + ", not " + stage);
        }
        return stage;
    }

    @Override
    public void close() {
        model.close();
    }
}
