package io.crbench.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.degradation.Identity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ResultsFile}: repeatable rows in results.jsonl, wall-clock rows beside it, both started afresh. */
class ResultsFileTest {
    private static ResultRecord row(String metric, double measured) {
        return new ResultRecord("none", "none", "c", "d", 10, "m", new Identity().condition(), metric, measured, measured, measured,
                null, Verdict.NO_PUBLISHED_VALUE, "r");
    }

    @Test
    void wallClockRowsGoToTheTimingsFile(@TempDir Path dir) throws Exception {
        Path results = dir.resolve(ResultsFile.FILE_NAME);
        Files.writeString(results, "stale\n");
        Files.writeString(dir.resolve(ResultsFile.TIMINGS_FILE_NAME), "stale\n");
        ResultsFile file = new ResultsFile(results, () -> Map.of("threads", 2));

        file.append(row("top1", 0.5));
        file.append(row("latency_ms_p50", 12.5));
        file.append(row("psnr_y", 30));

        assertThat(Files.readAllLines(results)).hasSize(2).allSatisfy(line -> assertThat(line)
                .doesNotContain("latency").contains("\"threads\":2"));
        assertThat(Files.readAllLines(file.timingsPath())).singleElement().asString().contains("latency_ms_p50");
        assertThat(file.written()).extracting(ResultRecord::metric).containsExactly("top1", "latency_ms_p50", "psnr_y");
    }
}
