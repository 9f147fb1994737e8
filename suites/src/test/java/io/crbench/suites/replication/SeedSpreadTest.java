package io.crbench.suites.replication;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.result.RecordedBaselines;
import io.crbench.result.ResultRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedSpreadTest {
    @Test
    void aSummaryNamesTheSeedsItIsOver() {
        assertThat(SeedSpread.method("joint+resnet20", List.of(1L, 2L, 3L))).isEqualTo("joint+resnet20[seeds=1,2,3]");
        assertThat(SeedSpread.method("joint+resnet20", List.of(3L)))
                .isNotEqualTo(SeedSpread.method("joint+resnet20", List.of(1L, 2L, 3L)));
    }

    /**
     * The recorded rows went through the rename that put the seeds in the method: every "over seeds"
     * row names as many seeds as it averages (the default run's one seed, the full runs' three).
     */
    @ParameterizedTest
    @ValueSource(strings = {"accepted", "replication"})
    void everyRecordedSummaryNamesItsSeeds(String folder) {
        List<ResultRecord> summaries = RecordedBaselines.load(Path.of("..", "baselines", "recorded", folder)).rows()
                .stream().filter(r -> r.cell().contains("over seeds")).toList();
        assertThat(summaries).isNotEmpty().allSatisfy(r -> assertThat(r.method()).endsWith(SeedSpread.method("",
                LongStream.rangeClosed(1, r.n()).boxed().collect(Collectors.toList()))));
    }
}
