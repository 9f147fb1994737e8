package io.crbench.baselines.restorers;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the network tests: a fresh PyTorch {@link NDManager} per test, closed after it, and the
 * seeded initial weights the determinism tests compare.
 */
public abstract class PyTorchTest {
    /** Arrays of the running test. */
    protected NDManager manager;

    @BeforeEach
    protected void openManager() {
        manager = NDManager.newBaseManager("PyTorch");
    }

    @AfterEach
    protected void closeManager() {
        manager.close();
    }

    /** {@code network} initialised for {@code input} after seeding the engine with {@code seed}. */
    private List<NDArray> seededWeights(int seed, Supplier<Block> network, Shape input) {
        Engine.getEngine("PyTorch").setRandomSeed(seed);
        Block block = network.get();
        block.initialize(manager, DataType.FLOAT32, input);
        List<NDArray> weights = new ArrayList<>();
        for (Parameter p : block.getParameters().values()) {
            weights.add(p.getArray());
        }
        return weights;
    }

    /**
     * Asserts that seeding the engine with {@code seed} gives the same initial weights twice and
     * that {@code seed + 1} gives other ones.
     */
    protected void assertSeededInitialisationIsDeterministic(int seed, Supplier<Block> network, Shape input) {
        List<NDArray> first = seededWeights(seed, network, input);
        List<NDArray> again = seededWeights(seed, network, input);
        List<NDArray> other = seededWeights(seed + 1, network, input);

        assertThat(first).hasSameSizeAs(again);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i).contentEquals(again.get(i))).as("parameter %d", i).isTrue();
        }
        assertThat(first.get(0).contentEquals(other.get(0))).isFalse();
    }
}
