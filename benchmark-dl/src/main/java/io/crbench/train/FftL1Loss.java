package io.crbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;

/**
 * Frequency-domain L1 (seed 004's "FFT loss"): the 2-D discrete Fourier transform of prediction
 * and label over their last two axes (H, W of NCHW), and the mean absolute difference of the real
 * and imaginary parts, i.e. {@code mean |Re ΔF|, |Im ΔF|} over 2·N·C·H·W values. Real and
 * imaginary parts rather than magnitudes, because the magnitude drops the phase that carries
 * block-edge positions; this is the form of MIMO-UNet's frequency loss, which seed 004 does not
 * spell out. The transform is unnormalised ({@code torch.fft.fft2}'s default), so a constant
 * error d on an H×W plane costs |d|·H·W / 2 on its one DC value, averaged over the 2·H·W parts.
 *
 * <p>DJL's PyTorch engine runs {@code NDArray.fft2} as {@code torch.fft.fft2} and
 * {@code NDArray.real()} as {@code torch.view_as_real}; both are differentiable, so this loss
 * trains like any other.
 */
public final class FftL1Loss extends Loss {
    /** FFT-L1 named {@code fft_l1}. */
    public FftL1Loss() {
        super("fft_l1");
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray prediction = predictions.singletonOrThrow();
        NDArray label = labels.singletonOrThrow().reshape(prediction.getShape());
        return spectrum(prediction).sub(spectrum(label)).abs().mean();
    }

    /** Real and imaginary parts of the 2-D DFT over the last two axes, as a trailing axis of 2. */
    private static NDArray spectrum(NDArray x) {
        Shape shape = x.getShape();
        int d = shape.dimension();
        long[] sizes = {shape.get(d - 2), shape.get(d - 1)};
        return x.fft2(sizes, new long[] {-2, -1}).real();
    }
}
