package io.crbench.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multiply-accumulates of one forward pass of a convolutional ONNX graph, counted for its
 * convolutions ({@code Conv}, {@code QLinearConv}) and matrix products ({@code MatMul},
 * {@code QLinearMatMul}, {@code Gemm}): the convention under which ResNet-50 has 4.1 G "FLOPs"
 * and MobileNetV2 about 0.3 G. Spatial sizes are propagated from the input: convolutions and
 * pools change them, global pools make them 1×1, and any other operator keeps its first input's.
 * Element-wise work (adds, activations, quantisation) is not counted.
 */
public final class OnnxMacs {
    private OnnxMacs() {
    }

    /** Multiply-accumulates for one image of {@code height}×{@code width} pixels. */
    public static long count(OnnxModelFile model, int height, int width) {
        Map<String, int[]> spatial = new HashMap<>();
        for (String input : model.inputNames()) {
            spatial.put(input, new int[] {height, width});
        }
        long macs = 0;
        for (OnnxNode node : model.nodes()) {
            int[] in = node.inputs().isEmpty() ? null : spatial.get(node.inputs().get(0));
            int[] out = in;
            switch (node.opType()) {
                case "Conv", "QLinearConv" -> {
                    OnnxTensor w = weight(model, node, node.opType().equals("Conv") ? 1 : 3);
                    long[] d = w.dims();
                    out = convolved(node, requireKnown(in, node), (int) d[2], (int) d[3]);
                    macs += d[0] * d[1] * d[2] * d[3] * out[0] * out[1];
                }
                case "MatMul", "QLinearMatMul", "Gemm" -> {
                    OnnxTensor b = weight(model, node, node.opType().equals("QLinearMatMul") ? 3 : 1);
                    macs += b.elementCount();
                    out = new int[] {1, 1};
                }
                case "MaxPool", "AveragePool", "QLinearAveragePool" -> {
                    long[] kernel = ints(node, "kernel_shape", new long[] {1, 1});
                    out = convolved(node, requireKnown(in, node), (int) kernel[0], (int) kernel[1]);
                }
                case "GlobalAveragePool", "QLinearGlobalAveragePool", "GlobalMaxPool" -> out = new int[] {1, 1};
                default -> {
                }
            }
            for (String o : node.outputs()) {
                if (out != null) {
                    spatial.put(o, out);
                }
            }
        }
        return macs;
    }

    private static int[] convolved(OnnxNode node, int[] in, int kh, int kw) {
        long[] strides = ints(node, "strides", new long[] {1, 1});
        long[] pads = ints(node, "pads", new long[] {0, 0, 0, 0});
        long[] dilations = ints(node, "dilations", new long[] {1, 1});
        int h = (int) ((in[0] + pads[0] + pads[2] - dilations[0] * (kh - 1) - 1) / strides[0] + 1);
        int w = (int) ((in[1] + pads[1] + pads[3] - dilations[1] * (kw - 1) - 1) / strides[1] + 1);
        return new int[] {h, w};
    }

    private static long[] ints(OnnxNode node, String name, long[] fallback) {
        return node.attribute(name).map(a -> a.ints().stream().mapToLong(Long::longValue).toArray())
                .filter(v -> v.length > 0).orElse(fallback);
    }

    private static OnnxTensor weight(OnnxModelFile model, OnnxNode node, int index) {
        List<String> inputs = node.inputs();
        if (inputs.size() <= index) {
            throw new IllegalArgumentException(node.opType() + " node '" + node.name() + "' has no input " + index);
        }
        return model.initializer(inputs.get(index)).orElseThrow(() -> new IllegalArgumentException(node.opType()
                + " node '" + node.name() + "': weight '" + inputs.get(index) + "' is not an initializer, so its"
                + " MACs cannot be counted statically"));
    }

    private static int[] requireKnown(int[] in, OnnxNode node) {
        if (in == null) {
            throw new IllegalArgumentException("spatial size of the input of " + node.opType() + " node '" + node.name()
                    + "' is unknown; the graph is not a plain convolutional chain");
        }
        return in;
    }
}
