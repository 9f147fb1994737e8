package io.crbench.suites.literature;

import io.crbench.baselines.restorers.LumaFidelityGrids;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.Restored;
import io.crbench.reports.DegradationSample;
import io.crbench.restore.Restorer;
import io.crbench.suites.literature.MetricColumns.MethodColumns;
import java.util.function.Supplier;

/**
 * One row of the deblocking tables: each method's printed cells in it, measured on the data set's
 * Y planes under the row's degradation (restored by the method's network, if it has one) and held
 * to every table that prints them, or recorded as cannot run here with the reason.
 */
final class DeblockingRow {
    /** The method id of the degraded input's own cells. */
    private static final String INPUT_ONLY = "jpeg-only";
    private final String row;
    private final String dataset;
    private final Degradation input;
    private final LumaFidelityGrids luma;

    /**
     * @param row the tables' row key, e.g. {@code Classic5/10}
     * @param dataset the mirror folder of the row's images
     * @param input the degradation the row's images are under, before any restorer
     * @param luma where the images' Y planes are loaded and scored, once for all rows
     */
    DeblockingRow(String row, String dataset, Degradation input, LumaFidelityGrids luma) {
        this.row = row;
        this.dataset = dataset;
        this.input = input;
        this.luma = luma;
    }

    /** The degraded input's cells in {@code columns}, measured unless {@code whyNot} says why not. */
    void input(String whyNot, MethodColumns... columns) {
        if (whyNot != null) {
            cannotRun(INPUT_ONLY, whyNot, columns);
            return;
        }
        for (MethodColumns c : columns) {
            c.table().hold(row, c.method(), luma.of(dataset, 1).scores(input), dataset, INPUT_ONLY,
                    input.condition());
        }
    }

    /**
     * The cells in {@code columns} of the input restored by {@code network} (opened here, closed
     * after), measured unless {@code whyNot} says why not (recorded as {@code id}); with
     * {@code sample}, the first image's restoration is attached to the report.
     */
    void restored(String id, Supplier<? extends Restorer> network, String whyNot, boolean sample,
            MethodColumns... columns) {
        if (whyNot != null) {
            cannotRun(id, whyNot, columns);
            return;
        }
        try (Restorer restorer = network.get()) {
            Restored restored = new Restored(input, restorer);
            for (MethodColumns c : columns) {
                c.table().hold(row, c.method(), luma.of(dataset, 1).scores(restored), dataset, restorer.id(),
                        restored.condition());
            }
            if (sample) {
                DegradationSample.attach(luma.of(dataset, 1).clean().get(0), restored);
            }
        }
    }

    /** The cells in {@code columns} recorded as cannot run here for {@code methodId}, because {@code why}. */
    void cannotRun(String methodId, String why, MethodColumns... columns) {
        for (MethodColumns c : columns) {
            c.table().cannotRun(row, c.method(), dataset, methodId, input.condition(), why);
        }
    }
}
