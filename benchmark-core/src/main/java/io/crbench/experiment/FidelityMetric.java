package io.crbench.experiment;

import io.crbench.image.Image8;
import io.crbench.metric.Cpsnr;
import io.crbench.metric.MetricChannel;
import io.crbench.metric.Psnr;
import io.crbench.metric.PsnrB;
import io.crbench.metric.Ssim;
import io.crbench.result.MetricId;

/** A full-reference fidelity metric of one image pair, with the conventions it is computed under. */
public enum FidelityMetric {
    PSNR_RGB(MetricId.PSNR_RGB),
    PSNR_Y(MetricId.PSNR_Y),
    SSIM_RGB(MetricId.SSIM_RGB),
    SSIM_Y(MetricId.SSIM_Y),
    PSNRB_RGB(MetricId.PSNRB_RGB),
    PSNRB_Y(MetricId.PSNRB_Y),
    CPSNR(MetricId.CPSNR),
    /** The per-image MSE a data set's CPSNR is aggregated from ({@link CpsnrAggregate}). */
    MSE_RGB(MetricId.MSE_RGB);

    private final MetricId id;

    FidelityMetric(MetricId id) {
        this.id = id;
    }

    /** The results.jsonl metric id. */
    public MetricId id() {
        return id;
    }

    /** The score of {@code test} against {@code reference}, cropping {@code cropBorder} pixels a side. */
    public double score(Image8 reference, Image8 test, int cropBorder) {
        return switch (this) {
            case PSNR_RGB -> Psnr.psnr(reference, test, MetricChannel.RGB, cropBorder);
            case PSNR_Y -> Psnr.psnr(reference, test, MetricChannel.Y, cropBorder);
            case SSIM_RGB -> Ssim.ssim(reference, test, MetricChannel.RGB, cropBorder);
            case SSIM_Y -> Ssim.ssim(reference, test, MetricChannel.Y, cropBorder);
            case PSNRB_RGB -> PsnrB.psnrB(reference, test, MetricChannel.RGB, cropBorder);
            case PSNRB_Y -> PsnrB.psnrB(reference, test, MetricChannel.Y, cropBorder);
            case CPSNR -> Cpsnr.cpsnr(reference, test);
            case MSE_RGB -> Psnr.mse(reference, test, MetricChannel.RGB, cropBorder);
        };
    }
}
