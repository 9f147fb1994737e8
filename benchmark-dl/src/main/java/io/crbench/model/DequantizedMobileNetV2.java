package io.crbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.crbench.numerics.PyTorchEngine;
import java.nio.file.Path;
import java.util.List;

/**
 * The ONNX Model Zoo's int8 MobileNetV2-1.0 ({@code mobilenetv2-12-int8}) as a frozen,
 * differentiable float network on DJL's PyTorch engine: its int8 weights dequantised (see
 * {@link DequantizedGraph}), ImageNet normalisation applied inside.
 *
 * <p>Stages follow torchvision's {@code features} blocks, cut where a block's output is the only
 * live tensor: 1 = 16 channels at stride 2 (stem and the first inverted residual), 2 = 24 at 4,
 * 3 = 32 at 8, 4 = 96 at 16, 5 = 320 at 32; the rest (1×1 conv to 1,280, pooling, classifier) is
 * the head. Each boundary is the last tensor of the graph with that channel count, which for
 * MobileNetV2 is the block output (expansion layers have 6× the channels).
 */
public final class DequantizedMobileNetV2 implements FeatureBackbone {
    private static final long[] STAGE_CHANNELS = {16, 24, 32, 96, 320};
    private static final int[] STAGE_STRIDES = {2, 4, 8, 16, 32};

    private final String id;
    private final NDManager manager;
    private final DequantizedGraph graph;
    private final List<String> boundaries;
    private final String output;
    private final NDArray mean;
    private final NDArray std;

    private DequantizedMobileNetV2(String id, NDManager manager, DequantizedGraph graph, List<String> boundaries,
            String output) {
        this.id = id;
        this.manager = manager;
        this.graph = graph;
        this.boundaries = boundaries;
        this.output = output;
        double[] m = InputNormalization.IMAGENET.mean();
        double[] s = InputNormalization.IMAGENET.std();
        this.mean = manager.create(new float[] {(float) m[0], (float) m[1], (float) m[2]}).reshape(1, 3, 1, 1);
        this.std = manager.create(new float[] {(float) s[0], (float) s[1], (float) s[2]}).reshape(1, 3, 1, 1);
    }

    /**
     * Reads and dequantises {@code onnxFile} (the mirror's {@code mobilenetv2-12-int8.onnx}).
     *
     * @throws ModelLoadException if the file is unreadable, has an op that cannot be dequantised,
     *     or does not have MobileNetV2's stage structure
     */
    public static DequantizedMobileNetV2 load(Path onnxFile) {
        OnnxModelFile model = OnnxModelFile.read(onnxFile);
        // Offline: the engine's natives come from the Maven dependencies.
        System.setProperty("ai.djl.offline", "true");
        NDManager manager = PyTorchEngine.newManager();
        try {
            DequantizedGraph graph = DequantizedGraph.of(model, manager);
            List<String> names = graph.tensorNames();
            String[] boundaries = new String[STAGE_CHANNELS.length];
            for (int s = 0; s < STAGE_CHANNELS.length; s++) {
                for (String name : names) {
                    if (graph.channels(name) == STAGE_CHANNELS[s]) {
                        boundaries[s] = name;
                    }
                }
                if (boundaries[s] == null) {
                    throw new ModelLoadException(onnxFile + ": no tensor with " + STAGE_CHANNELS[s]
                            + " channels, so it is not MobileNetV2-1.0");
                }
            }
            String id = fileStem(onnxFile) + "-dequantized";
            return new DequantizedMobileNetV2(id, manager, graph, List.of(boundaries), model.outputNames().get(0));
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    private static String fileStem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".onnx") ? name.substring(0, name.length() - 5) : name;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int numClasses() {
        return 1000;
    }

    @Override
    public int stageCount() {
        return boundaries.size();
    }

    @Override
    public int channels(int stage) {
        checkStage(stage);
        return stage == 0 ? 3 : (int) STAGE_CHANNELS[stage - 1];
    }

    @Override
    public int stride(int stage) {
        checkStage(stage);
        return stage == 0 ? 1 : STAGE_STRIDES[stage - 1];
    }

    @Override
    public NDArray features(NDArray rgb, int stage) {
        checkStage(stage);
        NDArray normalised = rgb.sub(mean).div(std);
        return stage == 0 ? normalised : graph.run(normalised, graph.inputName(), boundaries.get(stage - 1));
    }

    @Override
    public NDArray logitsFrom(NDArray features, int stage) {
        checkStage(stage);
        String from = stage == 0 ? graph.inputName() : boundaries.get(stage - 1);
        return graph.run(features, from, output);
    }

    private void checkStage(int stage) {
        if (stage < 0 || stage > boundaries.size()) {
            throw new IllegalArgumentException(id + " has stages 0.." + boundaries.size() + ", got " + stage);
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
