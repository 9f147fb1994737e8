package io.crbench.baselines.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crbench.reproduction.PublishedValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three unnumbered result tables of paper 004 (quality-aware cascaded JPEG restoration) against
 * the text of 004_369c3c1b566c3442.txt.
 */
class Paper004TablesTest {

    private static final String MEAN = "MeanQF10to90";
    private static final String INITIAL = "InitialTestRun";
    private static final String DEMO = "BikesDemoY";

    private static PublishedTable table(String id) {
        return PublishedTables.load("004", id);
    }

    @ParameterizedTest(name = "004 Table {0} {1}/{2} = {3}")
    @CsvSource(delimiter = ';', value = {
        "MeanQF10to90; BSD500; psnr; 32.6981",
        "MeanQF10to90; BSD500; ssim; 0.91192",
        "MeanQF10to90; LIVE1; psnr; 32.7870",
        "MeanQF10to90; LIVE1; ssim; 0.91083",
        "MeanQF10to90; Urban100; psnr; 32.1507",
        "MeanQF10to90; Urban100; ssim; 0.91686",
        "MeanQF10to90; OverallMean; psnr; 32.5453",
        "MeanQF10to90; OverallMean; ssim; 0.91320",
        "InitialTestRun; BSD500/40; psnr; 31.591",
        "InitialTestRun; BSD500/40; ssim; 0.9130",
        "InitialTestRun; Urban100/40; psnr; 30.494",
        "InitialTestRun; Urban100/40; ssim; 0.9144",
        "InitialTestRun; LIVE1/Q-Sweep; psnr; 31.632",
        "InitialTestRun; LIVE1/Q-Sweep; ssim; 0.9119",
        "BikesDemoY; 10; psnr_y; 25.052",
        "BikesDemoY; 10; ssim_y; 0.7718",
        "BikesDemoY; 40; psnr_y; 29.831",
        "BikesDemoY; 40; ssim_y; 0.9179",
        "BikesDemoY; 70; psnr_y; 32.969",
        "BikesDemoY; 70; ssim_y; 0.9556",
    })
    void cellsMatchThePaperText(String id, String row, String column, double printed) {
        assertThat(table(id).cell(row, column).value()).isEqualTo(printed);
    }

    @Test
    void rowsAndColumnsAreThePrintedOnesInOrder() {
        assertThat(table(MEAN).rowKeys()).containsExactly("BSD500", "LIVE1", "Urban100", "OverallMean");
        assertThat(table(MEAN).columnKeys()).containsExactly("psnr", "ssim");
        assertThat(table(MEAN).rowLabel("OverallMean")).isEqualTo("Overall Mean");
        assertThat(table(MEAN).columnLabel("psnr")).isEqualTo("Mean PSNR (dB)");
        assertThat(table(INITIAL).rowKeys()).containsExactly("BSD500/40", "Urban100/40", "LIVE1/Q-Sweep");
        assertThat(table(INITIAL).columnKeys()).containsExactly("psnr", "ssim");
        assertThat(table(INITIAL).rowLabel("LIVE1/Q-Sweep")).isEqualTo("LIVE1 | Q-Sweep");
        assertThat(table(DEMO).rowKeys()).containsExactly("10", "40", "70");
        assertThat(table(DEMO).columnKeys()).containsExactly("psnr_y", "ssim_y");
        assertThat(table(DEMO).columnLabel("ssim_y")).isEqualTo("SSIM (Y)");
        for (String id : List.of(MEAN, INITIAL, DEMO)) {
            PublishedTable t = table(id);
            assertThat(t.cells()).as("%s", t).hasSize(t.rowKeys().size() * t.columnKeys().size());
            assertThat(t.ocrFixes()).as("%s", t).isEmpty();
        }
    }

    @Test
    void overallMeanIsTheUnweightedMeanOfTheThreeDataSets() {
        PublishedTable t = table(MEAN);
        for (String column : List.of("psnr", "ssim")) {
            double mean = (t.cell("BSD500", column).value() + t.cell("LIVE1", column).value()
                    + t.cell("Urban100", column).value()) / 3;
            // Printed to 4 (PSNR) and 5 (SSIM) decimals: within half a unit of the last place.
            double halfLastPlace = column.equals("psnr") ? 0.00005 : 0.000005;
            assertThat(t.cell("OverallMean", column).value()).as(column).isCloseTo(mean, within(halfLastPlace));
        }
    }

