package io.crbench.suites.seed004;

import io.crbench.baselines.published.PublishedCell;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.baselines.restorers.QualityAwareCascadeMethod;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.Scale;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.result.MetricId;
import io.crbench.result.ResultRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every printed cell of seed 004's two data-set tables (mean over QF 10..90, and the initial test
 * run), so the report shows each one. They cannot be measured here: BSDS500 and Urban100 are not
 * in the mirror, the paper does not say which colour space or images it scores, and its "Q-Sweep"
 * is undefined. (Its bikes.bmp demo is measured by {@code RestorationFidelitySuite}.)
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 004 data-set tables: every published cell (cannot run here: data and protocol missing)")
class Seed004PublishedCellsSuite {

    @ParameterizedTest(name = "Seed 004 Table {0}: every printed cell")
    @ValueSource(strings = {"MeanQF10to90", "InitialTestRun"})
    void table(String id) {
        PublishedTable table = PublishedTables.load("004", id);
        String method = QualityAwareCascadeMethod.id(Scale.current());
        for (PublishedCell cell : table.cells()) {
            String set = cell.row().contains("/") ? cell.row().substring(0, cell.row().indexOf('/')) : cell.row();
            String level = cell.row().contains("/") ? cell.row().substring(cell.row().indexOf('/') + 1) : "10..90";
            String metric = cell.column().equals("psnr") ? MetricId.PSNR_RGB.wire() : MetricId.SSIM_RGB.wire();
            CellRecorder.cannotRunHere(ResultRecord.cannotRunHere("004", id, cell.row() + "/" + cell.column(), set,
                    method, "jpeg(q=" + level + ")",
                    metric, table.publishedValue(cell.row(), cell.column()).value(), whyNot(set, level)));
        }
    }

    private static String whyNot(String set, String level) {
        String protocol = "the paper does not state the colour space (RGB or Y), the images or how values are averaged";
        if (set.equals("BSD500") || set.equals("Urban100")) {
            return set + " is not in the data mirror; " + protocol;
        }
        if (level.equals("Q-Sweep")) {
            return "'Q-Sweep' is not defined in the paper; " + protocol;
        }
        return protocol + " (LIVE1 alone could be scored, but not in the paper's unknown convention; the overall mean"
                + " also needs BSD500 and Urban100)";
    }
}
