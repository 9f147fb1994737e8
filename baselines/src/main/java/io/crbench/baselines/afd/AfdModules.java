package io.crbench.baselines.afd;

import io.crbench.baselines.classifiers.PretrainedClassifiers;
import io.crbench.baselines.restorers.CleanTrainingImages;
import io.crbench.experiment.Scale;
import io.crbench.model.BackboneClassifier;
import io.crbench.model.Classifier;
import io.crbench.model.FeatureBackbone;
import io.crbench.model.TorchThreads;
import io.crbench.train.TrainedModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The AFD-Module variants on the dequantised MobileNetV2 (standing in for seed 002's ResNet-50 /
 * RepVGG-A2), trained on CBSD68 (or loaded from the checkpoint cache) on first use and shared by
 * every suite of the JVM, so each variant is trained at most once per run, on one PyTorch thread
 * ({@link TorchThreads}). The training-form
 * models and the backbone they train against stay open until the JVM exits; each classifier gets
 * its own backbone and deployed module and closes them.
 */
public final class AfdModules {
    /** Images per forward pass of the classifiers. */
    public static final int BATCH = 25;

    private static final Map<String, TrainedModel> TRAINED = new ConcurrentHashMap<>();
    private static FeatureBackbone trainingBackbone;

    private AfdModules() {
    }

    /**
     * The trained training-form module of {@code config} at {@code scale}. Training is serialised:
     * the engine's seed and gradient bookkeeping are global.
     */
    public static synchronized TrainedModel trained(AfdConfig config, Scale scale) {
        String key = AfdMethod.id(config, scale);
        TrainedModel model = TRAINED.get(key);
        if (model == null) {
            if (trainingBackbone == null) {
                trainingBackbone = PretrainedClassifiers.mobileNetV2ImageNetBackbone();
            }
            FeatureBackbone backbone = trainingBackbone;
            model = TorchThreads.singleThreaded(() -> AfdMethod.loadOrTrain(config, scale, backbone,
                    CleanTrainingImages.cbsd68()));
            TRAINED.put(key, model);
        }
        return model;
    }

    /** The backbone with the deployed module of {@code config} at its stage: "+AFD". */
    public static Classifier classifier(AfdConfig config, Scale scale) {
        DeployedAfd module = DeployedAfd.of(AfdMethod.id(config, scale), trained(config, scale), AfdMethod.IMAGE_SIZE);
        return new BackboneClassifier(PretrainedClassifiers.mobileNetV2ImageNetBackbone(), module, AfdMethod.IMAGE_SIZE,
                BATCH);
    }

    /** The backbone alone: seed 002's "DirectTest". */
    public static Classifier directTest() {
        return new BackboneClassifier(PretrainedClassifiers.mobileNetV2ImageNetBackbone(), AfdMethod.IMAGE_SIZE, BATCH);
    }
}
