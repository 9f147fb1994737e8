package io.crbench.numerics;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/** One engine operation under test, applied to float32 inputs on the engine. */
@FunctionalInterface
public interface TorchOp {
    /** The operation's output for {@code inputs} (in the order of the case's input shapes). */
    NDArray apply(NDList inputs);
}
