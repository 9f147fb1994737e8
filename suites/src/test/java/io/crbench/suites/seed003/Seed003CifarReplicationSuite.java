package io.crbench.suites.seed003;

import io.crbench.baselines.ensemble.EnsembleClaims;
import io.crbench.baselines.ensemble.EnsembleReplication;
import io.crbench.baselines.ensemble.IntervalClaim;
import io.crbench.baselines.ensemble.LevelInterval;
import io.crbench.baselines.ensemble.Pipeline;
import io.crbench.baselines.ensemble.PipelineHits;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.baselines.replication.CifarReplication;
import io.crbench.baselines.replication.EarlyStoppedModel;
import io.crbench.baselines.replication.TrainedRestorer;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClaimFamily;
import io.crbench.experiment.PairedComparison;
import io.crbench.experiment.Scale;
import io.crbench.model.BlockClassifier;
import io.crbench.reports.TrainingCurvePlot;
import io.crbench.result.MetricId;
import io.crbench.suites.SuiteResources;
import io.crbench.suites.replication.ReplicationSuite;
import io.crbench.suites.replication.SeedSpread;
import io.crbench.train.TrainedModel;
import io.crbench.train.TrainingJob;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed 003's method in the CIFAR-10 replication ({@link CifarReplication}), Table 3's protocol
 * (JPEG at QF 1..100, interval mean accuracy): Cla(org) is the released ResNet-20; the restorer,
 * the level estimator and the released ResNet-20 fine-tuned on JPEG (Cla(jpg)) and on restored
 * images (Seq(res)'s classifier) are trained until their validation loss stops improving, and the
 * ensemble weights fitted, per training seed ({@link EnsembleReplication}). Per seed, the six
 * pipelines are evaluated on the same images (at QF 5, 15, …, 95 in the full form, 10, 30, …, 90
 * in the reduced one), and the paper's claims (Proposed
 * over Seq(org) and Seq(res) per interval, Seq(res) over Cla(org) at QF 1..20, Seq(org) over
 * Cla(org), the classifiers of clean images ahead at QF 81..100, Proposed over Ens(Cla)) are one
 * family (exact sign test on per-image interval hit rates, Holm), each beside the paper's own
 * difference in Table 3; across seeds, each claim's difference is summarised.
 *
 * <p>Asserted in the full form: every trained model converged. The verdicts are the recorded finding.
 */
@DisplayName("Seed 003 at CIFAR-10 scale (converged replication): restoration + level-weighted ensemble with a released"
        + " ResNet-20 as Cla(org), Table 3's pipelines and claims")
class Seed003CifarReplicationSuite extends ReplicationSuite {
    private static final PublishedTable TABLE_3 = PublishedTables.load("003", "3");
    private static final String LABEL = "CIFAR-10 replication";
    /**
     * The full form's cap of this suite's runs: under the protocol's 2,000 iterations, the level
     * estimator and both fine-tuned ResNet-20s were still improving in every seed (recorded run at
     * de9a7af); under 4,000 all but seed 3's level estimator converged (recorded README).
     */
    private static final int FULL_FORM_CAP = 4000;
    /**
     * The level estimator's window in the full form: its validation loss is noisy (seed 3's read
     * 0.0167, 0.0228, 0.0151 at 3,500 to 3,700 iterations), and one low check set a bar the next
     * checks' noise hid the trend under: 4 checks without a 0.5 % gain on it stopped seed 1's at
     * 0.0265 (recorded run at 385a9bb), and 10 stopped seed 3's at 0.0151 while seeds 1 and 2,
     * trained on under the same 10, fell to 0.0083 and 0.0064. The rule compares the mean of 5
     * checks instead.
     */
    private static final int ESTIMATOR_WINDOW = 5;
    /**
     * The level estimator's patience in the full form: the seed 1 and 2 curves above went up to 7
     * checks without a 0.5 % gain before falling further.
     */
    private static final int ESTIMATOR_PATIENCE = 10;
    /**
     * The level estimator's cap in the full form: under the 10-check rule seeds 1 and 2 stopped after
     * 13,900 and 15,300 iterations, and the network is small (8,000 iterations in 39 s on 2 cores).
     */
    private static final int ESTIMATOR_CAP = 40000;
    /** Steps averaged per point of the ensemble weights' plotted loss. */
    private static final int WEIGHT_PLOT_WINDOW = 20;

