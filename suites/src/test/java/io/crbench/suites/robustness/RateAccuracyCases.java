package io.crbench.suites.robustness;

import io.crbench.codec.Codecs;
import io.crbench.degradation.CodecCompression;
import io.crbench.degradation.Condition;
import io.crbench.degradation.RateLadder;
import io.crbench.degradation.TargetRateCompression;
import io.crbench.experiment.AccuracyRows;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClaimFamily;
import io.crbench.experiment.ClassificationScores;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.RateComparison;
import io.crbench.experiment.RateComparisonRows;
import io.crbench.reports.DegradationSample;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.result.CellKey;
import io.crbench.result.MetricId;
import io.crbench.result.TableKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cases of a rate–accuracy experiment, declared by a subclass (a classifier over a labelled
 * set, and the set's rate ladders): top-1, top-5 and bits per pixel at every ladder point, and each
 * codec against JPEG at equal rate (BD-rate at equal top-1, BD-top-1 at equal rate; PCHIP between
 * the curves' isotonic fits, as top-1 saturates; paired bootstrap over images). Recorded, not gated
 * by a paper: no paper compares these codecs at equal rate for a classifier. At each per-image bit
 * budget the subclass declares, every codec also encodes each image at its largest file within the
 * budget ({@link TargetRateCompression}), so the codecs meet at the same size image by image and
 * each is compared with JPEG on the same images (exact McNemar, Holm across the codecs).
 */
@ExtendWith(ExperimentReportExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RateAccuracyCases {
    /** Condition family of a cell comparing two codecs at the same bit budget. */
    private static final String AT_EQUAL_RATE = "codecs_at_equal_rate";
    private static final String BD_REASON = "no paper compares these codecs at equal rate for a classifier;"
            + " PCHIP over the overlap of the two curves (BD-rate between their isotonic fits, as top-1 saturates),"
            + " paired bootstrap over images; recorded, not gated";
    private ClassifierGrid grid;

    /**
     * Where a ladder point's rows belong: a published table (or {@link TableKey#NONE}) and why it is not
     * held to it.
     */
    record Source(TableKey table, String reason) {
    }

    /** The classifier and the labelled images every point is measured on; opened once per suite. */
    abstract ClassifierGrid openGrid();

    /** The settings swept per codec on these images. */
    abstract RateLadders ladders();

    /** The table a ladder point belongs to, and the reason its rows carry. */
    abstract Source sourceOf(String family, int setting);

    /** The per-image bit budgets at which the codecs are compared image by image. */
    abstract List<Double> bitBudgets();

    /** Why this scale does not run the bit-budget cases, or empty when it does. */
    abstract Optional<String> bitBudgetsNotRunHere();

    /** Runs after {@code family}'s comparison against JPEG, for what a suite adds to it. */
    void afterComparison(String family) {
    }

    @BeforeAll
    void load() {
        grid = openGrid();
    }

    @AfterAll
    void close() {
        grid.close();
    }

    ClassifierGrid grid() {
        return grid;
    }

    Stream<Arguments> points() {
        return ladders().all().stream().flatMap(l -> l.settings().stream().map(s -> Arguments.of(l.family(), s)));
    }

    @ParameterizedTest(name = "{0} at setting {1}")
    @MethodSource("points")
    void accuracy(String family, int setting) {
        Source source = sourceOf(family, setting);
        CellKey cell = source.table().cell(family, setting);
        CodecCompression codec = CodecCompression.of(family, setting);
        Optional<String> absence = Codecs.allowedAbsence(family);
        if (absence.isPresent()) {
            for (MetricId metric : new MetricId[] {MetricId.TOP1, MetricId.TOP5}) {
                CellRecorder.cannotRunHere(cell, grid.dataset(), grid.method(), codec.condition(), metric,
                        absence.get());
            }
            return;
        }
        DegradationSample.attach(grid.sampleInput(), codec);
        AccuracyRows.unpublished(grid.scores(codec), cell, grid.dataset(), grid.method(), codec.condition(),
                source.reason());
    }

    Stream<String> comparedCodecs() {
        return ladders().others().stream().map(RateLadder::family);
    }

    @ParameterizedTest(name = "{0} against JPEG at equal rate: BD-rate at equal top-1, BD-top-1 at equal rate")
    @MethodSource("comparedCodecs")
    void againstJpegAtEqualRate(String family) {
        CellKey cell = RateLadders.comparisonCell(family);
        Condition compared = ladders().comparedLadders(family);
        Optional<String> absence = Codecs.allowedAbsence(family);
        if (absence.isPresent()) {
            RateComparisonRows.cannotRunHere(MetricId.BD_RATE_TOP1_PERCENT, MetricId.BD_TOP1, cell, grid.dataset(),
                    grid.method(), compared, absence.get());
            return;
        }
        RateComparison comparison = RateComparison.between(
                RateComparison.top1Curve("jpeg", scores(ladders().jpeg())),
                RateComparison.top1Curve(family, scores(ladders().of(family))));
        RateComparisonRows.record(comparison, MetricId.BD_RATE_TOP1_PERCENT, MetricId.BD_TOP1, grid.inputs().size(),
                cell, grid.dataset(), grid.method(), compared, BD_REASON);
        afterComparison(family);
    }

    Stream<Double> budgets() {
        return bitBudgets().stream();
    }

    @ParameterizedTest(name = "every codec at its largest file within {0} bpp per image: top-1, and each against JPEG"
            + " (McNemar, Holm)")
    @MethodSource("budgets")
    void atEqualBitBudget(double budget) {
        List<String> families = ladders().all().stream().map(RateLadder::family).toList();
        String jpegFamily = ladders().jpeg().family();
        Optional<String> notRun = bitBudgetsNotRunHere();
        ClassificationScores jpeg = null;
        List<ClaimFamily.Member> againstJpeg = new ArrayList<>();
        for (String family : families) {
            TargetRateCompression codec = new TargetRateCompression(family, budget);
            Optional<String> absence = notRun.or(() -> Codecs.allowedAbsence(family));
            if (absence.isPresent()) {
                List<MetricId> metrics = family.equals(jpegFamily) ? List.of(MetricId.TOP1, MetricId.TOP5)
                        : List.of(MetricId.TOP1, MetricId.TOP5, MetricId.TOP1_GAIN);
                for (MetricId metric : metrics) {
                    CellKey cell = metric == MetricId.TOP1_GAIN ? comparisonCell(family, budget)
                            : budgetCell(family, budget);
                    Condition degradation = metric == MetricId.TOP1_GAIN ? comparedAtBudget(family, budget) : codec.condition();
                    CellRecorder.cannotRunHere(cell, grid.dataset(), grid.method(), degradation, metric,
                            absence.get());
                }
                continue;
            }
            ClassificationScores scores = grid.scores(codec);
            AccuracyRows.unpublished(scores, budgetCell(family, budget), grid.dataset(), grid.method(),
                    codec.condition(),
                    "each image at the codec's largest file within the budget; no paper prints this");
            if (family.equals(jpegFamily)) {
                jpeg = scores;
            } else if (jpeg != null) {
                againstJpeg.add(new ClaimFamily.Member(scores.top1ChangeFrom(jpeg), comparisonCell(family, budget),
                        grid.dataset(), grid.method(), comparedAtBudget(family, budget)));
            }
        }
        if (!againstJpeg.isEmpty()) {
            new ClaimFamily(null, "the " + againstJpeg.size() + " codecs").record(againstJpeg, "top-1 of the codec"
                    + " minus JPEG's, each image at the same budget", "recorded, not gated");
        }
    }

    private static CellKey budgetCell(String family, double budget) {
        return TableKey.NONE.cell(family, "bpp<=" + budget);
    }

    private static CellKey comparisonCell(String family, double budget) {
        return TableKey.NONE.cell(family + " vs jpeg", "bpp<=" + budget);
    }

    /** Two codecs, each at its largest file within the same budget: family {@value #AT_EQUAL_RATE}, the budget as target rate. */
    private static Condition comparedAtBudget(String family, double budget) {
        return Condition.of(new TargetRateCompression(family, budget).id() + " vs "
                + new TargetRateCompression("jpeg", budget).id(), AT_EQUAL_RATE).targetRate(budget);
    }

    private List<ClassificationScores> scores(RateLadder ladder) {
        return ladder.compressions().stream().map(grid::scores).toList();
    }
}
