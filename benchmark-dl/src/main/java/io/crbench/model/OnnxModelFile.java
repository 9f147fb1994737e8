package io.crbench.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The structure of an ONNX model file, parsed by protobuf-java against ONNX's schema (see
 * {@link OnnxProtoDecoder}): the main graph's initializers, nodes, and input and output names. It exists to inspect
 * and later dequantise models (QLinearConv weights with their scale and zero-point initializers)
 * without running them; {@link DjlClassifier} runs them. Subgraphs (If/Loop bodies), functions,
 * sparse initializers and external data files are not read; a tensor stored in an external file is
 * an error rather than a silently empty tensor.
 */
public final class OnnxModelFile {
    private final Path file;
    private final List<OnnxTensor> initializers;
    private final List<OnnxNode> nodes;
    private final List<String> inputNames;
    private final List<String> outputNames;

    OnnxModelFile(Path file, List<OnnxTensor> initializers, List<OnnxNode> nodes, List<String> inputNames,
            List<String> outputNames) {
        this.file = file;
        this.initializers = List.copyOf(initializers);
        this.nodes = List.copyOf(nodes);
        this.inputNames = List.copyOf(inputNames);
        this.outputNames = List.copyOf(outputNames);
    }

    /**
     * Reads and decodes {@code file}.
     *
     * @throws ModelLoadException if the file is missing or unreadable, or its content is truncated
     *     or corrupt; the message names the file and what is wrong with it
     */
    public static OnnxModelFile read(Path file) {
        byte[] bytes;
        try {
            // A protobuf message cannot exceed 2 GiB; larger models keep weights in external files.
            if (Files.size(file) > Integer.MAX_VALUE - 8) {
                throw new ModelLoadException("ONNX file " + file + " is larger than 2 GiB, which protobuf cannot encode");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelLoadException("ONNX file not found: " + file, e);
        } catch (IOException e) {
            throw new ModelLoadException("cannot read ONNX file " + file + ": " + e.getMessage(), e);
        }
        return OnnxProtoDecoder.decode(file, bytes);
    }

    /** The file this model was read from. */
    public Path file() {
        return file;
    }

    /** The main graph's initializers (weights and constants), in file order. */
    public List<OnnxTensor> initializers() {
        return initializers;
    }

    /** The initializer called {@code name}, e.g. the scale a QLinearConv input refers to. */
    public Optional<OnnxTensor> initializer(String name) {
        return initializers.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The main graph's nodes, in file (topological) order. */
    public List<OnnxNode> nodes() {
        return nodes;
    }

    /**
     * Names of the graph inputs a caller must feed, in file order. Graph inputs that are also
     * initializers (files before IR version 4 list every weight as an input) are left out.
     */
    public List<String> inputNames() {
        return inputNames;
    }

    /** Names of the graph outputs, in file order. */
    public List<String> outputNames() {
        return outputNames;
    }

    /**
     * Sum of the element counts of all initializers. This counts every stored number, not only
     * learned weights: for a quantised model it includes biases, every scale and zero point, and
     * shape constants. For {@code mobilenetv2-12-int8} it is 3,524,064: 3,469,760 int8 weights
     * (52 QLinearConv kernels and the 1,280×1,000 classifier matrix), 17,056 int32 convolution
     * biases, a 1,000-element uint8 classifier bias, 18,123 float scales (120 tensors), 18,123 zero
     * points (67 uint8 scalars and 53 per-channel int8 tensors holding 18,056) and 2 int64 shape
     * constants.
     */
    public long parameterCount() {
        return initializers.stream().mapToLong(OnnxTensor::elementCount).sum();
    }
}
