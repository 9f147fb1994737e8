package io.crbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.degradation.Condition;
import io.crbench.degradation.Identity;
import io.crbench.degradation.JpegCompression;
import io.crbench.degradation.RandomGaussianNoise;
import io.crbench.degradation.TargetRateCompression;
import io.crbench.result.ResultRecord;
import io.crbench.result.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SuitePlots} places each row at the level of the degradation applied to the image. */
class SuitePlotsTest {
    @Test
    void aRestoredCaseSitsAtTheAppliedQualityNotTheRestorersTrainingQuality() {
        assertThat(SuitePlots.level(row(JpegCompression.at(10).condition()))).contains(new SuitePlots.Level("q", 10));
        assertThat(SuitePlots.level(row(JpegCompression.at(25).condition().restoredBy("arcnn(q=10,ci)"))))
                .contains(new SuitePlots.Level("q", 25));
        assertThat(SuitePlots.level(row(JpegCompression.at(30).condition().restoredBy("joint-swinir(w=0.9,q=10..40,ci)"))))
                .contains(new SuitePlots.Level("q", 30));
        assertThat(SuitePlots.level(row(Condition.of("jp2(ratio=50)", "jp2").level("ratio", 50))))
                .contains(new SuitePlots.Level("ratio", 50));
    }

    @Test
    void rangesTargetRatesAndTheIdentityHaveNoLevel() {
        assertThat(SuitePlots.level(row(new Identity().condition()))).isEmpty();
        assertThat(SuitePlots.level(row(new RandomGaussianNoise(0, 10, 1).condition()))).isEmpty();
        assertThat(SuitePlots.level(row(new TargetRateCompression("jpeg", 0.5).condition()))).isEmpty();
    }

    private static ResultRecord row(Condition condition) {
        return new ResultRecord("none", "none", "c", "d", 100, "m", condition, "top1", 0.5, 0.4, 0.6, null,
                Verdict.NO_PUBLISHED_VALUE, "r");
    }

    @Test
    void compressedCellsWithARateAlsoGetARateCurvePerCodec() {
        List<ResultRecord> rows = new ArrayList<>();
        for (String codec : List.of("jpeg", "avif")) {
            for (int q : List.of(10, 50)) {
                Condition id = Condition.of(codec + "(q=" + q + ")", codec).level("q", q);
                rows.add(new ResultRecord("none", "none", codec + "/" + q, "d", 100, "m", id, "top1", q / 100.0,
                        q / 100.0 - 0.05, q / 100.0 + 0.05, null, Verdict.NO_PUBLISHED_VALUE, "r"));
                rows.add(new ResultRecord("none", "none", codec + "/" + q, "d", 100, "m", id, "bpp", q / 50.0,
                        q / 50.0, q / 50.0, null, Verdict.NO_PUBLISHED_VALUE, "r"));
            }
        }
        assertThat(SuitePlots.render("S", rows)).containsKeys("top1 vs q", "bpp vs q", "top1 vs bpp")
                .doesNotContainKey("bpp vs bpp");
    }
}
