package io.crbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.result.ResultRecord;
import io.crbench.result.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SuitePlots} places each row at the level of the degradation applied to the image. */
class SuitePlotsTest {
    @Test
    void aRestoredCaseSitsAtTheAppliedQualityNotTheRestorersTrainingQuality() {
        assertThat(SuitePlots.level("jpeg(q=10)")).contains(new SuitePlots.Level("q", 10));
        assertThat(SuitePlots.level("arcnn(q=10,ci)∘jpeg(q=25)")).contains(new SuitePlots.Level("q", 25));
        assertThat(SuitePlots.level("joint-swinir(w=0.9,q=10..40,ci)∘jpeg(q=30)"))
                .contains(new SuitePlots.Level("q", 30));
        assertThat(SuitePlots.level("jp2(ratio=50)")).contains(new SuitePlots.Level("ratio", 50));
    }

    @Test
    void rangesAndTheIdentityHaveNoLevel() {
        assertThat(SuitePlots.level("identity")).isEmpty();
        assertThat(SuitePlots.level("gauss(sigma=0..10)")).isEmpty();
    }

    @Test
    void compressedCellsWithARateAlsoGetARateCurvePerCodec() {
        List<ResultRecord> rows = new ArrayList<>();
        for (String codec : List.of("jpeg", "avif")) {
            for (int q : List.of(10, 50)) {
                String id = codec + "(q=" + q + ")";
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
