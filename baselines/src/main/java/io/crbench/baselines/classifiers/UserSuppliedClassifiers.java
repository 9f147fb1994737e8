package io.crbench.baselines.classifiers;

import io.crbench.model.ClassifierSpec;
import io.crbench.model.InputNormalization;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The papers' ImageNet classifiers this machine does not have (ResNet-50, RepVGG-A2,
 * EfficientNet-B0), loaded from files a user supplies, e.g. exported on a GPU box:
 * {@code -Dcrbench.model.resnet50=/models/resnet50.onnx} (ONNX, or TorchScript with a {@code .pt}
 * suffix). The model must take [N,3,224,224] RGB normalised with ImageNet mean/std and return
 * 1000 logits in sorted-synset order (torchvision's convention); the input tensor name defaults to
 * {@code input} and can be set with {@code -Dcrbench.model.resnet50.input=NAME}.
 */
public final class UserSuppliedClassifiers {
    /** The paper models suites look for, by property key. */
    public static final String RESNET50 = "resnet50";
    public static final String REPVGG_A2 = "repvgg-a2";
    public static final String EFFICIENTNET_B0 = "efficientnet-b0";

    private UserSuppliedClassifiers() {
    }

    /** The system property naming the model file for {@code key}. */
    public static String property(String key) {
        return "crbench.model." + key;
    }

    /** The user's ImageNet classifier for {@code key}, if its property names a file. */
    public static Optional<ClassifierSpec> imageNet(String key) {
        String file = System.getProperty(property(key), "");
        if (file.isBlank()) {
            return Optional.empty();
        }
        String engine = file.endsWith(".pt") ? ClassifierSpec.PYTORCH : ClassifierSpec.ONNX_RUNTIME;
        String input = System.getProperty(property(key) + ".input", "input");
        return Optional.of(new ClassifierSpec(key, Path.of(file), engine, input, 224, InputNormalization.IMAGENET,
                32, 1000));
    }
}
