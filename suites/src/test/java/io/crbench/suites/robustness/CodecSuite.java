package io.crbench.suites.robustness;

import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.codec.Codecs;
import io.crbench.degradation.CodecCompression;
import io.crbench.experiment.AccuracyRows;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.Scale;
import io.crbench.reports.DegradationSample;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.result.MetricId;
import io.crbench.result.ResultRecord;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed 002's Table IX protocol (AVIF at qualities 25, 18, 15, 10, 7) and beyond: the same
 * ImageNet-C crops through JPEG, AVIF, WebP, JPEG XL and JPEG 2000 (Debian's encoders; AVIF
 * quality → quantizer mapping in {@code AvifCodec}), classified by MobileNetV2 int8. CI scale
 * uses every 4th sample image (250, one class in four); paper scale all 1,000. A codec whose
 * encoder is not installed is recorded as cannot-run-here with the package to install.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 002 Table IX protocol and beyond: ImageNet top-1/top-5 per codec and quality (MobileNetV2 int8)")
class CodecSuite {
    private static final String REASON = "seed 002 Table IX reports ResNet-50 / RepVGG-A2 on ImageNet val under AVIF;"
            + " this is MobileNetV2 int8 on the ImageNet sample, so there is no published cell to hold it to";
    private static ClassifierGrid grid;

    @BeforeAll
    static void load() {
        grid = ClassifierGrids.mobileNetV2OnImageNetSample(Scale.current().pick(4, 1));
    }

    @AfterAll
    static void close() {
        grid.close();
    }

    static Stream<Arguments> grid() {
        return Stream.of(
                Stream.of(25, 18, 15, 10, 7).map(q -> Arguments.of("avif", q)),
                Stream.of(25, 10).map(q -> Arguments.of("jpeg", q)),
                Stream.of(25, 10).map(q -> Arguments.of("webp", q)),
                Stream.of(25, 10).map(q -> Arguments.of("jxl", q)),
                Stream.of(50, 100).map(r -> Arguments.of("jp2", r))).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0} at setting {1}")
    @MethodSource("grid")
    void accuracy(String family, int setting) {
        boolean avif = family.equals("avif");
        String paper = avif ? "002" : ResultRecord.NONE;
        String table = avif ? "IX" : ResultRecord.NONE;
        String cell = family + "/" + setting;
        CodecCompression codec = CodecCompression.of(family, setting);
        Optional<String> absence = Codecs.allowedAbsence(family);
        if (absence.isPresent()) {
            String why = absence.get();
            for (MetricId metric : new MetricId[] {MetricId.TOP1, MetricId.TOP5}) {
                CellRecorder.cannotRunHere(ResultRecord.cannotRunHere(paper, table, cell, grid.dataset(), grid.method(),
                        codec.id(), metric.wire(), null, why));
            }
            return;
        }
        DegradationSample.attach(grid.sampleInput(), codec);
        AccuracyRows.unpublished(grid.scores(codec), paper, table, cell, grid.dataset(), grid.method(), codec.id(),
                avif ? REASON : "no paper prints accuracies for this codec; recorded baseline");
    }
}
