package io.crbench.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A {@link Conv2d} that computes whole blocks of {@value #BLOCK} input and output channels: a layer
 * from, say, 10 channels to 3 runs as a convolution from 16 to 8, the extra input channels, weights
 * and biases zero, and returns the first 3 output channels. Its parameters, their shapes and its
 * output are those of the plain layer, up to the rounding of another summation order.
 *
 * <p>Why: oneDNN (under crbench's SSE4.1 cap) runs a convolution whose input or output channels are
 * not a multiple of 8 through its GEMM implementation, whose forward pass splits the sum over input
 * channels into blocks sized by the per-core L2 cache that the processor's CPUID reports. Where a VM
 * reports no cache sizes (CPUID leaf 0x8000001D left empty, as on the Firecracker machines), that
 * split differs and so do the outputs, e.g. of a restorer's last layer to 3 RGB channels, and every
 * network trained through it. With whole blocks oneDNN runs its direct SSE4.1 kernels, whose sums do
 * not depend on the caches (measured under emulated processors: README, "Numerics"). Grouped
 * convolutions are left as they are.
 */
public class AlignedConv2d extends Conv2d {
    /** The output-channel block of oneDNN's SSE4.1 direct convolution. */
    public static final int BLOCK = 8;

    /**
     * The layer the builder describes; its kernel shape and filters must be set.
     */
    public AlignedConv2d(Conv2d.Builder builder) {
        super(builder);
        if (kernelShape == null || filters <= 0) {
            throw new IllegalArgumentException("a convolution needs its kernel shape and a positive number of filters, got "
                    + kernelShape + " and " + filters);
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray input = inputs.singletonOrThrow();
        int missingOut = Math.floorMod(-filters, BLOCK);
        int missingIn = (int) Math.floorMod(-input.getShape().get(1), (long) BLOCK);
        if (missingOut == 0 && missingIn == 0 || groups != 1) {
            return super.forwardInternal(parameterStore, inputs, training, params);
        }
        NDManager manager = input.getManager();
        NDArray w = parameterStore.getValue(weight, input.getDevice(), training);
        NDArray b = includeBias ? parameterStore.getValue(bias, input.getDevice(), training) : null;
        NDArray x = withZeros(manager, input, 1, missingIn);
        NDArray paddedWeight = withZeros(manager, withZeros(manager, w, 1, missingIn), 0, missingOut);
        NDArray paddedBias = b == null ? null : withZeros(manager, b, 0, missingOut);
        NDArray out = Conv2d.conv2d(x, paddedWeight, paddedBias, stride, padding, dilation, groups).singletonOrThrow();
        return new NDList(missingOut == 0 ? out : out.get(":, 0:" + filters));
    }

    /** {@code array} followed along {@code axis} by {@code count} zero slices (itself where none). */
    private static NDArray withZeros(NDManager manager, NDArray array, int axis, int count) {
        if (count == 0) {
            return array;
        }
        long[] shape = array.getShape().getShape().clone(); // getShape() hands out the array the Shape keeps
        shape[axis] = count;
        return array.concat(manager.zeros(new Shape(shape), array.getDataType()), axis);
    }
}
