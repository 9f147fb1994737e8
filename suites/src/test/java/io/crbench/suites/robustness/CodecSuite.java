package io.crbench.suites.robustness;

import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.codec.Codec;
import io.crbench.codec.Codecs;
import io.crbench.degradation.CodecCompression;
import io.crbench.degradation.RateLadder;
import io.crbench.experiment.AccuracyRows;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClassificationScores;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.EncoderTiming;
import io.crbench.experiment.RateComparison;
import io.crbench.experiment.RateComparisonRows;
import io.crbench.experiment.Scale;
import io.crbench.reports.AllureReport;
import io.crbench.reports.DegradationSample;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.reproduction.Measurement;
import io.crbench.result.MetricId;
import io.crbench.result.ResultRecord;
import io.crbench.stats.Interval;
import java.util.List;
import java.util.Locale;
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
 * quality → quantizer mapping in {@code AvifCodec}) along each codec's {@link RateLadders rate
 * ladder}, classified by MobileNetV2 int8: top-1, top-5 and bits per pixel per setting, and each
 * codec against JPEG at equal rate (Bjøntegaard deltas). CI scale uses every 4th sample image
 * (250, one class in four); paper scale all 1,000. A codec whose encoder is not installed is
 * recorded as cannot-run-here with the package to install.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 002 Table IX protocol and beyond: ImageNet top-1/top-5 against bits per pixel per codec (MobileNetV2 int8)")
class CodecSuite {
    private static final List<Integer> TABLE_IX_QUALITIES = List.of(25, 18, 15, 10, 7);
    private static final String REASON = "seed 002 Table IX reports ResNet-50 / RepVGG-A2 on ImageNet val under AVIF;"
            + " this is MobileNetV2 int8 on the ImageNet sample, so there is no published cell to hold it to";
    private static final String BD_REASON = "no paper compares these codecs at equal rate for a classifier;"
            + " PCHIP over the overlap of the two curves (BD-rate between their isotonic fits, as top-1 saturates),"
            + " paired bootstrap over images; recorded, not gated";
    private static final int TIMED_IMAGES = 32;
    private static final int TIMING_WARMUP = 1;
    /** The fewest repetitions for a median's 95 % order-statistic interval. */
    private static final int TIMING_REPETITIONS = 6;
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
        return RateLadders.ALL.stream().flatMap(l -> l.settings().stream().map(s -> Arguments.of(l.family(), s)));
    }

    @ParameterizedTest(name = "{0} at setting {1}")
    @MethodSource("grid")
    void accuracy(String family, int setting) {
        boolean tableIx = family.equals("avif") && TABLE_IX_QUALITIES.contains(setting);
        String paper = tableIx ? "002" : ResultRecord.NONE;
        String table = tableIx ? "IX" : ResultRecord.NONE;
        String cell = family + "/" + setting;
        CodecCompression codec = CodecCompression.of(family, setting);
        Optional<String> absence = Codecs.allowedAbsence(family);
        if (absence.isPresent()) {
            for (MetricId metric : new MetricId[] {MetricId.TOP1, MetricId.TOP5}) {
                CellRecorder.cannotRunHere(ResultRecord.cannotRunHere(paper, table, cell, grid.dataset(), grid.method(),
                        codec.id(), metric.wire(), null, absence.get()));
            }
            return;
        }
        DegradationSample.attach(grid.sampleInput(), codec);
        AccuracyRows.unpublished(grid.scores(codec), paper, table, cell, grid.dataset(), grid.method(), codec.id(),
                tableIx ? REASON : "no paper prints accuracies for this codec at this setting; recorded baseline");
    }

    static Stream<String> comparedCodecs() {
        return RateLadders.OTHERS.stream().map(RateLadder::family);
    }

    @ParameterizedTest(name = "{0} against JPEG at equal rate: BD-rate at equal top-1, BD-top-1 at equal rate")
    @MethodSource("comparedCodecs")
    void againstJpegAtEqualRate(String family) {
        RateLadder ladder = RateLadders.of(family);
        String cell = RateLadders.comparisonCell(family);
        String compared = RateLadders.comparedLadders(family);
        Optional<String> absence = Codecs.allowedAbsence(family);
        if (absence.isPresent()) {
            RateComparisonRows.cannotRunHere(MetricId.BD_RATE_TOP1_PERCENT, MetricId.BD_TOP1, cell, grid.dataset(),
                    grid.method(), compared, absence.get());
            return;
        }
        RateComparison comparison = RateComparison.between(
                RateComparison.top1Curve("jpeg", scores(RateLadders.JPEG)),
                RateComparison.top1Curve(family, scores(ladder)));
        RateComparisonRows.record(comparison, MetricId.BD_RATE_TOP1_PERCENT, MetricId.BD_TOP1, grid.inputs().size(),
                cell, grid.dataset(), grid.method(), compared, BD_REASON);
        if (family.equals("avif")) {
            attachTableIxRates();
        }
    }

    @ParameterizedTest(name = "{0}: encoder milliseconds per megapixel, {1} crops in parallel (timings.jsonl)")
    @MethodSource("timedCodecs")
    void encoderTime(String family, int images) {
        RateLadder ladder = RateLadders.of(family);
        int setting = ladder.settings().get(ladder.settings().size() / 2);
        Codec codec = Codecs.byName(family, setting);
        String cell = family + "/" + setting + " encode";
        Optional<String> absence = Codecs.allowedAbsence(family);
        if (absence.isPresent()) {
            CellRecorder.cannotRunHere(ResultRecord.cannotRunHere(ResultRecord.NONE, ResultRecord.NONE, cell,
                    grid.dataset(), grid.method(), codec.id(), MetricId.ENCODE_MS_PER_MEGAPIXEL_P50.wire(), null,
                    absence.get()));
            return;
        }
        Interval p50 = EncoderTiming.msPerMegapixelP50(codec, grid.inputs().subList(0, images), TIMING_WARMUP,
                TIMING_REPETITIONS);
        CellRecorder.unpublished(new Measurement(MetricId.ENCODE_MS_PER_MEGAPIXEL_P50.wire(), p50, TIMING_REPETITIONS),
                ResultRecord.NONE, ResultRecord.NONE, cell, grid.dataset(), grid.method(), codec.id(),
                "wall time of this machine at the middle of the codec's ladder; recorded, never gated");
    }

    static Stream<Arguments> timedCodecs() {
        return RateLadders.ALL.stream().map(l -> Arguments.of(l.family(), TIMED_IMAGES));
    }

    /** Where AVIF at seed 002's qualities sits in rate relative to JPEG at the same qualities. */
    private static void attachTableIxRates() {
        StringBuilder s = new StringBuilder("| quality | AVIF bpp | JPEG bpp | AVIF / JPEG |\n|---|---|---|---|\n");
        for (int q : TABLE_IX_QUALITIES) {
            double avif = grid.scores(CodecCompression.of("avif", q)).bitsPerPixel().orElseThrow().value();
            double jpeg = grid.scores(CodecCompression.of("jpeg", q)).bitsPerPixel().orElseThrow().value();
            s.append(String.format(Locale.ROOT, "| %d | %.3f | %.3f | %.2f |%n", q, avif, jpeg, avif / jpeg));
        }
        AllureReport.attachText("Seed 002 Table IX: AVIF and JPEG rates at the same qualities (" + grid.dataset() + ")",
                s.toString());
    }

    private static List<ClassificationScores> scores(RateLadder ladder) {
        return ladder.compressions().stream().map(grid::scores).toList();
    }
}
