package io.crbench.baselines.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PublishedTableReaderTest {

    /** A small valid table; each test breaks one thing in it. */
    private static final String VALID = """
            {
              "source": "000_x.txt, Table II",
              "paper": "000",
              "table": "II",
              "title": "T",
              "dataset": "D",
              "unit": "percent",
              "keys": "K",
              "rows": [ { "key": "a", "printed": "A" }, { "key": "b", "printed": "B" } ],
              "columns": [ { "key": "top1", "printed": "Top-1" }, { "key": "psnr", "printed": "PSNR", "unit": "dB" } ],
              "values": {
                "a": { "top1": 82.8, "psnr": "-" },
                "b": { "top1": 72.4, "psnr": 25.00 }
              },
              "margin": { "perUnit": { "percent": 1.0, "dB": 0.1 }, "nuisance": "N", "sizedBy": "S" },
              "sample": { "relation": "other_sample", "why": "W" },
              "notes": [ "N" ],
              "ocrFixes": [ { "row": "b", "column": "top1", "printed": "724", "value": 72.4, "why": "W" } ],
              "transcriptionNotes": []
            }
            """;

    private static PublishedTable read(String json) {
        return PublishedTableReader.read("fixture.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertMalformed(String json, String detail) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(PublishedTableException.class)
                .hasMessageContaining("malformed published table resource fixture.json")
                .hasMessageContaining(detail);
    }

    @Test
    void validFixtureReads() {
        PublishedTable t = read(VALID);
        assertThat(t.value("a", "psnr")).isEmpty();
        assertThat(t.cell("b", "psnr").unit()).isEqualTo(Unit.DB);
        assertThat(t.margin("psnr").value()).isEqualTo(0.1);
        assertThat(t.ocrFixes()).singleElement().extracting(OcrFix::printed).isEqualTo("724");
    }

    @Test
    void aRowCanCarryItsOwnImageCount() {
        String sample = "\"sample\": { \"relation\": \"same_images\", \"images\": 5, \"why\": \"W\","
                + " \"rowImages\": { \"b\": 200 } }";
        PublishedTable t = read(VALID.replace("\"sample\": { \"relation\": \"other_sample\", \"why\": \"W\" }", sample));
        assertThat(t.sample("a").sameImages()).isEqualTo(5);
        assertThat(t.sample("b").sameImages()).isEqualTo(200);
        assertThat(t.publishedValue("b", "top1").sample().sameImages()).isEqualTo(200);
        assertMalformed(VALID.replace("\"sample\": { \"relation\": \"other_sample\", \"why\": \"W\" }",
                sample.replace("\"b\": 200", "\"c\": 200")), "sample.rowImages names row 'c'");
        assertMalformed(VALID.replace("\"sample\": { \"relation\": \"other_sample\", \"why\": \"W\" }",
                sample.replace("\"b\": 200", "\"b\": 0")), "sample.rowImages['b'] is 0");
    }

    @Test
    void missingCellIsRefused() {
        assertMalformed(VALID.replace("\"top1\": 82.8, ", ""), "values['a'] must have exactly the columns [top1, psnr]; missing [top1]");
    }

    @Test
    void unknownRowInValuesIsRefused() {
        assertMalformed(VALID.replace("\"b\": { \"top1\"", "\"c\": { \"top1\""), "missing [b], unexpected [c]");
    }

    @Test
    void nullCellIsRefusedBecauseAbsenceMustBeExplicit() {
        assertMalformed(VALID.replace("\"psnr\": \"-\"", "\"psnr\": null"), "a cell is a number or \"-\"");
    }

    @Test
    void numberWrittenAsTextIsRefused() {
        assertMalformed(VALID.replace("82.8", "\"82.8\""), "values['a']['top1'] is \"82.8\"");
    }

    @Test
    void unknownUnitListsTheValidUnits() {
        assertMalformed(VALID.replace("\"percent\",", "\"percentage\","),
                "unknown unit 'percentage'; valid units: dB, fraction, percent, ssim, millions, GFLOPs, ms");
    }

    @Test
    void marginMustCoverEveryColumnUnit() {
        assertMalformed(VALID.replace(", \"dB\": 0.1", ""), "margin.perUnit must have exactly the units of the columns");
    }

    @Test
    void ocrFixMustMatchTheStoredCell() {
        assertMalformed(VALID.replace("\"value\": 72.4", "\"value\": 7.24"), "gives value 7.24 but the cell ('b', 'top1') holds 72.4");
    }

    @Test
    void sourceMustCiteTheTable() {
        assertMalformed(VALID.replace("000_x.txt, Table II", "000_x.txt, Table I"), "does not cite paper 000, Table II");
    }

    @Test
    void misspelledFieldIsRefused() {
        assertMalformed(VALID.replace("\"notes\"", "\"note\""), "unknown field 'note'");
    }

    @Test
    void duplicateJsonKeyIsRefused() {
        assertMalformed(VALID.replace("\"top1\": 82.8,", "\"top1\": 82.8, \"top1\": 82.9,"), "Duplicate field 'top1'");
    }

    @Test
    void invalidJsonIsRefused() {
        assertMalformed(VALID.replace("\"notes\": [ \"N\" ],", "\"notes\": [ \"N\" ]"), "fixture.json");
    }

    @Test
    void missingResourceIsNamed() {
        assertThatThrownBy(() -> PublishedTableReader.read("io/crbench/baselines/published/nope.json"))
                .isInstanceOf(PublishedTableException.class)
                .hasMessageContaining("io/crbench/baselines/published/nope.json not found");
    }
}
