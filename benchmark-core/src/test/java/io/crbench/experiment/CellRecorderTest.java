package io.crbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.crbench.degradation.JpegCompression;
import io.crbench.reproduction.Measurement;
import io.crbench.reproduction.PublishedValue;
import io.crbench.reproduction.SampleRelation;
import io.crbench.result.MetricId;
import io.crbench.result.RecordedBaselines;
import io.crbench.result.ResultRecord;
import io.crbench.result.ResultsFile;
import io.crbench.result.TableKey;
import io.crbench.result.Verdict;
import io.crbench.stats.Interval;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CellRecorder}: inside an open case every row is written before the case fails; the
 * cannot-run-here and timing rows carry what they say.
 */
class CellRecorderTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void baselineWithTwoCells() throws Exception {
        Path accepted = dir.resolve("accepted.jsonl");
        RecordedBaselines.load(accepted).record(List.of(row("a", 30), row("b", 30)));
        System.setProperty(RecordedBaselines.FILE_PROPERTY, accepted.toString());
    }

    @AfterAll
    static void clearProperty() {
        System.clearProperty(RecordedBaselines.FILE_PROPERTY);
    }

    private static Measurement psnr(double value) {
        return new Measurement(MetricId.PSNR_Y, new Interval(value, value - 0.05, value + 0.05, 0.95), 24);
    }

    private static ResultRecord row(String cell, double value) {
        return ResultRecord.unpublished(psnr(value), TableKey.NONE.cell(cell), "kodak", "m", JpegCompression.at(10).condition(), "r");
    }

    private static ResultRecord record(String cell, double value) {
        return CellRecorder.unpublished(psnr(value), TableKey.NONE.cell(cell), "kodak", "m", JpegCompression.at(10).condition(), "r");
    }

    @Test
    void anOpenCaseWritesEveryRowAndThenFailsWithAllItsRegressions() {
        int before = ResultsFile.shared().written().size();
        CellRecorder.openCase();
        record("a", 20);
        record("b", 20);
        assertThat(ResultsFile.shared().written()).hasSize(before + 2);
        assertThatThrownBy(CellRecorder::closeCase).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(RecordedBaselines.REGRESSION_PREFIX).hasMessageContaining("|a|")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement().extracting(Throwable::getMessage)
                        .asString().contains("|b|"));
        CellRecorder.closeCase();
    }

    @Test
    void outsideACaseARegressionFailsAtOnce() {
        assertThatThrownBy(() -> record("a", 20)).hasMessageStartingWith(RecordedBaselines.REGRESSION_PREFIX);
        record("b", 30);
    }

    @Test
    void aCellThatCannotRunHereCarriesThePrintedValueAndNoMeasurement() {
        PublishedValue printed = new PublishedValue(TableKey.of("003", "3").cell("(1,20)", "Seq(res)"), 0.5, 0.005,
                "rounding", null, SampleRelation.otherSample("another sample"));
        ResultRecord row = CellRecorder.cannotRunHere(printed, "CIFAR-10-test", "m",
                JpegCompression.interval(1, 20), MetricId.INTERVAL_MEAN_ACCURACY, "needs a retrained classifier");
        assertThat(row.verdict()).isEqualTo(Verdict.CANNOT_RUN_HERE);
        assertThat(row.key()).startsWith("003|3|(1,20)/Seq(res)|CIFAR-10-test|m|jpeg(q=1..20)|");
        assertThat(row.published()).isEqualTo(0.5);
        assertThat(row.isMeasured()).isFalse();
        assertThat(ResultsFile.shared().written()).contains(row);
    }

    @Test
    void aCellNoTablePrintsThatCannotRunHereHasNoPublishedValue() {
        ResultRecord row = CellRecorder.cannotRunHere(TableKey.claimOf("002").cell("DnCNN − DirectTest", "7"),
                "ImageNet-sample", "m", JpegCompression.at(7).condition(), MetricId.TOP1_GAIN, "paper scale only");
        assertThat(row.verdict()).isEqualTo(Verdict.CANNOT_RUN_HERE);
        assertThat(row.metric()).isEqualTo(MetricId.TOP1_GAIN.wire());
        assertThat(row.published()).isNull();
        assertThat(ResultsFile.shared().written()).contains(row);
    }

    @Test
    void aTimingIsWrittenAsItsMedianAndNinetyFifthPercentileUnderTheIdentityCondition() {
        LatencyMeasurement timing = new LatencyMeasurement("m", 1, 0, Collections.nCopies(72, 2.0));
        int before = ResultsFile.shared().written().size();
        CellRecorder.latency(timing, TableKey.NONE.cell("m", "cpu ms"), "none", "m", "timed here");
        assertThat(ResultsFile.shared().written().subList(before, before + 2))
                .extracting(ResultRecord::metric, ResultRecord::degradation, ResultRecord::measured)
                .containsExactly(tuple(MetricId.LATENCY_MS_P50.wire(), "identity", 2.0),
                        tuple(MetricId.LATENCY_MS_P95.wire(), "identity", 2.0));
    }
}