    /** Each seed's networks, trained or loaded once by the first case that needs them. */
    @RegisterExtension
    static final SuiteResources<Long, Networks> NETWORKS = SuiteResources.create();
    /** Each seed's pipeline hits, evaluated once. */
    private final Map<Long, PipelineHits> hits = new ConcurrentHashMap<>();

    /**
     * One training seed's networks; closing them closes the ensemble weights, as every other network
     * is a run the suite's {@link #models()} close.
     */
    private record Networks(TrainedRestorer restorer, EarlyStoppedModel estimator, EarlyStoppedModel degradedRun,
            BlockClassifier degraded, EarlyStoppedModel restoredRun, BlockClassifier restored, TrainedModel weights)
            implements AutoCloseable {
        List<EarlyStoppedModel> runs() {
            return List.of(restorer.run(), estimator, degradedRun, restoredRun);
        }

        @Override
        public void close() {
            weights.close();
        }
    }

    Seed003CifarReplicationSuite() {
        super(TABLE_3.key(), "seed 003's method at ci size (dilated restorer, level estimator), Cla(org) the released"
                + " ResNet-20, Cla(jpg) and the classifier of restored images the released ResNet-20 fine-tuned"
                + " (Adam 1e-4), ensemble weights fitted on 2,000 degraded training images for a fixed 300 steps;"
                + " JPEG at a QF drawn from 1..100 per image; evaluated at QF "
                + Arrays.toString(EnsembleReplication.levels(CifarReplication.current()))
                + (CifarReplication.current().isFull() ? "; the level estimator, whose validation loss is noisy, stops"
                        + " when the mean of " + ESTIMATOR_WINDOW + " checks has not improved for " + ESTIMATOR_PATIENCE
                        + " checks (cap " + ESTIMATOR_CAP + ")" : ""), FULL_FORM_CAP);
    }

    @ParameterizedTest(name = "Seed 003 protocol on CIFAR-10, training seed {0}: interval mean accuracy of the six"
            + " pipelines (Table 3's rows)")
    @MethodSource("seeds")
    void pipelines(long seed) {
        PipelineHits h = hits(seed);
        for (LevelInterval interval : EnsembleReplication.KIND.intervals()) {
            for (Pipeline p : Pipeline.values()) {
                String column = p.column(EnsembleReplication.KIND);
                CellRecorder.unpublished(h.of(p).intervalMean(interval.low(), interval.high()),
                        TABLE_3.key().cell(LABEL + ": " + column, interval.key()), grid().dataset(), method(seed, p),
                        EnsembleReplication.KIND.interval(interval), setup() + "; the paper's Table 3 (CIFAR-10, its"
                                + " own networks trained on 50,000 images) prints " + published(interval, p));
            }
        }
        assertConvergedInFullForm(networks(seed).runs());
    }

    @ParameterizedTest(name = "Seed 003 protocol on CIFAR-10, training seed {0}: the paper's claims between pipelines"
            + " (exact sign test on per-image interval hit rates, Holm)")
    @MethodSource("seeds")
    void claims(long seed) {
        List<IntervalClaim> claims = claimsOf(seed);
        List<PairedComparison> comparisons = comparisons(claims);
        new ClaimFamily("claim (the first pipeline ahead) here", "the " + claims.size() + " claims").record(
                IntStream.range(0, claims.size()).mapToObj(i -> {
                    IntervalClaim c = claims.get(i);
                    return new ClaimFamily.Member(comparisons.get(i), TABLE_3.key().cell(LABEL + ": claim",
                            claimKey(c)), grid().dataset(), c.claim().better() + " vs " + c.claim().worse()
                                    + " (cifar-" + protocol().name() + ",seed=" + seed + ")",
                            EnsembleReplication.KIND.interval(c.interval()), 1, "the paper's difference (Table 3): "
                                    + paperDifference(c));
                }).toList(), setup(), null);
    }

    @Test
    @DisplayName("Seed 003 protocol on CIFAR-10: each claim's difference across training seeds")
    void spreadOverSeeds() {
        Map<Long, List<PairedComparison>> bySeed = seeds().stream().collect(Collectors.toMap(seed -> seed,
                seed -> comparisons(claimsOf(seed))));
        List<IntervalClaim> claims = claimsOf(seeds().get(0));
        for (int i = 0; i < claims.size(); i++) {
            int claim = i;
            IntervalClaim c = claims.get(i);
            SeedSpread.record(perSeed(seed -> bySeed.get(seed).get(claim)), 1,
                    TABLE_3.key().cell(LABEL + ": claim over seeds", claimKey(c)), grid().dataset(),
                    c.claim().better() + " vs " + c.claim().worse() + " (cifar-" + protocol().name() + ")",
                    EnsembleReplication.KIND.interval(c.interval()), setup() + "; the paper's difference (Table 3): "
                            + paperDifference(c));
        }
    }

