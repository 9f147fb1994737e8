package io.crbench.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Arrays;

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
 *
 * <p>At stride 1, kernels wider than {@value #WIDEST_DIRECT_KERNEL} run through the GEMM
 * implementation whatever the channels (measured for 9×9; the level estimator's 8×8 kernel at stride
 * 8 runs the direct one), so such a layer runs as a sum of 3×3 convolutions over shifted windows of
 * the zero-padded input, one per 3×3 piece of its kernel (AR-CNN's 9×9 layer: nine), added in a fixed
 * order. Its parameters are still the plain layer's. This needs dilation 1 and kernel sides divisible
 * by 3, which the constructor checks.
 */
public class AlignedConv2d extends Conv2d {
    /** The output-channel block of oneDNN's SSE4.1 direct convolution. */
    public static final int BLOCK = 8;
    /** The widest kernel side oneDNN runs with its SSE4.1 direct convolution at stride 1 (measured: 7 yes, 9 no). */
    public static final int WIDEST_DIRECT_KERNEL = 7;
    /** The side of the pieces a wider kernel is computed in. */
    private static final int PIECE = 3;

    /** Whether this layer runs as 3×3 pieces: fixed by its kernel, stride and groups. */
    private final boolean runsInPieces;

    /**
     * The layer the builder describes; its kernel shape and filters must be set.
     */
    public AlignedConv2d(Conv2d.Builder builder) {
        super(builder);
        if (kernelShape == null || filters <= 0) {
            throw new IllegalArgumentException("a convolution needs its kernel shape and a positive number of filters, got "
                    + kernelShape + " and " + filters);
        }
        boolean wide = kernelShape.get(0) > WIDEST_DIRECT_KERNEL || kernelShape.get(1) > WIDEST_DIRECT_KERNEL;
        runsInPieces = wide && groups == 1 && isOnes(stride);
        if (runsInPieces) {
            boolean divisible = kernelShape.get(0) % PIECE == 0 && kernelShape.get(1) % PIECE == 0;
            if (!isOnes(dilation) || !divisible) {
                throw new IllegalArgumentException("a stride-1 kernel wider than " + WIDEST_DIRECT_KERNEL + " runs as " + PIECE
                        + "x" + PIECE + " pieces, which needs dilation 1 and sides divisible by " + PIECE + ", got kernel "
                        + kernelShape + ", dilation " + dilation);
            }
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray input = inputs.singletonOrThrow();
        int missingOut = Math.floorMod(-filters, BLOCK);
        int missingIn = (int) Math.floorMod(-input.getShape().get(1), (long) BLOCK);
        if (groups != 1 || missingOut == 0 && missingIn == 0 && !runsInPieces) {
            return super.forwardInternal(parameterStore, inputs, training, params);
        }
        NDArray w = parameterStore.getValue(weight, input.getDevice(), training);
        NDArray b = includeBias ? parameterStore.getValue(bias, input.getDevice(), training) : null;
        // NDArray.pad takes (before, after) pairs last axis first: zeros after the channels (axis 1)
        // of input and weight and after the filters (axis 0) of weight and bias.
        NDArray x = missingIn == 0 ? input : input.pad(new Shape(0, 0, 0, 0, 0, missingIn), 0);
        NDArray paddedWeight = w.pad(new Shape(0, 0, 0, 0, 0, missingIn, 0, missingOut), 0);
        NDArray paddedBias = b == null ? null : b.pad(new Shape(0, missingOut), 0);
        // By default an array derived from a parameter joins the parameter's manager, which lives as
        // long as the model, and one padded weight per pass would pile up there over a training run;
        // the input's manager is the caller's scope for this pass.
        paddedWeight.attach(input.getManager());
        if (paddedBias != null) {
            paddedBias.attach(input.getManager());
        }
        NDArray out = runsInPieces ? inPieces(x, paddedWeight, paddedBias)
                : Conv2d.conv2d(x, paddedWeight, paddedBias, stride, padding, dilation, groups).singletonOrThrow();
        return new NDList(missingOut == 0 ? out : out.get(":, 0:" + filters));
    }

    /**
     * The stride-1 convolution of {@code x} as the sum of one 3×3 convolution per 3×3 piece of the
     * kernel, each over the window of the zero-padded input that piece sees; the bias is added once.
     */
    private NDArray inPieces(NDArray x, NDArray w, NDArray b) {
        long padH = padding.get(0);
        long padW = padding.get(1);
        NDArray padded = x.pad(new Shape(padW, padW, padH, padH), 0); // last axis first, as NDArray.pad takes it
        long kh = kernelShape.get(0);
        long kw = kernelShape.get(1);
        long outH = padded.getShape().get(2) - kh + 1;
        long outW = padded.getShape().get(3) - kw + 1;
        Shape one = new Shape(1, 1);
        Shape none = new Shape(0, 0);
        NDArray sum = null;
        for (long r = 0; r < kh; r += PIECE) {
            for (long c = 0; c < kw; c += PIECE) {
                NDArray window = padded.get(":, :, " + r + ":" + (r + outH + PIECE - 1) + ", " + c + ":" + (c + outW + PIECE - 1));
                NDArray piece = w.get(":, :, " + r + ":" + (r + PIECE) + ", " + c + ":" + (c + PIECE));
                NDArray part = Conv2d.conv2d(window, piece, sum == null ? b : null, one, none, one, 1).singletonOrThrow();
                sum = sum == null ? part : sum.add(part);
            }
        }
        return sum;
    }

    private static boolean isOnes(Shape shape) {
        return shape == null || Arrays.stream(shape.getShape()).allMatch(d -> d == 1);
    }
}
