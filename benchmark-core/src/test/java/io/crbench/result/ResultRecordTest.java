package io.crbench.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.degradation.Condition;
import io.crbench.degradation.Identity;
import io.crbench.degradation.JpegCompression;
import io.crbench.reproduction.Comparison;
import io.crbench.reproduction.Measurement;
import io.crbench.reproduction.PublishedValue;
import io.crbench.reproduction.SampleRelation;
import io.crbench.stats.WilsonInterval;
import org.junit.jupiter.api.Test;

class ResultRecordTest {
    @Test
    void setupGoesInFrontOfTheReasonAndChangesNothingElse() {
        Measurement m = new Measurement(MetricId.TOP1, WilsonInterval.of(80, 100, 0.95), 100);
        PublishedValue p = new PublishedValue(TableKey.of("000", "II").cell("Original", "top1"), 0.828, 0.01,
                "one image", null, SampleRelation.otherSample("other images"));
        ResultRecord row = ResultRecord.compared(Comparison.of(m, p), "set", "model", new Identity().condition());

        ResultRecord withSetup = row.withSetup("other classifier");

        assertThat(withSetup.reason()).isEqualTo("other classifier; " + row.reason());
        assertThat(withSetup.key()).isEqualTo(row.key());
        assertThat(withSetup.verdict()).isEqualTo(row.verdict());
        assertThat(withSetup.measured()).isEqualTo(row.measured());
    }

    @Test
    void theConditionIsWrittenBesideTheIdAndReadBack() {
        Condition restored = JpegCompression.interval(1, 20).restoredBy("arcnn(q=10,ci)");
        ResultRecord row = new ResultRecord("003", "3", "(1,20)/Seq(org)", "CIFAR-10-test", 200, "m", restored,
                "interval_mean_accuracy", 0.5, 0.4, 0.6, null, Verdict.NO_PUBLISHED_VALUE, "r");

        String line = ResultJson.toLine(row);

        assertThat(line).contains("\"degradation\":\"arcnn(q=10,ci)∘jpeg(q=1..20)\",\"condition\":{\"family\":\"jpeg\","
                + "\"levels\":{},\"ranges\":{\"q\":[1,20]},\"restored_by\":\"arcnn(q=10,ci)\"}");
        assertThat(ResultJson.fromLine(line, "test")).isEqualTo(row);
        ResultRecord jpeg = row.withSetup("s");
        ResultRecord atQuality = new ResultRecord("none", "none", "c", "d", 1, "m", JpegCompression.at(25).condition(),
                "top1", 1, 1, 1, null, Verdict.NO_PUBLISHED_VALUE, "r");
        assertThat(ResultJson.toLine(atQuality)).contains("\"condition\":{\"family\":\"jpeg\",\"levels\":{\"q\":25}}");
        assertThat(ResultJson.fromLine(ResultJson.toLine(atQuality), "test")).isEqualTo(atQuality);
        assertThat(jpeg.condition()).isEqualTo(restored);
    }

    @Test
    void aRowWrittenBeforeConditionsKeepsItsIdAndWritesNoCondition() {
        String legacy = "{\"paper\":\"none\",\"table\":\"none\",\"cell\":\"c\",\"dataset\":\"d\",\"n\":1,"
                + "\"method\":\"m\",\"degradation\":\"jpeg(q=10)\",\"metric\":\"top1\",\"measured\":0.5,"
                + "\"ci_low\":0.4,\"ci_high\":0.6,\"published\":null,\"verdict\":\"no_published_value\",\"reason\":\"r\"}";

        ResultRecord row = ResultJson.fromLine(legacy, "old.jsonl:1");

        assertThat(row.degradation()).isEqualTo("jpeg(q=10)");
        assertThat(row.condition().isRecorded()).isFalse();
        assertThat(ResultJson.toLine(row)).isEqualTo(legacy);
    }

    @Test
    void aMalformedConditionIsAnErrorNamingTheLineAndField() {
        String bad = "{\"paper\":\"none\",\"table\":\"none\",\"cell\":\"c\",\"dataset\":\"d\",\"n\":1,"
                + "\"method\":\"m\",\"degradation\":\"jpeg(q=10)\",\"condition\":{\"family\":\"jpeg\","
                + "\"levels\":{\"q\":\"ten\"}},\"metric\":\"top1\",\"measured\":0.5,\"ci_low\":0.4,\"ci_high\":0.6,"
                + "\"published\":null,\"verdict\":\"no_published_value\",\"reason\":\"r\"}";

        assertThatThrownBy(() -> ResultJson.fromLine(bad, "run.jsonl:7")).hasMessageContaining("run.jsonl:7")
                .hasMessageContaining("condition.levels.q");
    }
}
