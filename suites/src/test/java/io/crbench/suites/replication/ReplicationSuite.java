package io.crbench.suites.replication;

import io.crbench.baselines.replication.CifarReplication;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.reports.ExperimentReportExtension;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every replication suite shares: the {@link ReplicationBench} of its paper, opened before its
 * first case and closed after its last, and the training seeds its per-seed cases run over. A
 * suite declares its paper, table and how its method departs from the paper, then its cases.
 */
@ExtendWith(ExperimentReportExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReplicationSuite {
    private final String paper;
    private final String table;
    private final String method;
    private ReplicationBench bench;

    /**
     * @param paper the paper id of the suite's rows
     * @param table their table
     * @param method what the suite trains, and how it departs from the paper
     */
    protected ReplicationSuite(String paper, String table, String method) {
        this.paper = paper;
        this.table = table;
        this.method = method;
    }

    @BeforeAll
    protected final void openBench() {
        bench = ReplicationBench.open(paper, table, method);
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
}
