package io.crbench.suites.seed003;

import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.datasets.Datasets;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.CpsnrAggregate;
import io.crbench.experiment.FidelityMetric;
import io.crbench.experiment.FidelityScores;
import io.crbench.image.Image8;
import io.crbench.reports.ExperimentReportExtension;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 003, Table 2, row "JPEG": colour PSNR of the 10,000 CIFAR-10 test images after PIL JPEG at
 * QF 10/30/50/70/90. The printed value is held to the mean of per-image CPSNR; CPSNR of the mean
 * MSE is recorded beside it to show which aggregation the paper used (see the table file's findings).
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 003 Table 2: CPSNR of JPEG CIFAR-10 (10,000 test images)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Seed003Table2JpegCpsnrSuite {
    private static final PublishedTable TABLE = PublishedTables.load("003", "2");
    private static final String METHOD = "jpeg-only";
    /** All 1,000 images of every class, shared with the other CIFAR suites of the run. */
    private final List<Image8> images = PreparedSets.cifar10Test(1000).images();

    @ParameterizedTest(name = "Table 2, row JPEG, QF {0}: mean of per-image CPSNR vs published")
    @ValueSource(ints = {10, 30, 50, 70, 90})
    void jpegRow(int quality) {
        JpegCompression jpeg = JpegCompression.at(quality);
        double[] mse = FidelityScores.measure(images, jpeg, List.of(FidelityMetric.MSE_RGB), 0)
                .values(FidelityMetric.MSE_RGB);
        CellRecorder.unpublished(CpsnrAggregate.ofMeanMse(mse), TABLE.key().cell("JPEG (CPSNR of mean MSE)", quality),
                Datasets.CIFAR10_TEST, METHOD, jpeg.condition(),
                "alternative aggregation, recorded to show which one the printed row uses");
        CellRecorder.compared(CpsnrAggregate.meanOfPerImage(mse), TABLE.publishedValue("JPEG", Integer.toString(quality)),
                Datasets.CIFAR10_TEST, METHOD, jpeg.condition());
    }
}
