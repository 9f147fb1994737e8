package io.crbench.model;

import io.crbench.numerics.NumericEnvironment;
import io.crbench.numerics.PyTorchEngine;
import java.nio.file.Path;

/**
 * Everything needed to load a pretrained classifier: where the model file is, which DJL engine
 * runs it, and its input contract.
 *
 * @param id stable id for results
 * @param modelFile ONNX or TorchScript file
 * @param engine DJL engine name: {@code OnnxRuntime} or {@code PyTorch}
 * @param inputName the model's input tensor name (ONNX), e.g. {@code input}
 * @param inputSize square input side in pixels
 * @param normalization pixel normalisation
 * @param maxBatch largest batch the model accepts (1 for models exported with a fixed batch)
 * @param numClasses number of output classes
 */
public record ClassifierSpec(String id, Path modelFile, String engine, String inputName, int inputSize,
        InputNormalization normalization, int maxBatch, int numClasses) {
    /** DJL's name of the ONNX Runtime engine. */
    public static final String ONNX_RUNTIME = NumericEnvironment.ONNX_RUNTIME;
    /** DJL's name of the PyTorch engine (TorchScript files). */
    public static final String PYTORCH = PyTorchEngine.NAME;

    public ClassifierSpec {
        if (inputSize <= 0 || maxBatch <= 0 || numClasses <= 1) {
            throw new IllegalArgumentException("classifier " + id + ": input size, batch and class count must be"
                    + " positive (got " + inputSize + ", " + maxBatch + ", " + numClasses + ")");
        }
    }
}
