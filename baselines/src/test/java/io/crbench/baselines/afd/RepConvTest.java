package io.crbench.baselines.afd;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.crbench.nn.BlockParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link RepConv} and its re-parameterised form {@link FusedRepConv} (seed 002 §III-C). */
class RepConvTest {
    private static final Shape INPUT = new Shape(2, 12, 9, 11);
    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager("PyTorch");
        manager.getEngine().setRandomSeed(7);
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void theFusedConvolutionComputesWhatTheThreeBranchesCompute() {
        RepConv block = new RepConv(16);
        block.initialize(manager, DataType.FLOAT32, INPUT);
        FusedRepConv fused = FusedRepConv.of(block, manager, INPUT);
        NDArray x = manager.randomNormal(INPUT);
        ParameterStore store = new ParameterStore(manager, false);

        NDArray branches = block.forward(store, new NDList(x), false).singletonOrThrow();
        NDArray single = fused.forward(store, new NDList(x), false).singletonOrThrow();

        float maxDiff = branches.sub(single).abs().max().getFloat();
        System.out.printf("RepConv(12→16): max |multi-branch − fused| = %.3g%n", maxDiff);
        assertThat(single.getShape()).isEqualTo(new Shape(2, 16, 9, 11));
        assertThat(maxDiff).isLessThanOrEqualTo(1e-5f);
        assertThat(branches.max().getFloat()).as("not a trivially zero output").isGreaterThan(0.1f);
    }

    @Test
    void theFusedFormHasFewerParametersAndMultiplyAccumulates() {
        RepConv block = new RepConv(16);
        block.initialize(manager, DataType.FLOAT32, INPUT);
        FusedRepConv fused = FusedRepConv.of(block, manager, INPUT);

        // Training form: 1x1 (12→16, no bias), 3x3 (16→16), 3x3 (12→16), 1x1 (16→16), 1x1 (12→16).
        long trainingWeights = 12 * 16 + 9 * 16 * 16 + 9 * 12 * 16 + 16 * 16 + 12 * 16;
        assertThat(BlockParameters.count(block)).isEqualTo(trainingWeights + 4 * 16);
        assertThat(block.macsPerPixel()).isEqualTo(trainingWeights);
        assertThat(BlockParameters.count(fused)).isEqualTo(9 * 12 * 16 + 16);
        assertThat(fused.macsPerPixel()).isEqualTo(9 * 12 * 16);
    }
}
