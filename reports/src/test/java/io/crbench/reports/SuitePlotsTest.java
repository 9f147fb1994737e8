package io.crbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

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
}
