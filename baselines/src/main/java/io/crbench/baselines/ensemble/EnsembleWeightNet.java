package io.crbench.baselines.ensemble;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;

/**
 * Seed 003's estimation network of ensemble weights (§3.1): the estimated degradation level in
 * (shape [N, 1]), two weights out (shape [N, 2]), each in [0, 1] and summing to one, a softmax.
 * Weight 0 goes to the classifier trained on clean images, weight 1 to the one trained on
 * restored images; both see the restored image. A small perceptron (ours; the paper gives no
 * size): one hidden layer of {@code hidden} ReLU units.
 */
public final class EnsembleWeightNet {
    /** Hidden units at every scale: the input is one number. */
    public static final int HIDDEN = 16;

    private EnsembleWeightNet() {
    }

    /** The network. */
    public static Block block() {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(HIDDEN).build())
                .add(Activation::relu)
                .add(Linear.builder().setUnits(2).build())
                .add(new LambdaBlock(x -> new NDList(x.singletonOrThrow().softmax(1)), "softmax"));
    }
}
