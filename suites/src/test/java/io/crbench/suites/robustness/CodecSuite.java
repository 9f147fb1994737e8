package io.crbench.suites.robustness;

import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.codec.Codec;
import io.crbench.codec.Codecs;
import io.crbench.degradation.CodecCompression;
import io.crbench.degradation.RateLadder;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.EncoderTiming;
import io.crbench.experiment.Scale;
import io.crbench.reports.AllureReport;
import io.crbench.reproduction.Measurement;
import io.crbench.result.CellKey;
import io.crbench.result.MetricId;
import io.crbench.result.TableKey;
import io.crbench.stats.Interval;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed 002's Table IX protocol (AVIF at qualities 25, 18, 15, 10, 7) and beyond: the same
 * ImageNet-C crops through JPEG, AVIF, WebP, JPEG XL and JPEG 2000 (Debian's encoders; AVIF
 * quality → quantizer mapping in {@code AvifCodec}) along each codec's {@link RateLadders rate
 * ladder}, classified by MobileNetV2 int8: top-1, top-5 and bits per pixel per setting, and each
 * codec against JPEG at equal rate (Bjøntegaard deltas). CI scale uses every 10th sample image
 * (100, one class in ten); paper scale all 1,000. A codec whose encoder is not installed is
 * recorded as cannot-run-here with the package to install.
 */
@DisplayName("Seed 002 Table IX protocol and beyond: ImageNet top-1/top-5 against bits per pixel per codec (MobileNetV2 int8)")
class CodecSuite extends RateAccuracyCases {
    private static final TableKey TABLE_IX = TableKey.of("002", "IX");
    private static final List<Integer> TABLE_IX_QUALITIES = List.of(25, 18, 15, 10, 7);
    private static final String REASON = "seed 002 Table IX reports ResNet-50 / RepVGG-A2 on ImageNet val under AVIF;"
            + " this is MobileNetV2 int8 on the ImageNet sample, so there is no published cell to hold it to";
    private static final int TIMED_IMAGES = 32;
    private static final int TIMING_WARMUP = 1;
    /** The fewest repetitions for a median's 95 % order-statistic interval. */
    private static final int TIMING_REPETITIONS = 6;

    @Override
    ClassifierGrid openGrid() {
        return ClassifierGrids.mobileNetV2OnImageNetSample(Scale.current().pick(10, 1));
    }

    @Override
    RateLadders ladders() {
        return RateLadders.IMAGENET_CROPS;
    }

    @Override
    Source sourceOf(String family, int setting) {
        return family.equals("avif") && TABLE_IX_QUALITIES.contains(setting) ? new Source(TABLE_IX, REASON)
                : new Source(TableKey.NONE, "no paper prints accuracies for this codec at this setting; recorded"
                        + " baseline");
    }

    /** 1 bpp per image: within every codec's reach on every crop (JPEG's smallest files average 0.33 bpp). */
    @Override
    List<Double> bitBudgets() {
        return List.of(1.0);
    }

    @Override
    Optional<String> bitBudgetsNotRunHere() {
        return Scale.current() == Scale.PAPER ? Optional.empty() : Optional.of("runs at paper scale (-Pfull) only:"
                + " finding each crop's largest file within the budget takes about 8 encodings per image and codec,"
                + " about 40 s per budget for the 100 ci crops on 2 cores");
    }

    /** After AVIF's comparison: where AVIF at seed 002's qualities sits in rate relative to JPEG at the same qualities. */
    @Override
    void afterComparison(String family) {
        if (!family.equals("avif")) {
            return;
        }
        StringBuilder s = new StringBuilder("| quality | AVIF bpp | JPEG bpp | AVIF / JPEG |\n|---|---|---|---|\n");
        for (int q : TABLE_IX_QUALITIES) {
            double avif = grid().scores(CodecCompression.of("avif", q)).bitsPerPixel().orElseThrow().value();
            double jpeg = grid().scores(CodecCompression.of("jpeg", q)).bitsPerPixel().orElseThrow().value();
            s.append(String.format(Locale.ROOT, "| %d | %.3f | %.3f | %.2f |%n", q, avif, jpeg, avif / jpeg));
        }
        AllureReport.attachText("Seed 002 Table IX: AVIF and JPEG rates at the same qualities (" + grid().dataset()
                + ")", s.toString());
    }

    @ParameterizedTest(name = "{0}: encoder milliseconds per megapixel, {1} crops in parallel (timings.jsonl)")
    @MethodSource("timedCodecs")
    void encoderTime(String family, int images) {
        RateLadder ladder = ladders().of(family);
        int setting = ladder.settings().get(ladder.settings().size() / 2);
        Codec codec = Codecs.byName(family, setting);
        CellKey cell = TableKey.NONE.cell(family, setting + " encode");
        Optional<String> absence = Codecs.allowedAbsence(family);
        if (absence.isPresent()) {
            CellRecorder.cannotRunHere(cell, grid().dataset(), grid().method(), codec.condition(),
                    MetricId.ENCODE_MS_PER_MEGAPIXEL_P50, absence.get());
            return;
        }
        Interval p50 = EncoderTiming.msPerMegapixelP50(codec, grid().inputs().subList(0, images), TIMING_WARMUP,
                TIMING_REPETITIONS);
        CellRecorder.unpublished(new Measurement(MetricId.ENCODE_MS_PER_MEGAPIXEL_P50, p50, TIMING_REPETITIONS),
                cell, grid().dataset(), grid().method(), codec.condition(),
                "wall time of this machine at the middle of the codec's ladder; recorded, never gated");
    }

    Stream<Arguments> timedCodecs() {
        return ladders().all().stream().map(l -> Arguments.of(l.family(), TIMED_IMAGES));
    }
}
