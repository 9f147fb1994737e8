package io.crbench.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.degradation.JpegCompression;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GateCoverage}: a renamed cell is neither gated nor silently dropped. */
class GateCoverageTest {
    private static ResultRecord row(String cell, String metric, double measured) {
        return new ResultRecord("none", "none", cell, "LIVE1_color", 29, "jpeg-only", JpegCompression.at(10).condition(),
                metric, measured, measured - 0.1, measured + 0.1, null, Verdict.NO_PUBLISHED_VALUE, "r");
    }

    @Test
    void aRunAndBaselineThatCoverEachOtherPass(@TempDir Path dir) {
        RecordedBaselines accepted = RecordedBaselines.load(dir.resolve("a.jsonl"));
        accepted.record(List.of(row("a", "psnr_rgb", 27), row("b", "psnr_rgb", 30)));
        List<ResultRecord> run = List.of(row("a", "psnr_rgb", 27.1), row("b", "psnr_rgb", 30),
                row("a", "latency_ms_p50", 3), ResultRecord.cannotRunHere(TableKey.NONE.cell("c"), "d", "m",
                        JpegCompression.at(10).condition(), MetricId.TOP1, null, "why"));

        assertThat(GateCoverage.problems(run, RecordedBaselines.load(dir.resolve("a.jsonl")))).isEmpty();
    }

    @Test
    void aRenamedCellIsReportedOnBothSides(@TempDir Path dir) {
        RecordedBaselines.load(dir.resolve("a.jsonl")).record(List.of(row("a", "psnr_rgb", 27), row("b", "psnr_rgb", 30)));
        RecordedBaselines accepted = RecordedBaselines.load(dir.resolve("a.jsonl"));
        List<ResultRecord> run = List.of(row("a", "psnr_rgb", 27), row("b renamed", "psnr_rgb", 30));

        assertThat(GateCoverage.ungated(run, accepted)).containsExactly(row("b renamed", "psnr_rgb", 30).key());
        assertThat(GateCoverage.unproduced(run, accepted)).containsExactly(row("b", "psnr_rgb", 30).key());
        assertThat(GateCoverage.problems(run, accepted)).anySatisfy(p -> assertThat(p)
                .contains("1 measured cells have no accepted row")).anySatisfy(p -> assertThat(p)
                .contains("1 accepted rows of")).anySatisfy(p -> assertThat(p).contains("b renamed"));
    }
}
