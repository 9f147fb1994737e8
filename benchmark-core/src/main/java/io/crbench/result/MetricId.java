package io.crbench.result;

/** The stable metric vocabulary of results.jsonl, with the direction a regression gate checks. */
public enum MetricId {
    TOP1("top1", Direction.HIGHER_IS_BETTER),
    TOP5("top5", Direction.HIGHER_IS_BETTER),
    PSNR_RGB("psnr_rgb", Direction.HIGHER_IS_BETTER),
    PSNR_Y("psnr_y", Direction.HIGHER_IS_BETTER),
    SSIM_RGB("ssim_rgb", Direction.HIGHER_IS_BETTER),
    SSIM_Y("ssim_y", Direction.HIGHER_IS_BETTER),
    PSNRB_RGB("psnrb_rgb", Direction.HIGHER_IS_BETTER),
    PSNRB_Y("psnrb_y", Direction.HIGHER_IS_BETTER),
    CPSNR("cpsnr", Direction.HIGHER_IS_BETTER),
    /** Mean squared error over an image's RGB samples (8-bit scale): what CPSNR is aggregated from. */
    MSE_RGB("mse_rgb", Direction.LOWER_IS_BETTER),
    /** Mean per-image PSNR (RGB) of restored minus degraded images, in dB. */
    PSNR_RGB_GAIN("psnr_rgb_gain", Direction.HIGHER_IS_BETTER),
    /** Mean per-image PSNR on Y of restored minus degraded images, in dB. */
    PSNR_Y_GAIN("psnr_y_gain", Direction.HIGHER_IS_BETTER),
    /** Top-1 of restored minus degraded inputs, as a fraction. */
    TOP1_GAIN("top1_gain", Direction.HIGHER_IS_BETTER),
    /** Top-1 on clean images minus top-1 under a degradation, same images, as a fraction. */
    TOP1_DROP("top1_drop", Direction.LOWER_IS_BETTER),
    INTERVAL_MEAN_ACCURACY("interval_mean_accuracy", Direction.HIGHER_IS_BETTER),
    /** Interval mean accuracy of one pipeline minus another's on the same images, as a fraction. */
    INTERVAL_MEAN_ACCURACY_GAIN("interval_mean_accuracy_gain", Direction.HIGHER_IS_BETTER),
    /** Bits per pixel of a compressed image (file bytes × 8 / pixels); a property of the encoder, not gated. */
    BPP("bpp", Direction.NOT_GATED),
    /** Bjøntegaard rate change of a codec against JPEG at equal top-1, in percent; compares codecs, not gated. */
    BD_RATE_TOP1_PERCENT("bd_rate_top1_percent", Direction.NOT_GATED),
    /** Bjøntegaard top-1 change of a codec against JPEG at equal rate, as a fraction; compares codecs, not gated. */
    BD_TOP1("bd_top1", Direction.NOT_GATED),
    /** Bjøntegaard rate change of a codec against JPEG at equal PSNR on Y, in percent; compares codecs, not gated. */
    BD_RATE_PSNR_Y_PERCENT("bd_rate_psnr_y_percent", Direction.NOT_GATED),
    /** Bjøntegaard PSNR-Y change of a codec against JPEG at equal rate, in dB; compares codecs, not gated. */
    BD_PSNR_Y("bd_psnr_y", Direction.NOT_GATED),
    /** Timings are recorded, never gated: a shared 2-core machine is too noisy. */
    LATENCY_MS_P50("latency_ms_p50", Direction.NOT_GATED),
    LATENCY_MS_P95("latency_ms_p95", Direction.NOT_GATED),
    /** Median encoder wall time per megapixel of input, images encoded in parallel; recorded, never gated. */
    ENCODE_MS_PER_MEGAPIXEL_P50("encode_ms_per_megapixel_p50", Direction.NOT_GATED),
    /** Holm-adjusted exact McNemar p-value of a paired claim; evidence, not a quality, so not gated. */
    MCNEMAR_P("mcnemar_p", Direction.NOT_GATED),
    /**
     * Largest absolute difference between two computations that should agree (e.g. a network and
     * its re-parameterised form); evidence of equivalence, not a quality, so not gated.
     */
    MAX_ABS_DIFF("max_abs_diff", Direction.NOT_GATED),
    /** Holm-adjusted exact sign-test p-value of a paired claim on per-image scores; not gated. */
    SIGN_TEST_P("sign_test_p", Direction.NOT_GATED),
    /**
     * Best validation loss of an early-stopped training run (the weights kept); shows how a model
     * was trained, in the loss's own units, so not gated.
     */
    VALIDATION_LOSS("validation_loss", Direction.NOT_GATED),
    PARAMS("params", Direction.EXACT),
    FLOPS("flops", Direction.EXACT);

    /** Which change of a metric counts as a regression. */
    public enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER,
        /** Any change is a regression (counts such as parameters). */
        EXACT,
        NOT_GATED
    }

    private final String wire;
    private final Direction direction;

    MetricId(String wire, Direction direction) {
        this.wire = wire;
        this.direction = direction;
    }

    /** The name written to results.jsonl. */
    public String wire() {
        return wire;
    }

    public Direction direction() {
        return direction;
    }

    /**
     * Whether the value is a wall-clock measurement, which no two runs repeat: such rows go to
     * {@code timings.jsonl}, never to results.jsonl or the recorded baseline.
     */
    public boolean wallClock() {
        return this == LATENCY_MS_P50 || this == LATENCY_MS_P95 || this == ENCODE_MS_PER_MEGAPIXEL_P50;
    }

    /** The metric for a wire name. */
    public static MetricId fromWire(String s) {
        for (MetricId m : values()) {
            if (m.wire.equals(s)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + s + "'");
    }
}
