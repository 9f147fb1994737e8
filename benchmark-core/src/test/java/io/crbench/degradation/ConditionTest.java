package io.crbench.degradation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.codec.ChromaSubsampling;
import io.crbench.restore.PassThroughRestorer;
import io.crbench.restore.Restorer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every degradation's {@link Condition} carries its id and, as numbers, the settings the id names. */
class ConditionTest {
    private static final Restorer PASS = new PassThroughRestorer("pass(q=10,ci)");

    @Test
    void everyDegradationsConditionHasItsIdFamilyAndLevels() {
        record Expected(Degradation d, String family, Map<String, Double> levels) {
        }
        List<Expected> all = List.of(
                new Expected(new Identity(), "identity", Map.of()),
                new Expected(JpegCompression.at(25), "jpeg", Map.of("q", 25.0)),
                new Expected(JpegCompression.at(25, ChromaSubsampling.S444), "jpeg", Map.of("q", 25.0)),
                new Expected(new DoubleJpeg(90, 30, 1), "jpeg2", Map.of("q1", 90.0, "q2", 30.0, "shift", 1.0)),
                new Expected(new CroppedDoubleJpeg(90, 30, 4), "jpeg2crop", Map.of("q1", 90.0, "q2", 30.0, "shift", 4.0)),
                new Expected(new GaussianNoise(20), "gauss", Map.of("sigma", 20.0)),
                new Expected(new GaussianNoise(2.5), "gauss", Map.of("sigma", 2.5)),
                new Expected(JpegChain.seed002(3, 2), "jpeg_chain", Map.of("t", 3.0)),
                new Expected(CodecCompression.of("avif", 40), "avif", Map.of("q", 40.0)),
                new Expected(CodecCompression.of("webp", 50), "webp", Map.of("q", 50.0)),
                new Expected(CodecCompression.of("jxl", 75), "jxl", Map.of("q", 75.0)),
                new Expected(CodecCompression.of("jp2", 24), "jp2", Map.of("ratio", 24.0)),
                new Expected(new TargetRateCompression("webp", 0.5), "webp", Map.of()),
                new Expected(new RandomJpeg(10, 40, 7), "jpeg", Map.of()),
                new Expected(new RandomGaussianNoise(0, 50, 7), "gauss", Map.of()),
                new Expected(Memoized.of(JpegCompression.at(10)), "jpeg", Map.of("q", 10.0)));
        for (Expected e : all) {
            Condition c = e.d().condition();
            assertThat(c.id()).as(e.d().id()).isEqualTo(e.d().id());
            assertThat(c.family()).as(e.d().id()).isEqualTo(e.family());
            assertThat(c.levels()).as(e.d().id()).isEqualTo(e.levels());
            assertThat(c.restoredBy()).as(e.d().id()).isNull();
        }
    }

    @Test
    void levelsKeepTheIdsOrderSoThePlottedLevelIsTheFirstItNames() {
        assertThat(new DoubleJpeg(90, 30, 1).condition().levels().keySet()).containsExactly("q1", "q2", "shift");
        assertThat(new DoubleJpeg(90, 30, 1).condition().primaryLevel()).contains(Map.entry("q1", 90.0));
        assertThat(new Identity().condition().primaryLevel()).isEmpty();
    }

    @Test
    void randomLevelsAreRangesAndTargetRatesAreRatesNotLevels() {
        assertThat(new RandomJpeg(10, 40, 7).condition().ranges()).containsExactly(Map.entry("q", new Condition.Range(10, 40)));
        assertThat(new RandomGaussianNoise(0, 50, 7).condition().ranges())
                .containsExactly(Map.entry("sigma", new Condition.Range(0, 50)));
        assertThat(JpegCompression.interval(1, 20).id()).isEqualTo("jpeg(q=1..20)");
        assertThat(JpegCompression.interval(1, 20).ranges()).containsExactly(Map.entry("q", new Condition.Range(1, 20)));
        assertThat(GaussianNoise.interval(0, 10).id()).isEqualTo("gauss(sigma=0..10)");
        assertThat(new TargetRateCompression("webp", 0.5).condition().targetBitsPerPixel()).isEqualTo(0.5);
    }

    @Test
    void aRestoredConditionKeepsTheAppliedDegradationsLevelsAndNamesTheRestorer() {
        Condition c = new Restored(JpegCompression.at(25), PASS).condition();
        assertThat(c.id()).isEqualTo(new Restored(JpegCompression.at(25), PASS).id()).isEqualTo("pass(q=10,ci)∘jpeg(q=25)");
        assertThat(c.family()).isEqualTo("jpeg");
        assertThat(c.levels()).containsExactly(Map.entry("q", 25.0));
        assertThat(c.restoredBy()).isEqualTo("pass(q=10,ci)");

        Condition twice = new Restored(new Restored(new GaussianNoise(15), PASS), PASS).condition();
        assertThat(twice.id()).isEqualTo("pass(q=10,ci)∘pass(q=10,ci)∘gauss(sigma=15)");
        assertThat(twice.restoredBy()).isEqualTo("pass(q=10,ci)∘pass(q=10,ci)");

        LastQualityRestored last = new LastQualityRestored(JpegChain.seed002(2, 1), "mark(q=last)", q -> PASS);
        assertThat(last.condition().id()).isEqualTo(last.id());
        assertThat(last.condition().levels()).containsExactly(Map.entry("t", 2.0));
    }

    @Test
    void theUnclippedNoiseVariantKeepsItsOwnId() {
        Condition c = new GaussianNoise(20).unclippedCondition();
        assertThat(c.id()).isEqualTo("gauss(sigma=20,clip=none)");
        assertThat(c.levels()).containsExactly(Map.entry("sigma", 20.0));
    }

    @Test
    void badConditionsAreRefusedNamingTheCondition() {
        assertThatThrownBy(() -> Condition.of("x(q=1)", "")).hasMessageContaining("x(q=1)");
        assertThatThrownBy(() -> Condition.of("x(q=1)", "x").level("q", Double.NaN)).hasMessageContaining("x(q=1)")
                .hasMessageContaining("level q");
        assertThatThrownBy(() -> Condition.of("x", "x").range("q", 5, 1)).hasMessageContaining("5.0..1.0");
        assertThat(Condition.unrecorded("jpeg(q=1)").isRecorded()).isFalse();
        assertThat(Condition.none().isRecorded()).isTrue();
    }
}
