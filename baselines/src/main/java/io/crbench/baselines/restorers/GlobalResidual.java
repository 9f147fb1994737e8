package io.crbench.baselines.restorers;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import java.util.List;

/**
 * Residual learning over a whole network: output = input + body(input), so the body learns the
 * compression artifact (negated) rather than the image, as DnCNN does; or input − body(input), the
 * form of DnCNN's released models.
 */
final class GlobalResidual {
    private GlobalResidual() {
    }

    /** {@code input + body(input)}. */
    static Block around(Block body) {
        return new ParallelBlock(
                branches -> new NDList(branches.get(0).singletonOrThrow().add(branches.get(1).singletonOrThrow())),
                List.of(body, Blocks.identityBlock()));
    }

    /** {@code input − body(input)}: the body predicts the residual, as DnCNN's released models do. */
    static Block subtracted(Block body) {
        return new ParallelBlock(
                branches -> new NDList(branches.get(1).singletonOrThrow().sub(branches.get(0).singletonOrThrow())),
                List.of(body, Blocks.identityBlock()));
    }
}
