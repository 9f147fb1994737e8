package io.crbench.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.reproduction.Comparison;
import io.crbench.reproduction.Measurement;
import io.crbench.reproduction.PublishedValue;
import io.crbench.reproduction.SampleRelation;
import io.crbench.stats.WilsonInterval;
import org.junit.jupiter.api.Test;

class ResultRecordTest {
    @Test
    void setupGoesInFrontOfTheReasonAndChangesNothingElse() {
        Measurement m = new Measurement("top1", WilsonInterval.of(80, 100, 0.95), 100);
        PublishedValue p = new PublishedValue("000", "II", "Original/top1", 0.828, 0.01, "one image", null,
                SampleRelation.otherSample("other images"));
        ResultRecord row = ResultRecord.compared(Comparison.of(m, p), "set", "model", "identity");

        ResultRecord withSetup = row.withSetup("other classifier");

        assertThat(withSetup.reason()).isEqualTo("other classifier; " + row.reason());
        assertThat(withSetup.key()).isEqualTo(row.key());
        assertThat(withSetup.verdict()).isEqualTo(row.verdict());
        assertThat(withSetup.measured()).isEqualTo(row.measured());
    }
}
