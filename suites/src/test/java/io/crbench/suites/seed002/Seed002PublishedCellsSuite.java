package io.crbench.suites.seed002;

import io.crbench.baselines.afd.AfdPublishedCells;
import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.baselines.published.PublishedCell;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.suites.SuiteResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every printed cell of seed 002's Tables I–X, so the report shows each one. The DirectTest
 * column of Tables V (JPEG per QF), VI (T compressions), IX (AVIF) and X (JPEG, clean) is measured
 * with the same code as the robustness suites when the user supplies the paper's classifier
 * ({@code -Dcrbench.model.resnet50=FILE}, {@code -Dcrbench.model.repvgg-a2=FILE}) and ImageNet
 * validation ({@code -Dcrbench.data.imagenet-val=DIR}), and held to the printed value; every other
 * cell, and these without the files, is recorded as cannot-run-here with what is missing.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 002 Tables I–X: every published cell, measured with user-supplied models or marked cannot-run-here")
class Seed002PublishedCellsSuite {
    /** The user's classifier per model key, on the ImageNet validation folder. */
    @RegisterExtension
    static final SuiteResources<String, ClassifierGrid> GRIDS = SuiteResources.create();

    @ParameterizedTest(name = "Seed 002 Table {0}: every printed cell")
    @ValueSource(strings = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})
    void table(String id) {
        PublishedTable table = PublishedTables.load("002", id);
        List<String> deviations = new ArrayList<>();
        for (PublishedCell cell : table.cells()) {
            Optional<String> model = AfdPublishedCells.measurableWith(table, cell)
                    .filter(ClassifierGrids::userImageNetConfigured);
            if (model.isPresent()) {
                // Every cell is recorded before the case fails, so one deviation hides no other cell.
                try {
                    AfdPublishedCells.measure(table, cell, GRIDS.get(model.get(),
                            ClassifierGrids::userImageNetValidation));
                } catch (AssertionError e) {
                    deviations.add(e.getMessage());
                }
            } else {
                AfdPublishedCells.recordCannotRun(table, cell);
            }
        }
        if (!deviations.isEmpty()) {
            throw new AssertionError(String.join("\n", deviations));
        }
    }
}
