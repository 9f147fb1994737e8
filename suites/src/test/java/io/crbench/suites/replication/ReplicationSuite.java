package io.crbench.suites.replication;

import io.crbench.baselines.replication.CifarReplication;
import io.crbench.baselines.replication.TrainedRestorer;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClaimFamily;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.PairedComparison;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.reports.RecordedReference;
import io.crbench.result.RecordedBaselines;
import io.crbench.result.ResultRecord;
import io.crbench.result.TableKey;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every replication suite shares: the {@link ReplicationBench} of its paper, opened before its
 * first case and closed after its last, and the training seeds its per-seed cases run over. A
 * suite declares its paper's table and how its method departs from the paper, then its cases. Its
 * report entry shows the paper's last recorded full run beside this run's rows.
 */
@ExtendWith(ExperimentReportExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReplicationSuite implements RecordedReference {
    /** The folder of recorded full runs, one {@code <paper>.jsonl} each (set by the suites' pom). */
    public static final String RECORDED_PROPERTY = "crbench.replication.recorded";

    private final TableKey table;
    private final String method;
    private ReplicationBench bench;

    /**
     * @param table the paper and table of the suite's rows
     * @param method what the suite trains, and how it departs from the paper
     */
    protected ReplicationSuite(TableKey table, String method) {
        this.table = table;
        this.method = method;
    }

    @BeforeAll
    protected final void openBench() {
        bench = ReplicationBench.open(table, method);
    }

    @AfterAll
    protected final void closeBench() {
        bench.close();
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

    /**
     * Restored minus JPEG top-1 of {@code classifier} with {@code frontEnd} before it, at each of
     * {@code qualities} on the same test images: one family (exact McNemar per QF, Holm over the
     * QFs) tested for the claimed sign, restoring first raises accuracy; a row per QF, its reason
     * ending with {@code headline}, what the paper reports.
     */
    protected final void recordFrontEndGains(TrainedRestorer frontEnd, ClassifierGrid classifier,
            List<Integer> qualities, String headline) {
        new ClaimFamily("claim (restoring first raises accuracy) at this QF", "QF " + describe(qualities))
                .record(qualities.stream().map(q -> new ClaimFamily.Member(frontEndGain(frontEnd, classifier, q),
                        table.cell("CIFAR-10 replication: restored minus JPEG top-1", q), classifier.dataset(),
                        frontEnd.restorer().id() + "+" + classifier.method(),
                        models().restored(frontEnd, JpegCompression.at(q)).condition())).toList(), setup(), headline);
    }

    /**
     * The same gains per QF across the training seeds ({@link SeedSpread}), each seed's front end
     * from {@code frontEnd}; {@code method} names the front end in the rows.
     */
    protected final void recordFrontEndGainSpread(LongFunction<TrainedRestorer> frontEnd, String method,
            ClassifierGrid classifier, List<Integer> qualities) {
        for (int q : qualities) {
            SeedSpread.record(seeds().stream().map(seed -> frontEndGain(frontEnd.apply(seed), classifier, q)).toList(),
                    1, table.cell("CIFAR-10 replication: restored minus JPEG top-1 over seeds", q),
                    classifier.dataset(), method + "+" + classifier.method(), JpegCompression.at(q).condition(),
                    setup());
        }
    }

    /** {@code classifier}'s top-1 on {@code frontEnd}'s restoration minus on the JPEG images, paired per image. */
    protected final PairedComparison frontEndGain(TrainedRestorer frontEnd, ClassifierGrid classifier, int quality) {
        JpegCompression jpeg = JpegCompression.at(quality);
        return classifier.scores(models().restored(frontEnd, jpeg)).top1ChangeFrom(classifier.scores(jpeg));
    }

    /**
     * The QFs the second classifier is tested at: all of {@code qualities} in the full form; in the
     * reduced one {@code reducedQuality} only (each QF costs about 6 s of the default run, where the
     * ResNet-56 only checks the machinery).
     */
    protected final List<Integer> secondClassifierQualities(List<Integer> qualities, int reducedQuality) {
        return full() ? qualities : List.of(reducedQuality);
    }

    /** "1..10" for a run of consecutive QFs, else the QFs listed ("10, 30, 50"), for the rows' reasons. */
    protected static String describe(List<Integer> qualities) {
        int first = qualities.get(0);
        int last = qualities.get(qualities.size() - 1);
        return last > first && last - first + 1 == qualities.size() ? first + ".." + last
                : qualities.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    protected final ConvergedModels models() {
        return bench.models();
    }

    /** The rows' setup text: the protocol, then what the suite's method changes from the paper. */
    protected final String setup() {
        return bench.setup();
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
