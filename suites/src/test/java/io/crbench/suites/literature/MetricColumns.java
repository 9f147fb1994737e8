package io.crbench.suites.literature;

import io.crbench.baselines.published.PublishedTable;
import io.crbench.degradation.Condition;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.FidelityMetric;
import io.crbench.experiment.FidelityScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A published table that prints one column per method and metric, named by the method followed by
 * the metric's suffix ({@code ARCNN_psnr}, {@code ARCNN_ssim}, …), as the deblocking tables of the
 * DnCNN and FBCNN papers do. Tables of this kind cover different rows and methods, so a (row,
 * column) pair the table does not print is no cell, and nothing is recorded for it.
 *
 * @param table the published table
 * @param metrics the metrics of the columns, in the order their rows are written
 * @param suffixes each metric's column suffix
 */
record MetricColumns(PublishedTable table, List<FidelityMetric> metrics, Map<FidelityMetric, String> suffixes) {
    /** The metrics of the DnCNN and FBCNN deblocking tables, all on Y: PSNR, SSIM, PSNR-B. */
    static final List<FidelityMetric> LUMA_METRICS = List.of(FidelityMetric.PSNR_Y, FidelityMetric.SSIM_Y,
            FidelityMetric.PSNRB_Y);

    MetricColumns {
        List<FidelityMetric> unnamed = new ArrayList<>(metrics);
        unnamed.removeAll(suffixes.keySet());
        if (!unnamed.isEmpty()) {
            throw new IllegalArgumentException(table + ": no column suffix for " + unnamed);
        }
        metrics = List.copyOf(metrics);
        suffixes = Map.copyOf(suffixes);
    }

    /** A deblocking table of the DnCNN or FBCNN paper: columns {@code <method>_psnr}, {@code _ssim}, {@code _psnrb}. */
    static MetricColumns deblocking(PublishedTable table) {
        return new MetricColumns(table, LUMA_METRICS, Map.of(FidelityMetric.PSNR_Y, "_psnr", FidelityMetric.SSIM_Y,
                "_ssim", FidelityMetric.PSNRB_Y, "_psnrb"));
    }

    /** {@code method}'s columns of this table. */
    MethodColumns columnsOf(String method) {
        return new MethodColumns(this, method);
    }

    /** One method's columns of a table, as its column names print the method. */
    record MethodColumns(MetricColumns table, String method) {
    }

    /** Every printed cell of {@code method} in {@code row} held to the measurement of its metric in {@code scores}. */
    void hold(String row, String method, FidelityScores scores, String dataset, String methodId,
            Condition degradation) {
        for (FidelityMetric metric : printed(row, method)) {
            CellRecorder.compared(scores.mean(metric), table.publishedValue(row, column(method, metric)), dataset,
                    methodId, degradation);
        }
    }

    /** Every printed cell of {@code method} in {@code row} recorded as cannot run here, because {@code why}. */
    void cannotRun(String row, String method, String dataset, String methodId, Condition degradation,
            String why) {
        for (FidelityMetric metric : printed(row, method)) {
            CellRecorder.cannotRunHere(table.publishedValue(row, column(method, metric)), dataset, methodId,
                    degradation, metric.id(), why);
        }
    }

    /** The metrics whose column of {@code method} has a printed value in {@code row}. */
    List<FidelityMetric> printed(String row, String method) {
        List<FidelityMetric> out = new ArrayList<>();
        for (FidelityMetric metric : metrics) {
            String column = column(method, metric);
            if (table.rowKeys().contains(row) && table.columnKeys().contains(column)
                    && table.value(row, column).isPresent()) {
                out.add(metric);
            }
        }
        return out;
    }

    private String column(String method, FidelityMetric metric) {
        return method + suffixes.get(metric);
    }
}