    @Test
    void titlesQuoteTheUnnumberedHeadingsVerbatim() {
        assertThat(table(MEAN).title()).startsWith("Unnumbered in the paper")
                .contains("'Overall & Per-Dataset Mean Results (Across QF 10\u201390)'");
        assertThat(table(INITIAL).title()).startsWith("Unnumbered in the paper")
                .contains("'Initial Test Run Results (Before Full Q-Sweep Aggregation)'");
        assertThat(table(DEMO).title()).startsWith("Unnumbered in the paper")
                .contains("'Single-Image Demo: LIVE1 (bikes.bmp, Y-Channel Only)'");
        for (String id : List.of(MEAN, INITIAL, DEMO)) {
            assertThat(table(id).source()).isEqualTo("004_369c3c1b566c3442.txt, Table " + id);
            assertThat(table(id).resource()).isEqualTo("io/crbench/baselines/published/004-table-" + id + ".json");
        }
        assertThat(table(DEMO).dataset()).isEqualTo("LIVE1_color (bikes.bmp)");
    }

    @Test
    void samplesColumnIsKeptAsATranscriptionNote() {
        assertThat(table(MEAN).columnKeys()).doesNotContain("samples");
        assertThat(table(MEAN).transcriptionNotes())
                .anySatisfy(n -> assertThat(n).contains("'Samples'").contains("Samples = 9, 9, 9, \u2014 (absent)"));
        assertThat(table(MEAN).notes())
                .anySatisfy(n -> assertThat(n).contains("number of QF settings").contains("inference, not stated"));
    }

    @Test
    void unitsAndMarginsAreTheDeclaredOnes() {
        assertThat(table(MEAN).unit("psnr")).isEqualTo(Unit.DB);
        assertThat(table(MEAN).unit("ssim")).isEqualTo(Unit.SSIM);
        assertThat(table(INITIAL).unit("psnr")).isEqualTo(Unit.DB);
        assertThat(table(INITIAL).unit("ssim")).isEqualTo(Unit.SSIM);
        assertThat(table(DEMO).unit("psnr_y")).isEqualTo(Unit.DB);
        assertThat(table(DEMO).unit("ssim_y")).isEqualTo(Unit.SSIM);
        for (String id : List.of(MEAN, INITIAL, DEMO)) {
            PublishedTable t = table(id);
            for (String column : t.columnKeys()) {
                Margin m = t.margin(column);
                assertThat(m.value()).as("%s %s", t, column).isZero();
            }
        }
        assertThat(table(MEAN).knownDeviation("LIVE1", "psnr")).isEmpty();
        assertThat(table(DEMO).knownDeviation("10", "psnr_y")).get().extracting(KnownDeviation::reason)
                .asString().contains("1.3 dB below JPEG", "SSIM-Y lies 0.003 to 0.005 above it");
    }

    @Test
    void cellsBecomePublishedValuesOnTheirOwnScale() {
        PublishedValue v = table(DEMO).publishedValue("10", "psnr_y");
        assertThat(v.cell().paper()).isEqualTo("004");
        assertThat(v.cell().tableId()).isEqualTo(DEMO);
        assertThat(v.cell().cell()).isEqualTo("10/psnr_y");
        assertThat(v.value()).isEqualTo(25.052);
        assertThat(v.margin()).isEqualTo(0.0005);
        assertThat(v.knownDeviation()).contains("26.374");
        assertThat(v.sample().sameImages()).isEqualTo(1);
        PublishedValue s = table(MEAN).publishedValue("OverallMean", "ssim");
        assertThat(s.cell().cell()).isEqualTo("OverallMean/ssim");
        assertThat(s.value()).isEqualTo(0.91320);
        assertThat(s.margin()).isEqualTo(0.000005);
    }
}
