package io.crbench.suites.replication;

import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.baselines.replication.CifarReplication;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.FidelityGrid;
import io.crbench.experiment.FidelityMetric;
import io.crbench.result.TableKey;
import java.util.List;

/**
 * What every replication suite stands on: the {@link CifarReplication} form of this run, the frozen
 * ResNet-20 on its test images (and the ResNet-56 where a suite asks for it), their PSNR, the suite's
 * {@link ConvergedModels}, and the rows' setup text (the protocol, then what the suite's method
 * changes from the paper).
 */
public final class ReplicationBench implements AutoCloseable {
    private final CifarReplication protocol;
    private final ClassifierGrid grid;
    private final FidelityGrid psnr;
    private final ConvergedModels models;
    private final String setup;
    private ClassifierGrid secondGrid;

    private ReplicationBench(CifarReplication protocol, ClassifierGrid grid, String setup, TableKey table) {
        this.protocol = protocol;
        this.grid = grid;
        this.psnr = new FidelityGrid(grid.dataset(), grid.inputs(), List.of(FidelityMetric.PSNR_RGB), 0);
        this.setup = setup;
        this.models = new ConvergedModels(table, grid.dataset(), setup, protocol.checkEvery());
    }

    /**
     * @param table the paper and table of the suite's rows
     * @param method what the suite trains, and how it departs from the paper
     * @param protocol the form of this run
     */
    public static ReplicationBench open(TableKey table, String method, CifarReplication protocol) {
        ClassifierGrid grid = ClassifierGrids.authorsCifarResNet(CifarReplication.CLASSIFIER_DEPTH, protocol.test());
        return new ReplicationBench(protocol, grid, protocol.describe() + "; " + method, table);
    }

    public CifarReplication protocol() {
        return protocol;
    }

    /** The frozen ResNet-20 on the protocol's test images. */
    public ClassifierGrid grid() {
        return grid;
    }

    /** PSNR (RGB) of the protocol's test images under a degradation, measured once per degradation. */
    public FidelityGrid psnr() {
        return psnr;
    }

    /**
     * The frozen ResNet-56 ({@link CifarReplication#SECOND_CLASSIFIER_DEPTH}) on the same image
     * objects as {@link #grid()}, so a remembered restoration serves both; loaded on first use.
     */
    public synchronized ClassifierGrid secondGrid() {
        if (secondGrid == null) {
            secondGrid = ClassifierGrids.authorsCifarResNet(CifarReplication.SECOND_CLASSIFIER_DEPTH, protocol.test());
        }
        return secondGrid;
    }

    public ConvergedModels models() {
        return models;
    }

    /** The rows' setup text. */
    public String setup() {
        return setup;
    }

    @Override
    public void close() {
        models.close();
        grid.close();
        if (secondGrid != null) {
            secondGrid.close();
        }
    }
}
