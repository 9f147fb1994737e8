package io.crbench.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A {@link Conv2d} whose output channels are computed in whole blocks of {@value #BLOCK}: a layer with,
 * say, 3 filters runs as a convolution with 8, the 5 extra filters and biases zero, and returns the
 * first 3 channels. Its parameters, their shapes and its output are those of the plain layer.
 *
 * <p>Why: oneDNN (under crbench's SSE4.1 cap) runs a convolution whose output channels are not a
 * multiple of 8 through its GEMM implementation, whose forward pass splits the sum over input
 * channels into blocks sized by the per-core L2 cache that the processor's CPUID reports. Where a VM
 * reports no cache sizes (CPUID leaf 0x8000001D left empty, as on the Firecracker machines), that
 * split differs and so do the outputs, e.g. of a restorer's last layer to 3 RGB channels, and every
 * network trained through it. With whole blocks oneDNN runs its direct SSE4.1 kernel, whose sums do
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
        int missing = Math.floorMod(-filters, BLOCK);
        if (missing == 0 || groups != 1) {
            return super.forwardInternal(parameterStore, inputs, training, params);
        }
        NDArray input = inputs.singletonOrThrow();
        NDArray w = parameterStore.getValue(weight, input.getDevice(), training);
        NDArray b = includeBias ? parameterStore.getValue(bias, input.getDevice(), training) : null;
        long[] wShape = w.getShape().getShape().clone(); // getShape() hands out the array the Shape keeps
        wShape[0] = missing;
        NDArray paddedWeight = w.concat(input.getManager().zeros(new Shape(wShape), w.getDataType()), 0);
        NDArray paddedBias = b == null ? null : b.concat(input.getManager().zeros(new Shape(missing), b.getDataType()), 0);
        NDArray out = Conv2d.conv2d(input, paddedWeight, paddedBias, stride, padding, dilation, groups)
                .singletonOrThrow();
        return new NDList(out.get(":, 0:" + filters));
    }
}
