package io.crbench.suites.seed003;

import io.crbench.baselines.classifiers.ClassifierArchitecture;
import io.crbench.baselines.ensemble.DegradationKind;
import io.crbench.baselines.ensemble.EnsembleClaims;
import io.crbench.baselines.ensemble.EnsembleExperiment;
import io.crbench.baselines.ensemble.EnsembleMeasurement;
import io.crbench.baselines.ensemble.IntervalClaim;
import io.crbench.baselines.ensemble.IntervalMeanColumn;
import io.crbench.baselines.ensemble.LevelInterval;
import io.crbench.baselines.ensemble.Pipeline;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.datasets.fashionmnist.FashionMnist;
import io.crbench.degradation.Condition;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClaimOutcome;
import io.crbench.experiment.LevelHits;
import io.crbench.experiment.PairedClaimFamily;
import io.crbench.experiment.Scale;
import io.crbench.reports.DegradationSample;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.result.MetricId;
import io.crbench.train.CheckpointCache;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed 003's method (restoration network, level estimator, classifiers of clean, degraded and
 * restored images, ensemble-weight network; §3) trained here, and the six pipelines of its
 * Tables 3, 4 and 6 (Cla(org), Cla(jpg)/Cla(Gauss), Seq(org), Seq(res), Ens(Cla), Proposed)
 * evaluated as interval mean accuracy with bootstrap-over-images intervals, on:
 *
 * <ul>
 *   <li>CIFAR-10 under JPEG (Table 3) and under Gaussian noise (Table 6). The mirror holds only
 *       CIFAR-10-test, so it is split by a fixed rule: within each class, in file-name order, the
 *       images at even positions (500 per class, 5,000) train every network, the images at odd
 *       positions are the test set (at ci scale the first 100 per class, 1,000; at paper scale all
 *       5,000).</li>
 *   <li>Fashion-MNIST under JPEG, the second data set in place of Table 4's CIFAR-100 (not on this
 *       machine): training on the first 500 training images per class (5,000) at ci scale, all
 *       60,000 at paper scale; testing on the first 100 test images per class (1,000) at ci scale,
 *       all 10,000 at paper scale.</li>
 * </ul>
 *
 * <p>Levels: ci scale every 5th QF (3, 8, …, 98) and every 2nd σ (0, 2, …, 50); paper scale every
 * QF 1..100 and σ 0..50. The published cells are recorded beside the measurements but not
 * asserted (the networks are trained on a tenth of the paper's data and, at ci scale, for minutes);
 * the paper's claims are tested as paired comparisons between pipelines on the same images, one
 * family with Holm's correction, and asserted only where this sample size can settle them
 * ({@link EnsembleClaims}). On CIFAR-10 with noise the restorer is also put in front of a ResNet of
 * clean images (ResNet-8 at ci scale), so that "restoration helps a classifier of clean images" is
 * checked on a second architecture.
 */
@ExtendWith(ExperimentReportExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Seed 003 Tables 3, 4, 6: restoration + level-weighted ensemble vs classifier-only and sequential"
        + " pipelines (interval mean accuracy)")
class Seed003RestorationEnsembleSuite {
    private static final String NOT_ASSERTED = "every network is trained here (RestorationEnsemble): on 5,000"
            + " CIFAR-10-test images (the mirror has no CIFAR-10 training set; the paper uses its 50,000 images),"
            + " the restorer and level estimator on the same images instead of Yang91/Urban100/General100, and at ci"
            + " scale small networks for a few hundred Adamax steps on a sampled level grid; accuracies therefore sit"
            + " below the paper's, and its claims are tested between pipelines instead (claim rows)";
    private static final String FASHION = "Table 4 reports CIFAR-100, which is not on this machine; this is Table 4's"
            + " protocol on Fashion-MNIST, the suite's second data set, which the paper does not print";
    private static final String ARCHITECTURE = "architecture check: the paper's finding that restoration helps a"
            + " classifier of clean images (Seq(org) vs Cla(org)), repeated with a ResNet trained by the same recipe"
            + " instead of the VGG-like network; the paper prints no such column";
    /** Each experiment's measurements, taken once by whichever case needs them first. */
    private final Map<EnsembleExperiment, EnsembleMeasurement> measured = new EnumMap<>(EnsembleExperiment.class);

    @ParameterizedTest(name = "{0}: train or load the six networks, top-1 of the six pipelines at every level")
    @EnumSource(EnsembleExperiment.class)
    void evaluate(EnsembleExperiment e) {
        EnsembleMeasurement m = measured(e);
        for (Pipeline p : Pipeline.values()) {
            m.hits().of(p).recordAccuracyPerLevel(level -> e.table().cell(p.column(e.kind()) + " per "
                    + e.kind().levelName(), level), e.dataset(), level -> m.methods().get(p),
                    level -> e.kind().at(level).condition(),
                    "per-level top-1 behind the interval means (the paper plots it: Figs. 3 to 5)");
        }
    }

    /** {@code e}'s measurements, taken by the first case that needs them (every case can run alone). */
    private synchronized EnsembleMeasurement measured(EnsembleExperiment e) {
        return measured.computeIfAbsent(e, x -> EnsembleMeasurement.take(x, Scale.current(),
                CheckpointCache.fromEnvironment(), DegradationSample::attach));
    }

    static Stream<Arguments> rows() {
        return Stream.of(EnsembleExperiment.values())
                .flatMap(e -> e.kind().intervals().stream().map(interval -> Arguments.of(e, interval.key(), interval)));
    }

    @ParameterizedTest(name = "{0}, Table {0}'s row {1}: interval mean accuracy of the six pipelines")
    @MethodSource("rows")
    void intervalMeans(EnsembleExperiment e, String row, LevelInterval interval) {
        EnsembleMeasurement measurement = measured(e);
        for (Pipeline p : Pipeline.values()) {
            LevelHits hits = measurement.hits().of(p);
            String column = p.column(e.kind());
            String method = measurement.methods().get(p);
            Condition degradation = e.kind().interval(interval);
            if (e.isCifar()) {
                new IntervalMeanColumn(PublishedTables.load(e.table()), column, e.dataset(), method)
                        .recordSubstituted(hits, interval, degradation, NOT_ASSERTED);
            } else {
                CellRecorder.unpublished(hits.intervalMean(interval.low(), interval.high()), e.table().cell(row,
                        column), e.dataset(), method, degradation, FASHION);
            }
        }
    }

    @Test
    @DisplayName("Architecture check (CIFAR-10 gauss): a ResNet of clean images without and with the restorer")
    void architectureCheck() {
        EnsembleExperiment e = EnsembleExperiment.secondArchitectureCheck();
        Map<Pipeline, LevelHits> resnet = measured(e).secondArchitecture();
        ClassifierArchitecture architecture = EnsembleExperiment.SECOND_ARCHITECTURE;
        String resnetName = architecture.displayName(Scale.current());
        for (LevelInterval interval : e.kind().intervals()) {
            for (Pipeline p : List.of(Pipeline.CLA_ORG, Pipeline.SEQ_ORG)) {
                CellRecorder.unpublished(resnet.get(p).intervalMean(interval.low(), interval.high()),
                        e.table().cell(interval.key(), p.column(e.kind()) + " " + resnetName), e.dataset(),
                        (p == Pipeline.SEQ_ORG ? "dilated-restorer+" : "") + architecture.id()
                                + "(clean) (" + Scale.current().name().toLowerCase(Locale.ROOT) + ")",
                        e.kind().interval(interval), ARCHITECTURE);
            }
        }
    }

    @Test
    @DisplayName("Table 4 (JPEG CIFAR-100): every printed cell (cannot run here: CIFAR-100 is not on this machine)")
    void cifar100() {
        PublishedTable table = PublishedTables.load("003", "4");
        for (String row : table.rowKeys()) {
            for (String column : table.columnKeys()) {
                CellRecorder.cannotRunHere(table.publishedValue(row, column), table.dataset(), column,
                        DegradationKind.JPEG.interval(LevelInterval.parse(row)), MetricId.INTERVAL_MEAN_ACCURACY,
                        "CIFAR-100 is neither in the data mirror nor a Debian package here; the suite runs the same"
                                + " protocol on Fashion-MNIST instead (rows with dataset " + FashionMnist.NAME + ")");
            }
        }
    }

    @Test
    @DisplayName("Claims (§4.3–4.5): Proposed vs Seq(org)/Seq(res) per interval, Seq(res) vs Cla(org) at the strongest"
            + " degradation, clean-trained vs degraded-trained at the mildest; paired sign tests, Holm")
    void claims() {
        record Owned(IntervalClaim claim, EnsembleExperiment owner) {
        }
        Scale scale = Scale.current();
        EnsembleExperiment check = EnsembleExperiment.secondArchitectureCheck();
        Stream<Owned> perExperiment = Stream.of(EnsembleExperiment.values()).flatMap(e -> EnsembleClaims.of(
                measured(e).hits(), e.toString(), scale).stream().map(c -> new Owned(c, e)));
        Stream<Owned> architecture = EnsembleClaims.restorationHelps(measured(check).secondArchitecture(), check.kind(),
                check + ", " + EnsembleExperiment.SECOND_ARCHITECTURE.displayName(scale), scale).stream()
                .map(c -> new Owned(c, check));
        List<Owned> claims = Stream.concat(perExperiment, architecture).toList();
        List<ClaimOutcome> outcomes = PairedClaimFamily.record(claims.stream().map(o -> o.claim().claim()).toList(),
                MetricId.INTERVAL_MEAN_ACCURACY_GAIN, claims.stream().map(o -> o.owner().placement(o.claim(), scale))
                        .toList());
        PairedClaimFamily.assertExpectations(outcomes);
    }
}
