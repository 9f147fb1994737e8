package io.crbench.baselines.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishedTablesTest {

    private static final double EXACT = 1e-12;

    @Test
    void allLoadsEveryIndexedTableInOrder() {
        assertThat(PublishedTables.all())
                .extracting(t -> t.paper() + "/" + t.table())
                .containsExactly("000/II", "002/I", "002/II", "002/III", "002/IV", "002/V", "002/VI", "002/VII",
                        "002/VIII", "002/IX", "002/X", "003/2", "003/3", "003/4", "003/5", "003/6",
                        "004/MeanQF10to90", "004/InitialTestRun", "004/BikesDemoY", "dncnn/JPEG", "fbcnn/GraySingle",
                        "fbcnn/DoubleNonAligned", "resnet/6", "akamaster/README");
    }

    @Test
    void indexListsEveryTableFileInTheFolder() throws URISyntaxException {
        URL index = getClass().getClassLoader().getResource(PublishedTables.INDEX);
        assertThat(index).isNotNull();
        String[] files = new File(index.toURI()).getParentFile().list((dir, name) -> name.matches(".+-table-.+\\.json"));
        List<String> indexed = PublishedTables.index().stream()
                .map(id -> id.paper() + "-table-" + id.table() + ".json")
                .toList();
        assertThat(Arrays.asList(files)).containsExactlyInAnyOrderElementsOf(indexed);
    }

    @Test
    void everyDeclaredCellHasAValueOrIsExplicitlyAbsent() {
        for (PublishedTable t : PublishedTables.all()) {
            int present = 0;
            for (String row : t.rowKeys()) {
                for (String column : t.columnKeys()) {
                    if (t.value(row, column).isPresent()) {
                        present++;
                        assertThat(t.cell(row, column).value()).isEqualTo(t.value(row, column).getAsDouble());
                    } else {
                        assertThat(t.findCell(row, column)).as("%s %s/%s", t, row, column).isEmpty();
                    }
                }
            }
            assertThat(t.cells()).as("%s", t).hasSize(present);
        }
    }

    @Test
    void onlyPaper000TableIIsOriginalRowAndDncnnsTnrdAtQf40AreAbsent() {
        for (PublishedTable t : PublishedTables.all()) {
            int absent = isPaper000TableII(t) || (t.paper().equals("dncnn") && t.table().equals("JPEG")) ? 4 : 0;
            int expected = t.rowKeys().size() * t.columnKeys().size() - absent;
            assertThat(t.cells()).as("%s", t).hasSize(expected);
        }
        PublishedTable ii = PublishedTables.load("000", "II");
        for (String column : List.of("psnr_rgb", "psnr_ycbcr", "ssim_rgb", "ssim_ycbcr")) {
            assertThat(ii.value("Original", column)).isEmpty();
        }
        PublishedTable dncnn = PublishedTables.load("dncnn", "JPEG");
        for (String row : List.of("Classic5/40", "LIVE1/40")) {
            assertThat(dncnn.value(row, "TNRD_psnr")).isEmpty();
            assertThat(dncnn.value(row, "TNRD_ssim")).isEmpty();
        }
    }

    @Test
    void everyTableCitesItsSourceAndCarriesDefinitionsAndAMargin() {
        Map<String, String> files = Map.of("000", "000_76ab92d1ec204176.txt", "002", "002_bdf66de6124cab6e.txt",
                "003", "003_10bfd13e9a9117df.txt", "004", "004_369c3c1b566c3442.txt",
                "dncnn", "dncnn_cszn-DnCNN-README-0423e89", "fbcnn", "fbcnn_jiaxi-jiang-FBCNN-README-54d1831", "resnet",
                "resnet_He-Zhang-Ren-Sun-CVPR2016", "akamaster", "akamaster_pytorch_resnet_cifar10-README-d5489e8");
        for (PublishedTable t : PublishedTables.all()) {
            // FBCNN's README shows each table as its own image, named after the prefix.
            assertThat(t.source()).startsWith(files.get(t.paper())).endsWith(", Table " + t.table());
            assertThat(t.notes()).isNotEmpty();
            assertThat(t.keyScheme()).isNotBlank();
            for (String column : t.columnKeys()) {
                Margin m = t.margin(column);
                assertThat(m.unit()).isEqualTo(t.unit(column));
                assertThat(m.value()).isNotNegative();
                assertThat(m.nuisance()).isNotBlank();
                assertThat(m.sizedBy()).isNotBlank();
            }
        }
    }

    @ParameterizedTest(name = "003 Table {0} {1}/{2} = {3}")
    @CsvSource(delimiter = ';', value = {
        "2; JPEG; 10; 23.28",
        "2; JPEG; 90; 33.65",
        "2; Restoration; 70; 31.00",
        "3; (1,20); Cla(org); 0.431",
        "3; (61,80); Seq(res); 0.870",
        "3; (1,100); Proposed; 0.850",
        "4; (1,20); Cla(jpg); 0.448",
        "4; (81,100); Seq(org); 0.628",
        "4; (1,100); Proposed; 0.573",
        "5; Gaussian; 10; 28.13",
        "5; Restoration; 50; 24.87",
        "6; (0,10); Cla(Gauss); 0.851",
        "6; (41,50); Seq(org); 0.740",
        "6; (0,50); Proposed; 0.860",
    })
    void paper003CellsMatchThePaperText(String table, String row, String column, double printed) {
        assertThat(PublishedTables.load("003", table).cell(row, column).value()).isEqualTo(printed);
    }

    @ParameterizedTest(name = "000 Table II {0}/{1} = {2}")
    @CsvSource(delimiter = ';', value = {
        "Original; top1; 82.8",
        "Original; top5; 97.2",
        "Compressed/10; top1; 72.4",
        "Compressed/20; psnr_rgb; 26.93",
        "Compressed/30; top1; 78.8",
        "Compressed/40; ssim_ycbcr; 0.900",
        "Restored/10; ssim_ycbcr; 0.861",
        "Restored/30; top5; 95.8",
        "Restored/40; psnr_ycbcr; 35.45",
    })
    void tableIICellsMatchThePaperText(String row, String column, double printed) {
        assertThat(PublishedTables.load("000", "II").cell(row, column).value()).isEqualTo(printed);
    }

    @Test
    void tableIIAccuracyGainsMatchTheAbstract() {
        PublishedTable ii = PublishedTables.load("000", "II");
        // Abstract: +12.2 points top-1 at quality level 10 and +6.2 at level 40.
        assertThat(ii.cell("Restored/10", "top1").value() - ii.cell("Compressed/10", "top1").value())
                .isCloseTo(12.2, within(1e-9));
        assertThat(ii.cell("Restored/40", "top1").value() - ii.cell("Compressed/40", "top1").value())
                .isCloseTo(6.2, within(1e-9));
    }

    @Test
    void tableIIRecordsEachOcrFixWithTheDamagedText() {
        assertThat(PublishedTables.load("000", "II").ocrFixes())
                .extracting(OcrFix::row, OcrFix::column, OcrFix::printed, OcrFix::value)
                .containsExactly(
                        tuple("Compressed/10", "top1", "724", 72.4),
                        tuple("Restored/40", "psnr_ycbcr", "3545", 35.45));
        for (PublishedTable t : PublishedTables.all()) {
            if (!isPaper000TableII(t)) {
                assertThat(t.ocrFixes()).as("%s", t).isEmpty();
            }
        }
    }

    private static boolean isPaper000TableII(PublishedTable t) {
        return t.paper().equals("000") && t.table().equals("II");
    }

    @Test
    void unitsAndMarginsAreTheDeclaredOnes() {
        PublishedTable ii = PublishedTables.load("000", "II");
        assertThat(ii.unit()).isEqualTo(Unit.PERCENT);
        assertThat(ii.unit("top5")).isEqualTo(Unit.PERCENT);
        assertThat(ii.unit("psnr_rgb")).isEqualTo(Unit.DB);
        assertThat(ii.unit("ssim_ycbcr")).isEqualTo(Unit.SSIM);
        assertThat(ii.margin("top1").value()).isZero();
        assertThat(ii.publishedValue("Compressed/10", "top1").margin()).isCloseTo(0.0005, within(EXACT));
        assertThat(ii.publishedValue("Compressed/10", "psnr_ycbcr").margin()).isCloseTo(0.005, within(EXACT));
        assertThat(ii.publishedValue("Compressed/10", "ssim_rgb").margin()).isCloseTo(0.0005, within(EXACT));

        Margin cpsnr = PublishedTables.load("003", "2").margin("10");
        assertThat(cpsnr.value()).isZero();
        assertThat(cpsnr.unit()).isEqualTo(Unit.DB);
        assertThat(PublishedTables.load("003", "2").publishedValue("Restoration", "70").margin()).isEqualTo(0.005);
        for (String t : List.of("3", "4", "6")) {
            PublishedTable table = PublishedTables.load("003", t);
            assertThat(table.unit()).isEqualTo(Unit.FRACTION);
            assertThat(table.margin("Proposed").value()).isZero();
        }
        assertThat(PublishedTables.load("003", "5").publishedValue("Gaussian", "50").margin()).isEqualTo(0.005);
    }

    @Test
    void accuraciesConvertToFractions() {
        assertThat(PublishedTables.load("000", "II").cell("Restored/40", "top1").asFraction())
                .isCloseTo(0.86, within(EXACT));
        assertThat(PublishedTables.load("003", "3").cell("(1,100)", "Proposed").asFraction()).isEqualTo(0.850);
        for (PublishedTable t : PublishedTables.all()) {
            for (PublishedCell c : t.cells()) {
                if (c.unit().isAccuracy()) {
                    assertThat(c.asFraction()).as("%s", c).isBetween(0.0, 1.0);
                }
            }
        }
    }

    @Test
    void nonAccuracyCellsRefuseFractions() {
        PublishedCell psnr = PublishedTables.load("003", "2").cell("JPEG", "10");
        assertThatThrownBy(psnr::asFraction)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dB is not an accuracy unit");
    }

    @Test
    void rowAndColumnLabelsAreThePrintedHeadings() {
        PublishedTable ii = PublishedTables.load("000", "II");
        assertThat(ii.rowLabel("Compressed/10")).isEqualTo("Compresed Images, Level = 10");
        assertThat(ii.columnLabel("psnr_ycbcr")).isEqualTo("PSNR (dB) YCbCr");
        assertThat(PublishedTables.load("003", "4").title()).isEqualTo("Interval mean acurracy of JPEG CIFAR-100.");
    }

    @Test
    void missingTableNamesTheResourceAndTheKnownTables() {
        assertThatThrownBy(() -> PublishedTables.load("003", "9"))
                .isInstanceOf(PublishedTableException.class)
                .hasMessageContaining("io/crbench/baselines/published/003-table-9.json")
                .hasMessageContaining("not found")
                .hasMessageContaining("000 Table II, 002 Table I, 002 Table II")
                .hasMessageContaining("002 Table X, 003 Table 2, 003 Table 3");
    }

    @Test
    void idsThatAreNotPrintedIdsAreRefused() {
        assertThatThrownBy(() -> PublishedTables.load("003", "../2"))
                .isInstanceOf(PublishedTableException.class)
                .hasMessageContaining("not a paper and table id");
    }

    @Test
    void fileDeclaringAnotherTableThanItsNameIsRefused() {
        // Test fixture 999-table-1.json is a copy that still declares paper 003, Table 2.
        assertThatThrownBy(() -> PublishedTables.load("999", "1"))
                .isInstanceOf(PublishedTableException.class)
                .hasMessageContaining("999-table-1.json")
                .hasMessageContaining("declares paper 003 Table 2");
    }

    @Test
    void unknownRowListsTheValidRows() {
        assertThatThrownBy(() -> PublishedTables.load("003", "2").value("QF10", "10"))
                .isInstanceOf(PublishedTableException.class)
                .hasMessageContaining("003-table-2.json")
                .hasMessageContaining("no row 'QF10'; valid rows: JPEG, Restoration");
    }

    @Test
    void unknownColumnListsTheValidColumns() {
        assertThatThrownBy(() -> PublishedTables.load("003", "3").cell("(1,20)", "Cla(jpeg)"))
                .isInstanceOf(PublishedTableException.class)
                .hasMessageContaining("no column 'Cla(jpeg)'; valid columns: "
                        + "Cla(org), Cla(jpg), Seq(org), Seq(res), Ens(Cla), Proposed");
        assertThatThrownBy(() -> PublishedTables.load("000", "II").margin("top-1"))
                .isInstanceOf(PublishedTableException.class)
                .hasMessageContaining("valid columns: top1, top5, psnr_rgb, psnr_ycbcr, ssim_rgb, ssim_ycbcr");
    }

    @Test
    void absentCellIsRefusedByCell() {
        assertThatThrownBy(() -> PublishedTables.load("000", "II").cell("Original", "psnr_rgb"))
                .isInstanceOf(PublishedTableException.class)
                .hasMessageContaining("prints no value for row 'Original', column 'psnr_rgb'");
    }
}
