package io.crbench.suites.seed002;

import io.crbench.baselines.classifiers.PretrainedClassifiers;
import io.crbench.datasets.images.LabeledInputs;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.degradation.Identity;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.LatencyMeasurement;
import io.crbench.experiment.LatencyProbe;
import io.crbench.model.ClassifierSpec;
import io.crbench.model.DjlClassifier;
import io.crbench.model.OnnxMacs;
import io.crbench.model.OnnxModelFile;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.reproduction.Measurement;
import io.crbench.result.CellKey;
import io.crbench.result.MetricId;
import io.crbench.result.TableKey;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Size and speed of every classifier, in the style of seed 002 Table VII: parameters (stored
 * tensor elements of the ONNX file, quantisation scales and zero points included),
 * multiply-accumulates of one image, and per-image CPU latency p50 / p95 after warm-up, at batch 1
 * and, where the model accepts it, batch 32. Timings are recorded, never asserted or gated: this
 * is a shared 2-core machine.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 002 Table VII style: params, MACs and CPU latency of every classifier")
class Seed002ModelCostSuite {
    private static final TableKey TABLE_VII = TableKey.of("002", "VII");
    private static final int WARMUP = 10;
    private static final int REPETITIONS = 100;
    private static final String REASON = "seed 002 Table VII lists the authors' models on their hardware; this is %s on"
            + " this machine's CPU (2 cores), recorded for comparison between runs, never asserted";

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("mobilenetv2-12-int8", (Supplier<ClassifierSpec>) PretrainedClassifiers::mobileNetV2ImageNetInt8),
                Arguments.of("mbv2_cifar10_int8", (Supplier<ClassifierSpec>) PretrainedClassifiers::mobileNetV2Cifar10Int8));
    }

    @ParameterizedTest(name = "{0}: params, MACs, latency at batch 1 and 32")
    @MethodSource("models")
    void cost(String name, Supplier<ClassifierSpec> specs) {
        ClassifierSpec spec = specs.get();
        String reason = String.format(REASON, spec.id());
        OnnxModelFile onnx = OnnxModelFile.read(spec.modelFile());
        record(MetricId.PARAMS, onnx.parameterCount(), spec, "params", reason);
        record(MetricId.FLOPS, OnnxMacs.count(onnx, spec.inputSize(), spec.inputSize()), spec, "MACs per image", reason);

        LabeledInputs inputs = spec.inputSize() == 32 ? PreparedSets.cifar10Test(4) : PreparedSets.imageNetSample();
        try (DjlClassifier classifier = DjlClassifier.load(spec)) {
            for (int batch : spec.maxBatch() >= 32 ? List.of(1, 32) : List.of(1)) {
                LatencyMeasurement m = LatencyProbe.measure(classifier, inputs.images().subList(0, batch), WARMUP,
                        REPETITIONS);
                CellKey cell = TABLE_VII.cell(spec.id(), "cpu ms per image, batch " + batch);
                CellRecorder.latency(m, cell, inputs.dataset(), spec.id(), reason);
            }
        }
    }

    private static void record(MetricId metric, long value, ClassifierSpec spec, String what, String reason) {
        Measurement m = Measurement.exact(metric, value, 1);
        CellRecorder.unpublished(m, TABLE_VII.cell(spec.id(), what), "none", spec.id(), new Identity().condition(),
                reason);
    }
}
