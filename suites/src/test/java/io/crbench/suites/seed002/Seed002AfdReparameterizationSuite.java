package io.crbench.suites.seed002;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.baselines.afd.AfdConfig;
import io.crbench.baselines.afd.AfdMethod;
import io.crbench.baselines.afd.AfdModules;
import io.crbench.baselines.afd.ReparameterizationCheck;
import io.crbench.datasets.images.LabeledInputs;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.degradation.Identity;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.LatencyMeasurement;
import io.crbench.experiment.Scale;
import io.crbench.image.Image8;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.reproduction.Measurement;
import io.crbench.result.MetricId;
import io.crbench.result.TableKey;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Seed 002 §III-C and Table VII for the trained AFD-Module (stage 1 of the dequantised
 * MobileNetV2, DCT guidance): the re-parameterised module must compute what the multi-branch one
 * computes, on real compressed images, with fewer parameters and multiply-accumulates; both CPU
 * latencies are recorded, never asserted (a shared 2-core machine). Table VII's "Our" (0.11 M
 * parameters, 0.36 GFLOPs, 54 ms on a Snapdragon 865) enhances ResNet-50's 64-channel features;
 * this module enhances 16 channels, so the counts are quoted, not compared.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 002 §III-C / Table VII: AFD-Module re-parameterisation — equivalence, params, MACs, latency")
class Seed002AfdReparameterizationSuite {
    private static final TableKey TABLE_VII = TableKey.of("002", "VII");
    /** Float32 rounding of sums over a few hundred terms of features of order 1–10. */
    private static final float MAX_FEATURE_DIFFERENCE = 1e-4f;
    private static final int IMAGES = 16;
    private static final int WARMUP = 10;
    private static final int REPETITIONS = 80;

    @Test
    @DisplayName("re-parameterised = multi-branch on 16 JPEG QF 7 sample images; fewer params and MACs; latencies recorded")
    void reparameterization() {
        Scale scale = Scale.current();
        AfdConfig config = AfdConfig.at(1, scale);
        String id = AfdMethod.id(config, scale);
        LabeledInputs sample = PreparedSets.imageNetSample();
        JpegCompression jpeg = JpegCompression.at(7);
        List<Image8> images = IntStream.range(0, IMAGES).mapToObj(i -> jpeg.apply(sample.images().get(i * 60), i))
                .toList();
        ReparameterizationCheck check = ReparameterizationCheck.of(id, AfdModules.trained(config, scale), images,
                WARMUP, REPETITIONS);
        String dataset = sample.dataset();
        String context = "AFD-Module " + id + " on stage-1 features of a 224×224 image; " + AfdRows.STAND_IN;

        exact(MetricId.PARAMS, check.trainingParams(), id, "params, multi-branch", context);
        exact(MetricId.PARAMS, check.deployedParams(), id, "params, re-parameterised", context
                + "; Table VII prints 0.11 M for the paper's module");
        exact(MetricId.FLOPS, check.trainingMacs(), id, "MACs per image, multi-branch", context);
        exact(MetricId.FLOPS, check.deployedMacs(), id, "MACs per image, re-parameterised", context
                + "; Table VII prints 0.36 GFLOPs for the paper's module");
        latency(check.trainingLatency(), id, "cpu ms per image, multi-branch", context);
        latency(check.deployedLatency(), id, "cpu ms per image, re-parameterised", context
                + "; Table VII prints 54 ms (Snapdragon 865 CPU) for the paper's module");
        String equivalence = String.format(java.util.Locale.ROOT, "max |multi-branch − re-parameterised| over %d"
                + " JPEG QF 7 sample images (every 60th); %s", check.images(), context);
        CellRecorder.unpublished(exactly(MetricId.MAX_ABS_DIFF, check.maxFeatureDifference(), check.images()),
                TABLE_VII.cell("AFD re-parameterisation", "enhanced features"), dataset, id, jpeg.condition(),
                equivalence);
        CellRecorder.unpublished(exactly(MetricId.MAX_ABS_DIFF, check.maxLogitDifference(), check.images()),
                TABLE_VII.cell("AFD re-parameterisation", "logits"), dataset, id, jpeg.condition(), equivalence);

        assertThat(check.maxFeatureDifference()).as("re-parameterised vs multi-branch enhanced features")
                .isLessThanOrEqualTo(MAX_FEATURE_DIFFERENCE);
        assertThat(check.deployedParams()).isLessThan(check.trainingParams());
        assertThat(check.deployedMacs()).isLessThan(check.trainingMacs());
    }

    private static void exact(MetricId metric, long value, String id, String what, String reason) {
        CellRecorder.unpublished(exactly(metric, value, 1), TABLE_VII.cell("AFD", what), "none", id,
                new Identity().condition(), reason);
    }

    private static void latency(LatencyMeasurement m, String id, String what, String reason) {
        CellRecorder.latency(m, TABLE_VII.cell("AFD", what), "none", id, reason
                + "; recorded for comparison between runs, never asserted");
    }

    private static Measurement exactly(MetricId metric, double value, int n) {
        return Measurement.exact(metric, value, n);
    }
}
