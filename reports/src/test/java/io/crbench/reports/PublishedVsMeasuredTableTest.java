package io.crbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.result.ResultRecord;
import io.crbench.result.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedVsMeasuredTableTest {

    @Test
    void htmlEscapesTitleAndCells() {
        ResultRecord hostile = SampleRecords.psnr("<b>QF&10</b>", 27.0, 29.0, Verdict.OUT_OF_TOLERANCE,
                "<script>alert('x')</script> \"quoted\"");

        String html = PublishedVsMeasuredTable.html("A < B & C", List.of(hostile));

        assertThat(html)
                .contains("<title>A &lt; B &amp; C</title>")
                .contains("&lt;b&gt;QF&amp;10&lt;/b&gt;")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot;")
                .doesNotContain("<script>alert")
                .doesNotContain("<b>");
    }

    @Test
    void htmlHasOneRowPerRecordWithColouredVerdictsAndFoldedReasons() {
        String html = PublishedVsMeasuredTable.html("Results", SampleRecords.all());

        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html.split("<tr>", -1)).hasSize(1 + 1 + SampleRecords.all().size());
        assertThat(html)
                .contains("<td class=\"reproduced\" title=\"within 0.10 dB\"><details><summary>reproduced</summary>"
                        + "within 0.10 dB</details></td>")
                .contains("<td class=\"out_of_tolerance\"")
                .contains("<td class=\"no_published_value\"")
                .contains("<td class=\"cannot_run_here\"")
                .contains("<td>000 · 2</td>")
                .contains("<td class=\"num\">29.12</td>")
                .contains("<td class=\"num reproduced\">0.007</td>")
                .contains("<td class=\"num\">&mdash;</td>")
                .contains(".out_of_tolerance { background: #f8d7da")
                .contains("table { border-collapse: collapse; font-size: 0.85em; width: 100%; }")
                .contains("5 cells: 2 reproduced, 1 out_of_tolerance, 0 substitute_measured, 1 no_published_value,"
                        + " 1 cannot_run_here");
        assertThat(html.split("<th>", -1)).hasSize(1 + 12);
    }

    @Test
    void csvHasAHeaderAndOneRowPerRecord() {
        String csv = PublishedVsMeasuredTable.csv(SampleRecords.all());

        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + SampleRecords.all().size());
        assertThat(lines.get(0)).isEqualTo(
                "paper,table,cell,dataset,n,method,degradation,metric,measured,CI,published,|Δ|,verdict,reason");
    }

    @Test
    void csvFormatsNumbersByMetricAndLeavesUnknownsEmpty() {
        List<String> lines = PublishedVsMeasuredTable.csv(SampleRecords.all()).lines().toList();

        assertThat(lines.get(1)).isEqualTo("000,2,JPEG/QF10,LIVE1,29,arcnn,jpeg(q=10),psnr_y,"
                + "29.12,\"[28.92, 29.32]\",29.13,0.007,reproduced,within 0.10 dB");
        assertThat(lines.get(3)).contains(",top1,0.9123,\"[0.9023, 0.9223]\",0.9125,0.0002,reproduced,");
        assertThat(lines.get(4)).contains(",0.8700,\"[0.8600, 0.8800]\",,,no_published_value,");
        assertThat(lines.get(5)).contains(",top1,,,0.7120,,cannot_run_here,");
    }

    @Test
    void csvQuotesFieldsWithCommasQuotesAndLineBreaks() {
        ResultRecord r = SampleRecords.psnr("a,b", 27.0, null, Verdict.NO_PUBLISHED_VALUE, "say \"hi\"\nbye");

        String row = PublishedVsMeasuredTable.csv(List.of(r)).split("\n", 2)[1];

        assertThat(row).startsWith("000,2,\"a,b\",").endsWith(",\"say \"\"hi\"\"\nbye\"\n");
    }
}
