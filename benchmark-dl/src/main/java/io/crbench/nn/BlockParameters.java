package io.crbench.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;

/** Counting and copying the parameters of initialised DJL blocks. */
public final class BlockParameters {
    private BlockParameters() {
    }

    /** Number of values in all parameters of {@code block} and its children. */
    public static long count(Block block) {
        long n = 0;
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (!p.getValue().isInitialized()) {
                throw new IllegalStateException("parameter " + p.getKey() + " is not initialised: cannot count it");
            }
            n += p.getValue().getArray().size();
        }
        return n;
    }

    /**
     * Copies every parameter value of {@code from} into {@code to}, which must have the same
     * parameters (names and shapes, in the same order): e.g. the part of a network that
     * re-parameterisation leaves unchanged.
     */
    public static void copy(Block from, Block to) {
        PairList<String, Parameter> source = from.getParameters();
        PairList<String, Parameter> target = to.getParameters();
        if (source.size() != target.size()) {
            throw new IllegalArgumentException("blocks differ: " + source.size() + " parameters vs " + target.size());
        }
        for (int i = 0; i < source.size(); i++) {
            NDArray a = source.valueAt(i).getArray();
            NDArray b = target.valueAt(i).getArray();
            if (!source.keyAt(i).equals(target.keyAt(i)) || !a.getShape().equals(b.getShape())) {
                throw new IllegalArgumentException("blocks differ at parameter " + i + ": " + source.keyAt(i) + " "
                        + a.getShape() + " vs " + target.keyAt(i) + " " + b.getShape());
            }
            b.set(a.toFloatArray());
        }
    }
}
