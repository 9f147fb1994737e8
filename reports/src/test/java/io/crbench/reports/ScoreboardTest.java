package io.crbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreboardTest {
    @Test
    void countsEachPapersCellsByVerdict() {
        assertThat(Scoreboard.lines(SampleRecords.all())).extracting(Scoreboard.Line::paper).containsExactly("000", "003");
        assertThat(Scoreboard.environmentEntries(SampleRecords.all()))
                .containsEntry("paper 000",
                        "1 / 2 reproduced · 1 out of tolerance · 0 substitute · 0 cannot run here · 0 recorded only")
                .containsEntry("paper 003",
                        "1 / 1 reproduced · 0 out of tolerance · 0 substitute · 1 cannot run here · 1 recorded only");
    }

    @Test
    void thePageHasOneRowPerPaperTheReportLinkAndTheEnvironment() {
        String html = Scoreboard.html(SampleRecords.all(), Map.of("cpu", "AMD <EPYC>"), "../allure-report/allure.html");
        assertThat(html).contains("<tr><td>000</td><td class=\"num reproduced\">1 / 2</td>")
                .contains("<td class=\"num out_of_tolerance\">1</td>")
                .contains("href=\"../allure-report/allure.html#behaviors\"")
                .contains("<dt>cpu</dt><dd>AMD &lt;EPYC&gt;</dd>");
    }
}
