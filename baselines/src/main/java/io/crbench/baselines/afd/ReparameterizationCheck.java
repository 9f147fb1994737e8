package io.crbench.baselines.afd;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.crbench.baselines.classifiers.PretrainedClassifiers;
import io.crbench.experiment.LatencyMeasurement;
import io.crbench.experiment.LatencyProbe;
import io.crbench.image.Image8;
import io.crbench.model.FeatureBackbone;
import io.crbench.model.TorchThreads;
import io.crbench.nn.BlockParameters;
import io.crbench.numerics.PyTorchEngine;
import io.crbench.restore.ImageTensors;
import io.crbench.train.TrainedModel;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * A trained AFD-Module before and after structural re-parameterisation (seed 002 §III-C, Table
 * VII): parameters, multiply-accumulates per 224×224 image, CPU latency of the module alone at
 * batch 1 on one thread ({@link TorchThreads}), and how far the two forms' outputs (enhanced features, and the backbone's logits from
 * them) differ on real images.
 *
 * @param trainingParams parameters of the multi-branch module
 * @param deployedParams parameters of the re-parameterised module
 * @param trainingMacs multiply-accumulates of the multi-branch module for one 224×224 image
 * @param deployedMacs the same for the re-parameterised module
 * @param trainingLatency per-image latency of the multi-branch module
 * @param deployedLatency per-image latency of the re-parameterised module
 * @param maxFeatureDifference largest |training − deployed| over every enhanced feature value
 * @param maxLogitDifference largest |training − deployed| over every logit
 * @param images number of real images the differences were taken on
 */
public record ReparameterizationCheck(long trainingParams, long deployedParams, long trainingMacs, long deployedMacs,
        LatencyMeasurement trainingLatency, LatencyMeasurement deployedLatency, float maxFeatureDifference,
        float maxLogitDifference, int images) {

    /**
     * Measures the trained module of {@code trained} (an {@link AfdOnBackbone} model) on
     * {@code images} (224×224, e.g. compressed sample images); latency on the first image, after
     * {@code warmup} untimed calls, over {@code repetitions} timed ones.
     */
    public static ReparameterizationCheck of(String id, TrainedModel trained, List<Image8> images, int warmup,
            int repetitions) {
        return TorchThreads.singleThreaded(() -> measure(id, trained, images, warmup, repetitions));
    }

    private static ReparameterizationCheck measure(String id, TrainedModel trained, List<Image8> images, int warmup,
            int repetitions) {
        AfdModule training = ((AfdOnBackbone) trained.model().getBlock()).module();
        int stage = training.config().stage();
        int size = AfdMethod.IMAGE_SIZE;
        try (DeployedAfd deployed = DeployedAfd.of(id, trained, size);
                FeatureBackbone backbone = PretrainedClassifiers.mobileNetV2ImageNetBackbone();
                NDManager manager = PyTorchEngine.newManager()) {
            // Trained weights need no gradients any more; without them inference keeps no autograd graph.
            training.freezeParameters(true);
            ParameterStore store = new ParameterStore(manager, false);
            NDArray rgb = manager.create(chw(images), new Shape(images.size(), 3, size, size));
            NDArray features = backbone.features(rgb, stage);
            NDArray a = training.forward(store, new NDList(rgb, features), false).singletonOrThrow();
            NDArray b = deployed.enhance(rgb, features);
            float featureDiff = a.sub(b).abs().max().getFloat();
            float logitDiff = backbone.logitsFrom(a, stage).sub(backbone.logitsFrom(b, stage)).abs().max().getFloat();

            NDArray oneRgb = rgb.get("0:1");
            NDArray oneFeatures = features.get("0:1");
            LatencyMeasurement trainingTime = LatencyProbe.measure(id + " (multi-branch)", 1,
                    () -> once(oneRgb, oneFeatures, (x, y) -> training.forward(store, new NDList(x, y), false)
                            .singletonOrThrow()), warmup, repetitions);
            LatencyMeasurement deployedTime = LatencyProbe.measure(id + " (re-parameterised)", 1,
                    () -> once(oneRgb, oneFeatures, deployed::enhance), warmup, repetitions);
            Shape f = features.getShape();
            return new ReparameterizationCheck(BlockParameters.count(training),
                    BlockParameters.count(deployed.module()), training.macs(size, size, f.get(2), f.get(3)),
                    deployed.module().macs(size, size, f.get(2), f.get(3)), trainingTime, deployedTime, featureDiff,
                    logitDiff, images.size());
        }
    }

    /**
     * One forward pass on copies of the inputs in a scope of their own: every array the pass makes
     * belongs to that scope and is freed at once, so repetitions do not pile up memory.
     */
    private static void once(NDArray rgb, NDArray features, BinaryOperator<NDArray> forward) {
        try (NDManager scope = rgb.getManager().newSubManager()) {
            NDArray x = rgb.duplicate();
            x.attach(scope);
            NDArray y = features.duplicate();
            y.attach(scope);
            forward.apply(x, y).toFloatArray();
        }
    }

    private static float[] chw(List<Image8> images) {
        int plane = 3 * AfdMethod.IMAGE_SIZE * AfdMethod.IMAGE_SIZE;
        float[] out = new float[images.size() * plane];
        for (int i = 0; i < images.size(); i++) {
            ImageTensors.writeChw(images.get(i).toRgb(), out, i * plane);
        }
        return out;
    }
}
