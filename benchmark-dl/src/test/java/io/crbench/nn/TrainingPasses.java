package io.crbench.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;

/**
 * Test fixture: training passes of a block, each in its own scope, and the check that they leave
 * no array on the manager that holds the block's parameters.
 *
 * <p>A DJL operation's result joins the manager of its first operand, so an array derived from a
 * parameter inside {@code forward} (a padded weight, a gathered bias table) lands on the
 * parameters' manager and stays there, one set per pass, until the model closes.
 */
public final class TrainingPasses {
    private static final int PASSES = 3;

    private TrainingPasses() {
    }

    /**
     * Initialises {@code block} for {@code inputShapes} on a fresh manager, runs three forward and
     * backward passes on uniform inputs in sub-managers that are closed after each pass, and asserts
     * that the parameters' manager holds as many arrays as after initialisation.
     */
    public static void assertLeaveNothingOnTheParametersManager(Block block, Shape... inputShapes) {
        try (NDManager parameters = NDManager.newBaseManager("PyTorch")) {
            parameters.getEngine().setRandomSeed(5);
            block.initialize(parameters, DataType.FLOAT32, inputShapes);
            int before = parameters.getManagedArrays().size();
            for (int pass = 0; pass < PASSES; pass++) {
                try (NDManager batch = parameters.newSubManager();
                        GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                    NDList inputs = new NDList();
                    for (Shape shape : inputShapes) {
                        inputs.add(batch.randomUniform(0, 1, shape));
                    }
                    NDArray loss = batch.zeros(new Shape());
                    for (NDArray output : block.forward(new ParameterStore(batch, false), inputs, true)) {
                        loss = loss.add(output.mean());
                    }
                    collector.backward(loss);
                }
            }
            assertThat(parameters.getManagedArrays()).as("arrays on the parameters' manager of a %s",
                    block.getClass().getSimpleName()).hasSize(before);
        }
    }
}
