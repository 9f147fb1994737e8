package io.crbench.baselines.published;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.reproduction.PublishedValue;
import io.crbench.result.TableKey;
import org.junit.jupiter.api.Test;

/** The bridge from a table cell to the value a measurement is held to. */
class PublishedValueTest {

    @Test
    void decibelCellKeepsItsUnitAndCarriesTheMarginAndKnownDeviation() {
        PublishedTable t = PublishedTables.load("003", "2");
        PublishedValue v = t.publishedValue("JPEG", "50");
        assertThat(v.cell().cell()).isEqualTo("JPEG/50");
        assertThat(v.value()).isEqualTo(28.25);
        assertThat(v.margin()).isEqualTo(0.005);
        assertThat(v.marginJustification()).isEqualTo("rounding of the printed value (±0.005 dB)");
        assertThat(v.knownDeviation()).contains("libjpeg");
        assertThat(v.sample().sameImages()).isEqualTo(10_000);
        assertThat(t.publishedValue("Restoration", "10").knownDeviation()).isNull();
        assertThat(t.findings()).anyMatch(f -> f.contains("mean over images of per-image CPSNR"));
    }

    @Test
    void percentAccuracyBecomesAFraction() {
        PublishedValue v = PublishedTables.load("000", "II").publishedValue("Compressed/10", "top1");
        assertThat(v.value()).isEqualTo(0.724);
        assertThat(v.margin()).isEqualTo(0.0005);
        assertThat(v.sample().sameImages()).isZero();
        assertThat(v.cell()).isEqualTo(TableKey.of("000", "II").cell("Compressed/10", "top1"));
    }
}