    private List<IntervalClaim> claimsOf(long seed) {
        return EnsembleClaims.of(hits(seed), LABEL, Scale.CI);
    }

    private static List<PairedComparison> comparisons(List<IntervalClaim> claims) {
        return claims.stream().map(c -> PairedComparison.of(MetricId.INTERVAL_MEAN_ACCURACY_GAIN,
                c.claim().betterScores(), c.claim().worseScores())).toList();
    }

    /** The claim's part of a cell key, e.g. {@code Proposed > Seq(org) over (1,20)}. */
    private static String claimKey(IntervalClaim c) {
        return c.claim().name().substring(LABEL.length() + 2);
    }

    private static String published(LevelInterval interval, Pipeline p) {
        OptionalDouble v = TABLE_3.value(interval.key(), p.column(EnsembleReplication.KIND));
        return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : "no value";
    }

    /** Table 3's better-minus-worse difference of the claim's two columns on its interval. */
    private static String paperDifference(IntervalClaim c) {
        OptionalDouble better = TABLE_3.value(c.interval().key(), c.claim().better());
        OptionalDouble worse = TABLE_3.value(c.interval().key(), c.claim().worse());
        return better.isPresent() && worse.isPresent()
                ? String.format(Locale.ROOT, "%+.3f (%.3f vs %.3f)", better.getAsDouble() - worse.getAsDouble(),
                        better.getAsDouble(), worse.getAsDouble())
                : "not printed";
    }

    private String method(long seed, Pipeline p) {
        Networks n = networks(seed);
        String clean = grid().method();
        String restorer = n.restorer().restorer().id();
        return switch (p) {
            case CLA_ORG -> clean;
            case CLA_DEGRADED -> n.degraded().id();
            case SEQ_ORG -> restorer + "+" + clean;
            case SEQ_RES -> restorer + "+" + n.restored().id();
            case ENS_CLA -> "max-probability(" + clean + ", " + n.degraded().id() + ")";
            case PROPOSED -> "level-weighted(" + restorer + "+" + clean + ", " + restorer + "+" + n.restored().id()
                    + ")";
        };
    }

    private PipelineHits hits(long seed) {
        return hits.computeIfAbsent(seed, s -> {
            Networks n = networks(s);
            return EnsembleReplication.evaluate(protocol(), n.restorer().restorer(), n.estimator(), grid().classifier(),
                    n.degraded(), n.restored(), n.weights(), grid().inputs(), grid().labels());
        });
    }

    private Networks networks(long seed) {
        return NETWORKS.get(seed, s -> {
            String k = Long.toString(s);
            TrainingJob restorerJob = EnsembleReplication.restorerJob(s, protocol());
            TrainedRestorer restorer = models().restorer("restorer-" + k, () -> restorerJob);
            TrainingJob estimatorJob = EnsembleReplication.estimatorJob(s, protocol().withFullFormCap(ESTIMATOR_CAP)
                    .withFullFormPatience(ESTIMATOR_PATIENCE).withFullFormWindow(ESTIMATOR_WINDOW));
            EarlyStoppedModel estimator = models().model("estimator-" + k, () -> estimatorJob);
            EarlyStoppedModel degradedRun = models().model("degraded-" + k,
                    () -> EnsembleReplication.degradedClassifierJob(s, protocol()));
            TrainingJob restoredJob = EnsembleReplication.restoredClassifierJob(s, protocol(), restorerJob,
                    restorer.restorer());
            EarlyStoppedModel restoredRun = models().model("restored-" + k, () -> restoredJob);
            BlockClassifier degraded = EnsembleReplication.classifier(degradedRun);
            BlockClassifier restored = EnsembleReplication.classifier(restoredRun);
            TrainedModel weights = EnsembleReplication.weights(s, protocol(), restorerJob, restorer.restorer(),
                    estimatorJob, estimator, grid().classifier(), restoredJob, restored);
            TrainingCurvePlot.attach("ensemble-weights(jpeg,cifar-" + protocol().name() + ",seed=" + s + ")",
                    weights.lossCurve(), weights.validationCurve(), WEIGHT_PLOT_WINDOW, "fixed "
                            + weights.lossCurve().size() + " steps, no validation split (convergence not stated)");
            return new Networks(restorer, estimator, degradedRun, degraded, restoredRun, restored, weights);
        });
    }
}
