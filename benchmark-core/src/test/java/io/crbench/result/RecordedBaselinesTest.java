package io.crbench.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.degradation.JpegCompression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordedBaselinesTest {
    @TempDir
    Path dir;

    private static ResultRecord row(String metric, double value, double halfWidth) {
        return new ResultRecord("none", "none", "q10", "LIVE1_color", 29, "jpeg-only", JpegCompression.at(10).condition(), metric,
                value, value - halfWidth, value + halfWidth, null, Verdict.NO_PUBLISHED_VALUE, "");
    }

    @Test
    void recordsAtomicallyAndReloadsTheSameRows() throws Exception {
        Path file = dir.resolve("accepted.jsonl");
        RecordedBaselines.load(file).record(List.of(row("psnr_y", 27.5, 0.3), row("ssim_y", 0.8, 0.01)));
        assertThat(Files.readAllLines(file)).hasSize(2);
        assertThat(Files.list(dir)).containsExactly(file);
        RecordedBaselines again = RecordedBaselines.load(file);
        assertThat(again.size()).isEqualTo(2);
        assertThat(again.accepted(row("psnr_y", 0, 0))).get().extracting(ResultRecord::measured).isEqualTo(27.5);
    }

    @Test
    void aDropBeyondTheCombinedHalfWidthIsARegression() {
        Path file = dir.resolve("accepted.jsonl");
        RecordedBaselines.load(file).record(List.of(row("psnr_y", 27.5, 0.3)));
        RecordedBaselines b = RecordedBaselines.load(file);
        assertThat(b.regression(row("psnr_y", 27.2, 0.3))).isEmpty();
        assertThat(b.regression(row("psnr_y", 28.5, 0.3))).isEmpty();
        assertThat(b.regression(row("psnr_y", 26.9, 0.3))).get().asString()
                .startsWith(RecordedBaselines.REGRESSION_PREFIX)
                .contains("none|none|q10|LIVE1_color|jpeg-only|jpeg(q=10)|psnr_y");
    }

    @Test
    void timingsAreNeitherRecordedNorGatedAndNewCellsPass() {
        Path file = dir.resolve("accepted.jsonl");
        RecordedBaselines.load(file).record(List.of(row("latency_ms_p50", 5, 0), row("psnr_y", 30, 0.1)));
        RecordedBaselines b = RecordedBaselines.load(file);
        assertThat(b.size()).isEqualTo(1);
        assertThat(b.regression(row("latency_ms_p50", 50, 0))).isEmpty();
        assertThat(b.regression(row("top1", 0.1, 0))).isEmpty();
    }

    @Test
    void jsonLinesRoundTripWithNullsForUnmeasured() {
        ResultRecord r = ResultRecord.cannotRunHere(TableKey.of("002", "V").cell("ResNet-50", "q=7"), "ImageNet-val",
                "resnet50", JpegCompression.at(7).condition(), MetricId.TOP1, 0.5, "no ImageNet validation set here");
        String line = ResultJson.toLine(r);
        assertThat(line).contains("\"measured\":null", "\"verdict\":\"cannot_run_here\"", "\"published\":0.5");
        ResultRecord back = ResultJson.fromLine(line, "test");
        assertThat(back.key()).isEqualTo(r.key());
        assertThat(back.isMeasured()).isFalse();
    }

    @Test
    void anAcceptedFileThatWouldExemptACellIsRefusedNamingTheLine() throws Exception {
        Path file = dir.resolve("accepted.jsonl");
        String good = ResultJson.toLine(row("psnr_y", 27.5, 0.3));
        Files.writeString(file, good + "\n" + good.replace("27.5", "\"abc\"") + "\n");
        assertThatThrownBy(() -> RecordedBaselines.load(file)).hasMessageContaining("accepted.jsonl:2")
                .hasMessageContaining("'measured' is not a number");
        Files.writeString(file, good + "\n" + good.replace("\"measured\":27.5", "\"measured\":null") + "\n");
        assertThatThrownBy(() -> RecordedBaselines.load(file)).hasMessageContaining("accepted.jsonl:2")
                .hasMessageContaining("no measured value");
        Files.writeString(file, good + "\n" + good.replace("27.5", "28.5") + "\n");
        assertThatThrownBy(() -> RecordedBaselines.load(file)).hasMessageContaining("accepted twice")
                .hasMessageContaining("accepted.jsonl:1 and ").hasMessageContaining("accepted.jsonl:2");
    }

    @Test
    void outsideRecordModeAMissingFileIsAnErrorNotAnEmptyGate() {
        Path missing = dir.resolve("no-such-file.jsonl");
        String before = System.getProperty(RecordedBaselines.FILE_PROPERTY);
        System.setProperty(RecordedBaselines.FILE_PROPERTY, missing.toString());
        try {
            assertThatThrownBy(RecordedBaselines::fromSystemProperty).hasMessageContaining("no-such-file.jsonl")
                    .hasMessageContaining("does not exist");
            System.setProperty(RecordedBaselines.RECORD_PROPERTY, "true");
            assertThat(RecordedBaselines.fromSystemProperty().size()).isZero();
        } finally {
            System.clearProperty(RecordedBaselines.RECORD_PROPERTY);
            if (before == null) {
                System.clearProperty(RecordedBaselines.FILE_PROPERTY);
            } else {
                System.setProperty(RecordedBaselines.FILE_PROPERTY, before);
            }
        }
    }

    @Test
    void aDirectoryKeepsOneFilePerPaperAndRefusesARowInAnotherPapersFile() throws Exception {
        Path accepted = Files.createDirectory(dir.resolve("accepted"));
        ResultRecord other = new ResultRecord("003", "2", "Cla(org)/q10", "CIFAR-10", 200, "resnet20", JpegCompression.at(10).condition(),
                "top1", 0.6, 0.55, 0.65, null, Verdict.NO_PUBLISHED_VALUE, "");
        RecordedBaselines.load(accepted).record(List.of(row("psnr_y", 27.5, 0.3), other));
        assertThat(Files.list(accepted).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("none.jsonl", "003.jsonl");
        RecordedBaselines again = RecordedBaselines.load(accepted);
        assertThat(again.size()).isEqualTo(2);
        assertThat(again.accepted(other)).get().extracting(ResultRecord::measured).isEqualTo(0.6);

        Files.writeString(accepted.resolve("none.jsonl"), ResultJson.toLine(other) + "\n", StandardOpenOption.APPEND);
        assertThatThrownBy(() -> RecordedBaselines.load(accepted)).hasMessageContaining("none.jsonl:2")
                .hasMessageContaining("is of paper 003").hasMessageContaining("003.jsonl");
    }
}
