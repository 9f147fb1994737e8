package io.crbench.baselines.restorers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;
import io.crbench.numerics.Scalars;
import io.crbench.train.FftL1Loss;
import io.crbench.train.PixelLosses;

/**
 * The training loss of seed 004 (Atherya et al., §III-C G): L1 on pixels, plus an FFT-domain L1,
 * plus the mean absolute error of the quality estimate,
 * {@code L1(x̂, x) + λ_fft · FFT-L1(x̂, x) + λ_q · |q̂ − q|}.
 * Labels are {@code NDList(clean [N,3,H,W], quality)} with quality = QF/100 of shape [N] or [N,1];
 * predictions are {@link QualityAwareCascade}'s {@code NDList(restored, estimated quality)}.
 *
 * <p>The paper names the three terms but no weights. The defaults are λ_fft = 0.1, the weight
 * MIMO-UNet gives the same unnormalised FFT-L1 ({@link FftL1Loss}), and λ_q = 0.1, the weight
 * FBCNN (the paper's ref. [8]) gives its quality-factor L1.
 */
public final class QualityAwareLoss extends Loss {

    /** Default weight of the FFT-L1 term (no weight in the paper). */
    public static final float DEFAULT_FFT_WEIGHT = 0.1f;

    /** Default weight of the quality MAE term (no weight in the paper). */
    public static final float DEFAULT_QUALITY_WEIGHT = 0.1f;

    private final float fftWeight;
    private final float qualityWeight;
    private final Loss l1 = PixelLosses.l1();
    private final Loss frequency = new FftL1Loss();

    /** The loss with the default weights, named {@code quality_aware}. */
    public QualityAwareLoss() {
        this("quality_aware", DEFAULT_FFT_WEIGHT, DEFAULT_QUALITY_WEIGHT);
    }

    /**
     * @param name the loss name shown in training logs
     * @param fftWeight λ_fft, finite and non-negative
     * @param qualityWeight λ_q, finite and non-negative
     */
    public QualityAwareLoss(String name, float fftWeight, float qualityWeight) {
        super(name);
        if (!(fftWeight >= 0 && Float.isFinite(fftWeight) && qualityWeight >= 0 && Float.isFinite(qualityWeight))) {
            throw new IllegalArgumentException("loss weights must be finite and non-negative, got λ_fft="
                    + fftWeight + ", λ_q=" + qualityWeight);
        }
        this.fftWeight = fftWeight;
        this.qualityWeight = qualityWeight;
    }

    /** λ_fft. */
    public float fftWeight() {
        return fftWeight;
    }

    /** λ_q. */
    public float qualityWeight() {
        return qualityWeight;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDList clean = new NDList(labels.get(0));
        NDList restored = new NDList(predictions.get(0));
        NDArray quality = l1.evaluate(new NDList(labels.get(1)), new NDList(predictions.get(1)));
        return l1.evaluate(clean, restored)
                .add(Scalars.times(frequency.evaluate(clean, restored), fftWeight))
                .add(Scalars.times(quality, qualityWeight));
    }
}
