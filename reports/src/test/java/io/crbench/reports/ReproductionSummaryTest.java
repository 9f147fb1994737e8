package io.crbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReproductionSummaryTest {

    @Test
    void countsVerdictsOverallAndPerPaperTable() {
        String md = ReproductionSummary.markdown(SampleRecords.all());

        assertThat(md).contains(
                "5 cells: 2 reproduced, 1 out_of_tolerance, 0 substitute_measured, 1 no_published_value, 1 cannot_run_here.",
                "| paper | table | reproduced | out_of_tolerance | substitute_measured | no_published_value | cannot_run_here |");
        assertThat(md).contains("| 000 | 2 | 1 | 1 | 0 | 0 | 0 |");
        assertThat(md).contains("| 003 | III | 1 | 0 | 0 | 1 | 0 |");
        assertThat(md).contains("| 003 | IV | 0 | 0 | 0 | 0 | 1 |");
    }

    @Test
    void splitsEachPapersRowsIntoAssertedSubstituteCannotRunAndRecorded() {
        String md = ReproductionSummary.markdown(SampleRecords.all());

        assertThat(md).contains("| 000 | 1 / 2 | 0 | 0 | 0 |", "| 003 | 1 / 1 | 0 | 1 | 1 |");
    }

    @Test
    void listsReproducedOutOfToleranceAndCannotRunCellsWithReasons() {
        String md = ReproductionSummary.markdown(SampleRecords.all());

        assertThat(md).contains("## Reproduced (2)", "## Out of tolerance (1)", "## Cannot run here (1)");
        assertThat(md).contains("- paper 000, table 2, JPEG/QF20, psnr_y (arcnn, jpeg(q=10), LIVE1, n=29): "
                + "measured 30.50 [30.30, 30.70], published 31.40, |Δ| 0.900 — |Δ| 0.90 dB > tolerance 0.10 dB");
        assertThat(md).contains("- paper 003, table IV, ViT/QF10, top1 (vit-b16, jpeg(q=10), ImageNet-val, n=0)"
                + " — needs ImageNet-val in the mirror");
        assertThat(md).doesNotContain("paper prints no value");
    }

    @Test
    void emptyInputSaysSo() {
        String md = ReproductionSummary.markdown(List.of());

        assertThat(md).contains("0 cells: 0 reproduced").contains("## Out of tolerance (0)\n\nNone.");
    }
}
