package io.crbench.baselines.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.experiment.Scale;
import org.junit.jupiter.api.Test;

class DegradationKindTest {
    @Test
    void ciGridsSampleEveryIntervalEvenlyAndPaperGridsAreComplete() {
        int[] jpeg = DegradationKind.JPEG.grid(Scale.CI);
        assertThat(jpeg).hasSize(20).startsWith(3, 8).endsWith(98);
        for (LevelInterval i : DegradationKind.JPEG.intervals().subList(0, 5)) {
            assertThat(java.util.Arrays.stream(jpeg).filter(i::contains).average().orElseThrow())
                    .as("grid centre of %s", i.key()).isEqualTo((i.low() + i.high()) / 2.0);
        }
        assertThat(DegradationKind.GAUSSIAN.grid(Scale.CI)).hasSize(13).startsWith(1, 5).endsWith(49);
        assertThat(DegradationKind.JPEG.grid(Scale.PAPER)).hasSize(100);
        assertThat(DegradationKind.GAUSSIAN.grid(Scale.PAPER)).hasSize(51);
    }

    @Test
    void intervalsAreThePrintedRowsAndKnowWhichEndIsStrong() {
        assertThat(DegradationKind.JPEG.intervals()).extracting(LevelInterval::key)
                .containsExactly("(1,20)", "(21,40)", "(41,60)", "(61,80)", "(81,100)", "(1,100)");
        assertThat(DegradationKind.JPEG.strongest().key()).isEqualTo("(1,20)");
        assertThat(DegradationKind.GAUSSIAN.strongest().key()).isEqualTo("(41,50)");
        assertThat(DegradationKind.GAUSSIAN.mildest().key()).isEqualTo("(0,10)");
        assertThat(DegradationKind.GAUSSIAN.interval(DegradationKind.GAUSSIAN.whole()).id()).isEqualTo("gauss(sigma=0..50)");
        assertThat(Pipeline.CLA_DEGRADED.column(DegradationKind.GAUSSIAN)).isEqualTo("Cla(Gauss)");
    }

    @Test
    void levelsOutsideTheFamilyFail() {
        assertThat(DegradationKind.JPEG.at(10).id()).isEqualTo("jpeg(q=10)");
        assertThat(DegradationKind.GAUSSIAN.normalised(25)).isEqualTo(0.5f);
        assertThatThrownBy(() -> DegradationKind.JPEG.at(0)).hasMessageContaining("QF 0 is outside 1..100");
    }
}
