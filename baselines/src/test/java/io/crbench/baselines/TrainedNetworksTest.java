package io.crbench.baselines;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import io.crbench.baselines.afd.AfdConfig;
import io.crbench.baselines.afd.AfdModule;
import io.crbench.baselines.afd.GuidanceInput;
import io.crbench.baselines.classifiers.AuthorsCifarResNet;
import io.crbench.baselines.classifiers.ClassifierArchitecture;
import io.crbench.baselines.ensemble.EnsembleWeightNet;
import io.crbench.baselines.ensemble.LevelEstimationNet;
import io.crbench.baselines.joint.SwinIr;
import io.crbench.baselines.joint.SwinIrConfig;
import io.crbench.baselines.restorers.Arcnn;
import io.crbench.baselines.restorers.DilatedRestorationNet;
import io.crbench.baselines.restorers.Dncnn;
import io.crbench.baselines.restorers.QualityAwareCascadeMethod;
import io.crbench.baselines.restorers.UNetCarMethod;
import io.crbench.experiment.Scale;
import io.crbench.nn.TrainingPasses;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every network crbench trains, at the size its tests use: training passes leave no array on the
 * manager of its parameters, so a long run's memory stays flat (a leak there grows by one set of
 * derived arrays per step until the model closes).
 */
class TrainedNetworksTest {
    private static final Shape RGB = new Shape(2, 3, 32, 32);

    static Stream<Arguments> networks() {
        return Stream.of(
                network("AR-CNN", () -> Arcnn.block(Scale.CI), RGB),
                network("DnCNN", () -> Dncnn.block(Scale.CI), RGB),
                network("DnCNN 6x24 (replication)", () -> Dncnn.block(6, 24), RGB),
                network("U-Net CAR", () -> UNetCarMethod.block(Scale.CI), RGB),
                network("SwinIR", () -> new SwinIr(new SwinIrConfig(8, 2, 2, 2, 4, 2)), new Shape(1, 3, 8, 8)),
                network("quality-aware cascade", () -> QualityAwareCascadeMethod.block(Scale.CI), RGB),
                network("dilated restoration net", () -> DilatedRestorationNet.block(Scale.CI), RGB),
                network("AFD module, DCT guidance", () -> new AfdModule(new AfdConfig(1, GuidanceInput.DCT, 16, 8), 16, 2),
                        new Shape(2, 3, 32, 32), new Shape(2, 16, 16, 16)),
                network("AFD module, no guidance", () -> new AfdModule(new AfdConfig(1, GuidanceInput.NONE, 16, 8), 16, 2),
                        new Shape(2, 3, 32, 32), new Shape(2, 16, 16, 16)),
                network("VGG-like", () -> ClassifierArchitecture.VGG_LIKE.block(Scale.CI, 10), RGB),
                network("small ResNet", () -> ClassifierArchitecture.SMALL_RESNET.block(Scale.CI, 10), RGB),
                network("ResNet-20 (authors' architecture)", () -> AuthorsCifarResNet.block(20), RGB),
                network("level estimator", () -> LevelEstimationNet.block(Scale.CI), new Shape(2, 3, 28, 28)),
                network("ensemble weights", EnsembleWeightNet::block, new Shape(3, 1)));
    }

    private static Arguments network(String name, Supplier<Block> network, Shape... inputShapes) {
        return arguments(name, network, inputShapes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void trainingPassesLeaveNothingOnTheParametersManager(String name, Supplier<Block> network, Shape[] inputShapes) {
        TrainingPasses.assertLeaveNothingOnTheParametersManager(network.get(), inputShapes);
    }
}
