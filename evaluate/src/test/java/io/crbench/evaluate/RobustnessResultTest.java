package io.crbench.evaluate;

import static io.crbench.evaluate.Condition.clean;
import static io.crbench.evaluate.Condition.jpeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.experiment.RateComparison;
import io.crbench.result.RecordedBaselines;
import io.crbench.result.ResultJson;
import io.crbench.result.ResultRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RobustnessResultTest {
    private static final int N = 100;

    /** {@code model} hits the first {@code correct[c]} of 100 images under condition c (clean, q50, q10). */
    private static RobustnessResult result(String model, int... correct) {
        List<Condition> grid = List.of(clean(), jpeg(50), jpeg(10));
        List<String> files = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            files.add("img" + i + ".png");
        }
        PerImageHits hits = new PerImageHits(new PerImageHits.RunIdentity(model, "sha", "set", "pairs", "imagenet", grid, N),
                files, new int[N]);
        for (int i = 0; i < N; i++) {
            boolean[] top1 = new boolean[grid.size()];
            for (int c = 0; c < grid.size(); c++) {
                top1[c] = i < correct[c];
            }
            hits.set(i, top1, new boolean[] {true, true, true}, new double[] {Double.NaN, 1.0 + i / 1000.0, 0.4});
        }
        return RobustnessResult.of(hits);
    }

    @Test
    void reportsAccuracyDropsTheWorstConditionAndTheIntervalMean() {
        RobustnessResult r = result("m", 80, 70, 40);
        assertThat(r.top1(clean()).value()).isEqualTo(0.8);
        assertThat(r.top1Drop(jpeg(10), clean()).value()).isEqualTo(0.4, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.worst()).isEqualTo(jpeg(10));
        assertThat(r.intervalMeanAccuracy().orElseThrow().value()).isEqualTo(0.55, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.rows()).extracting(ResultRecord::metric).containsExactly("top1", "top5", "top1", "top5", "bpp",
                "top1_drop", "top1", "top5", "bpp", "top1_drop", "interval_mean_accuracy");
        assertThat(r.rows().get(9).cell()).isEqualTo("jpeg:10");
        assertThat(r.bitsPerPixel(jpeg(10)).orElseThrow().value()).isEqualTo(0.4, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.bitsPerPixel(clean())).isEmpty();
        assertThat(r.rateComparisons()).isEmpty();
    }

    @Test
    void sentenceAssertionsFailOnlyWhenTheWholeIntervalViolatesTheBound() {
        RobustnessResult r = result("m", 80, 70, 40);
        RobustnessAssert.assertThat(r).top1At(jpeg(50)).dropsAtMost(0.10).from(clean());
        RobustnessAssert.assertThat(r).top1At(clean()).isAtLeast(0.8);
        assertThatThrownBy(() -> RobustnessAssert.assertThat(r).top1At(jpeg(10)).dropsAtMost(0.2).from(clean()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("top-1 drops from clean to jpeg:10 by 0.4000 [95% CI")
                .hasMessageContaining("entirely above the allowed 0.2000");
        assertThatThrownBy(() -> RobustnessAssert.assertThat(r).top1At(clean()).isAtLeast(0.95))
                .isInstanceOf(AssertionError.class).hasMessageContaining("entirely below the bound 0.9500");
        assertThatThrownBy(() -> RobustnessAssert.assertThat(r).top1At(jpeg(30)).isAtLeast(0.1))
                .hasMessageContaining("jpeg:30 is not in this run's grid");
    }

    @Test
    void theGateFailsARegressionAndRefusesABaselineOfAnotherModel(@TempDir Path dir) throws Exception {
        Path accepted = dir.resolve("accepted.jsonl");
        Files.writeString(accepted, result("m", 80, 70, 40).rows().stream().map(ResultJson::toLine)
                .collect(Collectors.joining("\n")));
        RecordedBaselines baseline = RecordedBaselines.load(accepted);
        assertThat(result("m", 78, 70, 41).regressions(baseline)).isEmpty();
        RobustnessAssert.assertThat(result("m", 78, 70, 41)).isNotWorseThan(baseline);
        List<String> worse = result("m", 80, 70, 5).regressions(baseline);
        assertThat(worse).isNotEmpty().allMatch(m -> m.contains("|jpeg(q=10"));
        assertThatThrownBy(() -> RobustnessAssert.assertThat(result("m", 80, 70, 5)).isNotWorseThan(baseline))
                .isInstanceOf(AssertionError.class).hasMessageContaining("m regresses against");
        assertThatThrownBy(() -> result("other", 80, 70, 40).regressions(baseline))
                .hasMessageContaining("holds no row of model 'other'");
    }

    @Test
    void codecsAreComparedWithJpegAtEqualRate() {
        List<Condition> grid = List.of(clean(), jpeg(50), jpeg(10), Condition.codec("avif", 50), Condition.codec("avif", 20));
        List<String> files = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            files.add("img" + i + ".png");
        }
        PerImageHits hits = new PerImageHits(new PerImageHits.RunIdentity("m", "sha", "set", "pairs", "imagenet", grid, N),
                files, new int[N]);
        for (int i = 0; i < N; i++) {
            double rate = 1 + (i % 7) / 10.0;
            // AVIF hits the same images as JPEG with 20 % fewer bits at each setting.
            hits.set(i, new boolean[] {true, i < 70, i < 40, i < 70, i < 40}, new boolean[] {true, true, true, true, true},
                    new double[] {Double.NaN, rate, rate / 3, 0.8 * rate, 0.8 * rate / 3});
        }
        RobustnessResult r = RobustnessResult.of(hits);
        RateComparison avif = r.rateComparisons().get(0);
        assertThat(avif.codec()).isEqualTo("avif");
        assertThat(avif.bdRatePercent().orElseThrow().estimate()).isEqualTo(-20.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(avif.refusal()).isEmpty();
        assertThat(r.rows()).extracting(ResultRecord::metric).contains("bd_rate_top1_percent", "bd_top1");
        assertThat(r.summary(java.util.Optional.empty(), java.util.Map.of())).contains("Bjøntegaard deltas against JPEG",
                "| avif | -20.0 %");
    }
}
