package io.crbench.baselines.afd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.crbench.nn.BlockParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link AfdModule}: shapes, and the re-parameterised module against the training form on the
 * same inputs (seed 002 §III-C: equivalent conversion, fewer parameters and operations).
 */
class AfdModuleTest {
    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager("PyTorch");
        manager.getEngine().setRandomSeed(11);
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(GuidanceInput.class)
    void theDeployedModuleEqualsTheTrainingFormWithFewerParametersAndOperations(GuidanceInput guidance) {
        Shape rgbShape = new Shape(2, 3, 48, 64);
        Shape featureShape = new Shape(2, 16, 24, 32);
        AfdModule training = new AfdModule(new AfdConfig(1, guidance, 16, 8), 16, 2);
        training.initialize(manager, DataType.FLOAT32, rgbShape, featureShape);
        // Scale the near-zero output layer up so the residual is of the order of the features (N(0, 1)).
        training.getParameters().forEach(p -> p.getValue().getArray().muli(p.getKey().contains("out") ? 3 : 1));
        AfdModule deployed = training.deployed(manager, rgbShape, featureShape);
        NDList inputs = new NDList(manager.randomUniform(0, 1, rgbShape), manager.randomNormal(featureShape));
        ParameterStore store = new ParameterStore(manager, false);

        NDArray a = training.forward(store, inputs, false).singletonOrThrow();
        NDArray b = deployed.forward(store, inputs, false).singletonOrThrow();

        float maxDiff = a.sub(b).abs().max().getFloat();
        float residual = a.sub(inputs.get(1)).abs().max().getFloat();
        long trainingParams = BlockParameters.count(training);
        long deployedParams = BlockParameters.count(deployed);
        long trainingMacs = training.macs(48, 64, 24, 32);
        long deployedMacs = deployed.macs(48, 64, 24, 32);
        System.out.printf("%s: max diff %.3g (residual up to %.3g); params %,d → %,d; MACs %,d → %,d%n",
                guidance, maxDiff, residual, trainingParams, deployedParams, trainingMacs, deployedMacs);
        assertThat(a.getShape()).isEqualTo(featureShape);
        assertThat(residual).as("the residual branch contributes").isGreaterThan(0.5f);
        assertThat(maxDiff).isLessThanOrEqualTo(1e-5f);
        assertThat(deployedParams).isLessThan(trainingParams);
        assertThat(deployedMacs).isLessThan(trainingMacs);
    }

    @ParameterizedTest(name = "stride {0}")
    @CsvSource({"2, 4", "4, 2", "8, 1"})
    void eachBlockOfTheMapCoversTheFeaturePixelsOfItsBlock(int stride, int repeat) {
        NDArray blockMap = manager.arange(6f).reshape(1, 1, 2, 3);

        NDArray grid = FdeNet.onFeatureGrid(blockMap, stride);

        assertThat(grid.getShape()).isEqualTo(new Shape(1, 1, 2 * repeat, 3 * repeat));
        assertThat(grid.getFloat(0, 0, 2 * repeat - 1, repeat)).isEqualTo(4f);
    }

    @ParameterizedTest(name = "stride 16")
    @CsvSource({"16"})
    void coarserFeaturesAverageTheBlocksTheyCover(int stride) {
        NDArray blockMap = manager.arange(16f).reshape(1, 1, 4, 4);

        NDArray grid = FdeNet.onFeatureGrid(blockMap, stride);

        assertThat(grid.getShape()).isEqualTo(new Shape(1, 1, 2, 2));
        assertThat(grid.getFloat(0, 0, 0, 0)).isEqualTo((0 + 1 + 4 + 5) / 4f);
        assertThatThrownBy(() -> FdeNet.onFeatureGrid(blockMap, 3)).hasMessageContaining("divide 8");
    }
}
