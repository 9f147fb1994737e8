package io.crbench.reports;

import io.crbench.degradation.JpegCompression;
import io.crbench.result.ResultRecord;
import io.crbench.result.Verdict;
import java.util.List;

/** Result records covering every verdict, two papers and both kinds of metric. */
final class SampleRecords {
    private SampleRecords() {
    }

    static ResultRecord psnr(String cell, double measured, Double published, Verdict verdict, String reason) {
        return new ResultRecord("000", "2", cell, "LIVE1", 29, "arcnn", JpegCompression.at(10).condition(), "psnr_y",
                measured, measured - 0.2, measured + 0.2, published, verdict, reason);
    }

    static ResultRecord top1(String table, double measured, Double published, Verdict verdict, String reason) {
        return new ResultRecord("003", table, "ResNet/QF20", "CIFAR-10-test", 10000, "resnet20", JpegCompression.at(20).condition(),
                "top1", measured, measured - 0.01, measured + 0.01, published, verdict, reason);
    }

    static ResultRecord notRun(String reason) {
        return new ResultRecord("003", "IV", "ViT/QF10", "ImageNet-val", 0, "vit-b16", JpegCompression.at(10).condition(), "top1",
                Double.NaN, Double.NaN, Double.NaN, 0.712, Verdict.CANNOT_RUN_HERE, reason);
    }

    static List<ResultRecord> all() {
        return List.of(
                psnr("JPEG/QF10", 29.1234, 29.13, Verdict.REPRODUCED, "within 0.10 dB"),
                psnr("JPEG/QF20", 30.5, 31.4, Verdict.OUT_OF_TOLERANCE, "|Δ| 0.90 dB > tolerance 0.10 dB"),
                top1("III", 0.91234567, 0.9125, Verdict.REPRODUCED, "within 0.005"),
                top1("III", 0.87, null, Verdict.NO_PUBLISHED_VALUE, "paper prints no value"),
                notRun("needs ImageNet-val in the mirror"));
    }
}
