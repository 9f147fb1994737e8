package io.crbench.baselines.classifiers;

import io.crbench.datasets.Datasets;
import io.crbench.model.ClassifierSpec;
import io.crbench.model.DequantizedMobileNetV2;
import io.crbench.model.InputNormalization;

/**
 * The pretrained classifiers this machine has (from the data set mirror, verified by SHA-256).
 * Both are int8 MobileNetV2s standing in for the papers' ResNet-50 / RepVGG-A2 / EfficientNet-B0;
 * every result row names the model, so the substitution is always visible.
 */
public final class PretrainedClassifiers {
    /** CIFAR-10 training statistics; 88.63 % top-1 on CIFAR-10-test with them (data set manifest). */
    public static final InputNormalization CIFAR10 = new InputNormalization(
            new double[] {0.4914, 0.4822, 0.4465}, new double[] {0.2470, 0.2435, 0.2616});

    private PretrainedClassifiers() {
    }

    /**
     * ONNX Model Zoo MobileNetV2-1.0 int8 (opset 12): input {@code input} [N,3,224,224] RGB with
     * ImageNet mean/std, output 1000 logits in sorted-synset order.
     */
    public static ClassifierSpec mobileNetV2ImageNetInt8() {
        return new ClassifierSpec(Datasets.MOBILENETV2_12_INT8,
                Datasets.locate(Datasets.MOBILENETV2_12_INT8).path("mobilenetv2-12-int8.onnx"),
                ClassifierSpec.ONNX_RUNTIME, "input", 224, InputNormalization.IMAGENET, 32, 1000);
    }

    /**
     * A MobileNetV2-style CIFAR-10 model, int8 (provenance undocumented, see the manifest): input
     * {@code input.1} [1,3,32,32], batch fixed at 1, 10 logits in CIFAR class order.
     */
    public static ClassifierSpec mobileNetV2Cifar10Int8() {
        return new ClassifierSpec(Datasets.MBV2_CIFAR10_INT8,
                Datasets.locate(Datasets.MBV2_CIFAR10_INT8).path("mbv2_cifar10_int8.onnx"),
                ClassifierSpec.ONNX_RUNTIME, "input.1", 32, CIFAR10, 1, 10);
    }

    /**
     * The same ImageNet MobileNetV2 with its int8 weights dequantised into a float, differentiable
     * network on DJL's PyTorch engine: the frozen backbone of the task-driven methods, standing in
     * for seed 000's EfficientNet-B0 and seed 002's ResNet-50 / RepVGG-A2.
     */
    public static DequantizedMobileNetV2 mobileNetV2ImageNetBackbone() {
        return DequantizedMobileNetV2.load(
                Datasets.locate(Datasets.MOBILENETV2_12_INT8).path("mobilenetv2-12-int8.onnx"));
    }
}
