package io.crbench.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.degradation.JpegCompression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AcceptResults}: a run's rows replace the accepted rows of the same cells. */
class AcceptResultsTest {
    private static ResultRecord row(String cell, double measured) {
        return new ResultRecord("none", "none", cell, "LIVE1_color", 29, "jpeg-only", JpegCompression.at(10).condition(), "psnr_rgb", measured,
                measured - 0.1, measured + 0.1, null, Verdict.NO_PUBLISHED_VALUE, "r");
    }

    @Test
    void mergesTheRunsRowsIntoTheBaselineIgnoringTheirEnvironment(@TempDir Path dir) throws Exception {
        Path accepted = dir.resolve("accepted.jsonl");
        RecordedBaselines.load(accepted).record(java.util.List.of(row("a", 27.0), row("b", 30.0)));
        Path results = dir.resolve("results.jsonl");
        Files.writeString(results, ResultJson.toLine(row("a", 27.5), Map.of("threads", 2)) + "\n");

        assertThat(AcceptResults.accept(results, accepted)).isEqualTo(1);

        RecordedBaselines merged = RecordedBaselines.load(accepted);
        assertThat(merged.size()).isEqualTo(2);
        assertThat(merged.accepted(row("a", 0)).orElseThrow().measured()).isEqualTo(27.5);
        assertThat(Files.readString(accepted)).doesNotContain("threads");
    }

    @Test
    void anEmptyRunIsRefused(@TempDir Path dir) throws Exception {
        Path results = Files.writeString(dir.resolve("results.jsonl"), "");

        assertThatThrownBy(() -> AcceptResults.accept(results, dir.resolve("accepted.jsonl")))
                .hasMessageContaining("holds no rows");
    }
}
