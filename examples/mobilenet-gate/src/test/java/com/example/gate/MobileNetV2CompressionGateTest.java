package com.example.gate;

import static io.crbench.evaluate.Condition.clean;
import static io.crbench.evaluate.Condition.jpeg;
import static io.crbench.evaluate.RobustnessAssert.assertThat;

import io.crbench.datasets.Datasets;
import io.crbench.evaluate.Condition;
import io.crbench.evaluate.ModelFile;
import io.crbench.evaluate.RobustnessEvaluation;
import io.crbench.evaluate.RobustnessResult;
import io.crbench.result.RecordedBaselines;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How a team gates its classifier with crbench: declare the model, data and grid once, then state
 * what must hold. Here the model is crbench's MobileNetV2 int8 and the data every 4th image of the
 * ImageNet sample (250 images, one class in four), both fetched by crbench's downloader (or taken
 * from the mirror named by CRBENCH_MIRROR) and checked against their SHA-256.
 */
class MobileNetV2CompressionGateTest {
    private static RobustnessResult result;

    @BeforeAll
    static void evaluate() {
        Path model = Datasets.locate(Datasets.MOBILENETV2_12_INT8).path("mobilenetv2-12-int8.onnx");
        Path images = Datasets.locate(Datasets.IMAGENET_SAMPLE_IMAGES).folder();
        Path synsets = Datasets.locate(Datasets.IMAGENET_LABELS).path("LOC_synset_mapping.txt");
        result = RobustnessResult.of(RobustnessEvaluation.of(ModelFile.of(model))
                .data(images, synsets)
                .conditions(Condition.parse("jpeg:90,70,50,30,10"))
                .conditions(Condition.parse("double-jpeg:90/50"))
                .everyNth(4)
                .batch(32)
                .run());
        result.writeTo(Path.of("target", "crbench-results"), Optional.empty());
    }

    @Test
    void cleanAccuracyIsWhereTheModelCardSaysItIs() {
        // ONNX Model Zoo: MobileNetV2-1.0 int8 reaches about 0.70 top-1 on ImageNet val.
        assertThat(result).top1At(clean()).isAtLeast(0.70);
    }

    @Test
    void moderateJpegCostsAtMostFivePoints() {
        assertThat(result).top1At(jpeg(70)).dropsAtMost(0.05).from(clean());
        assertThat(result).top1At(jpeg(50)).dropsAtMost(0.05).from(clean());
    }

    @Test
    void noConditionIsWorseThanTheAcceptedRun() {
        assertThat(result).isNotWorseThan(RecordedBaselines.load(Path.of("accepted-results.jsonl")));
    }
}
