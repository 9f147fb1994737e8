package io.crbench.suites.replication;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.baselines.replication.CifarReplication;
import io.crbench.baselines.replication.EarlyStoppedModel;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.FidelityGrid;
import io.crbench.experiment.PairedComparison;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.reports.RecordedReference;
import io.crbench.result.RecordedBaselines;
import io.crbench.result.ResultRecord;
import io.crbench.result.TableKey;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every replication suite shares: the {@link ReplicationBench} of its paper, opened before its
 * first case and closed after its last, and the training seeds its per-seed cases run over. A
 * suite declares its paper's table and how its method departs from the paper, then its cases. Its
 * report entry shows the paper's last recorded full run beside this run's rows. A method that is a
 * front end before the frozen classifiers extends {@link FrontEndReplicationSuite}.
 */
@ExtendWith(ExperimentReportExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReplicationSuite implements RecordedReference {
    /** The folder of recorded full runs, one {@code <paper>.jsonl} each (set by the suites' pom). */
    public static final String RECORDED_PROPERTY = "crbench.replication.recorded";

    private final TableKey table;
    private final String method;
    private final UnaryOperator<CifarReplication> fullForm;
    private ReplicationBench bench;

    /**
     * A suite whose runs train under the protocol's rule.
     *
     * @param table the paper and table of the suite's rows
     * @param method what the suite trains, and how it departs from the paper
     */
    protected ReplicationSuite(TableKey table, String method) {
        this(table, method, UnaryOperator.identity());
    }

    /**
     * A suite whose runs were measured to need more iterations than the full form's cap allows.
     *
     * @param fullFormCap the cap of this suite's runs in the full form ({@link CifarReplication#withFullFormCap})
     */
    protected ReplicationSuite(TableKey table, String method, int fullFormCap) {
        this(table, method, protocol -> protocol.withFullFormCap(fullFormCap));
    }

    /**
     * A suite whose runs were measured to need another rule than the full form's: a longer patience
     * or a learning-rate decay too ({@link CifarReplication#withFullFormPatience},
     * {@link CifarReplication#withFullFormDecay}); the reduced form is left as it is.
     *
     * @param fullForm what this suite changes in the full form, applied to the form of the run
     */
    protected ReplicationSuite(TableKey table, String method, UnaryOperator<CifarReplication> fullForm) {
        this.table = table;
        this.method = method;
        this.fullForm = fullForm;
    }

    @BeforeAll
    protected final void openBench() {
        bench = ReplicationBench.open(table, method, fullForm.apply(CifarReplication.current()));
    }

    @AfterAll
    protected final void closeBench() {
        bench.close();
    }

    /** {@code comparison} of each training seed of this run, in seed order, for {@link SeedSpread}. */
    protected final Map<Long, PairedComparison> perSeed(LongFunction<PairedComparison> comparison) {
        Map<Long, PairedComparison> bySeed = new LinkedHashMap<>();
        seeds().forEach(seed -> bySeed.put(seed, comparison.apply(seed)));
        return bySeed;
    }

    /** The training seeds of this run's form: the source of every per-seed case. */
    protected final List<Long> seeds() {
        return bench.protocol().seeds();
    }

    protected final CifarReplication protocol() {
        return bench.protocol();
    }

    /** The frozen ResNet-20 on the protocol's test images. */
    protected final ClassifierGrid grid() {
        return bench.grid();
    }

    /** PSNR (RGB) of the test images under a degradation, measured once per degradation. */
    protected final FidelityGrid psnr() {
        return bench.psnr();
    }

    /** The frozen ResNet-56 on the same test images (loaded on first use). */
    protected final ClassifierGrid secondGrid() {
        return bench.secondGrid();
    }

    /** One row per QF: {@code classifier}'s top-1 on the JPEG test images, under this suite's paper and table. */
    protected final void recordJpegTop1(ClassifierGrid classifier, List<Integer> qualities) {
        for (int q : qualities) {
            JpegCompression jpeg = JpegCompression.at(q);
            CellRecorder.unpublished(classifier.scores(jpeg).top1(), table.cell("CIFAR-10 replication: JPEG top-1", q),
                    classifier.dataset(), classifier.method(), jpeg.condition(), setup());
        }
    }

    /** "1..10" for a run of consecutive QFs, else the QFs listed ("10, 30, 50"), for the rows' reasons. */
    protected static String describe(List<Integer> qualities) {
        int first = qualities.get(0);
        int last = qualities.get(qualities.size() - 1);
        return last > first && last - first + 1 == qualities.size() ? first + ".." + last
                : qualities.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The paper and table of the suite's rows. */
    protected final TableKey table() {
        return table;
    }

    protected final ConvergedModels models() {
        return bench.models();
    }

    /** The rows' setup text: the protocol, then what the suite's method changes from the paper. */
    protected final String setup() {
        return bench.setup();
    }

    /**
     * In the full form, after the case's rows are written: every one of {@code runs} converged. The
     * reduced form's runs stop at a small iteration cap by design, so it is not asked of them.
     */
    protected final void assertConvergedInFullForm(List<EarlyStoppedModel> runs) {
        if (full()) {
            assertThat(runs).as("every run converged: %s", runs.stream().map(r -> r.id() + ": " + r.convergence())
                    .toList()).allMatch(EarlyStoppedModel::converged);
        }
    }

    /** Whether this run is the full replication (the reduced form checks the machinery only). */
    protected final boolean full() {
        return bench.protocol().isFull();
    }

    @Override
    public String referenceTitle() {
        return "recorded full run of seed " + table.paper() + " (" + recordedFile().getFileName() + ")";
    }

    /** The last recorded full run's rows of this paper; empty when none is recorded yet. */
    @Override
    public List<ResultRecord> referenceRows() {
        return RecordedBaselines.load(recordedFile()).rows();
    }

    private Path recordedFile() {
        String folder = System.getProperty(RECORDED_PROPERTY);
        if (folder == null || folder.isBlank()) {
            throw new IllegalStateException("-D" + RECORDED_PROPERTY + " is not set: it names the folder of recorded"
                    + " full replication runs (baselines/recorded/replication)");
        }
        return Path.of(folder).resolve(table.paper() + ".jsonl");
    }
}
