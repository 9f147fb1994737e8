package io.crbench.baselines.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crbench.reproduction.PublishedValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tables of paper 002 (AFD-Module) against the text of 002_bdf66de6124cab6e.txt. */
class Paper002TablesTest {

    private static final List<String> QFS = List.of("25", "18", "15", "10", "7");
    private static final List<String> METHODS = List.of("DirectTest", "ARCNN", "DnCNN", "RNAN", "RDN", "MIRNet",
            "FBCNN", "JARCAL", "PANet", "EARN", "GRL", "DDP", "Ours");

    private static PublishedTable table(String id) {
        return PublishedTables.load("002", id);
    }

    private static double v(String id, String row, String column) {
        return table(id).cell(row, column).value();
    }

    @ParameterizedTest(name = "002 Table {0} {1}/{2} = {3}")
    @CsvSource(delimiter = ';', value = {
        "I; ResNet-50/25; D1; 65.82",
        "I; ResNet-50/7; D4; 47.32",
        "I; RepVGG-A2/15; D3; 58.23",
        "I; RepVGG-A2/7; D2; 46.12",
        "II; ResNet-50/DirectTest; 10; 47.50",
        "II; ResNet-50/FE-Net; 18; 63.34",
        "II; ResNet-50/FE-Net+ImageBlock; 7; 47.76",
        "II; ResNet-50/FE-Net+RearrangedDCT; 25; 67.10",
        "III; ResNet-50/ShuffledDCT; 25; 64.87",
        "III; ResNet-50/ShuffledDCT; 7; 46.28",
        "III; ResNet-50/RearrangedDCT; 10; 57.24",
        "IV; ResNet-50/25; DCNN; 65.87",
        "IV; ResNet-50/10; VIT; 55.99",
        "IV; ResNet-50/mean; Inception; 59.55",
        "IV; ResNet-50/7; UNet; 49.02",
        "V; ResNet-50/25; DirectTest; 66.16",
        "V; ResNet-50/25; ARCNN; 61.69",
        "V; ResNet-50/7; DirectTest; 31.65",
        "V; ResNet-50/15; FBCNN; 55.90",
        "V; ResNet-50/mean; Ours; 60.21",
        "V; RepVGG-A2/18; MIRNet; 58.27",
        "V; RepVGG-A2/7; DirectTest; 34.20",
        "V; RepVGG-A2/mean; EARN; 54.98",
        "VI; ResNet-50/T=1; DirectTest; 53.33",
        "VI; ResNet-50/T=5; Ours; 47.51",
        "VI; ResNet-50/mean; DDP; 50.51",
        "VI; RepVGG-A2/T=3; RNAN; 48.32",
        "VI; RepVGG-A2/T=4; JARCAL; 46.70",
        "VI; RepVGG-A2/mean; Ours; 51.78",
        "VII; ResNet-50; params; 25.5",
        "VII; RepVGG-A2; flops; 5.12",
        "VII; DnCNN; gpu_ms; 1132",
        "VII; JARCAL; flops; 419.45",
        "VII; Ours; params; 0.11",
        "VII; Ours; cpu_ms; 54",
        "VIII; ResNet-50/DirectTest; 7; 26.22",
        "VIII; ResNet-50/URIE; 10; 52.24",
        "VIII; ResNet-50/Ours; 25; 68.21",
        "IX; ResNet-50/25; Restormer; 64.49",
        "IX; ResNet-50/7; DirectTest; 47.42",
        "IX; ResNet-50/mean; DirectTest; 56.51",
        "IX; ResNet-50/mean; Ours; 60.32",
        "X; ResNet-50/7; TransferLearning; 50.40",
        "X; ResNet-50/clean; DirectTest; 76.04",
        "X; ResNet-50/clean; TransferLearning; 70.32",
    })
    void cellsMatchThePaperText(String id, String row, String column, double printed) {
        assertThat(v(id, row, column)).isEqualTo(printed);
    }

    @Test
    void filesKeepTrailingZerosAsPrinted() throws IOException {
        assertThat(resourceText("002-table-V.json"))
                .contains("\"DirectTest\": 47.50")
                .contains("\"DirectTest\": 34.20")
                .contains("\"FBCNN\": 55.90");
        assertThat(resourceText("002-table-X.json")).contains("\"TransferLearning\": 50.40");
    }

    private static String resourceText(String name) throws IOException {
        try (InputStream in = Paper002TablesTest.class.getClassLoader()
                .getResourceAsStream(PublishedTables.FOLDER + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keySchemesAreTheDocumentedOnes() {
        assertThat(table("V").rowKeys()).containsExactly("ResNet-50/25", "ResNet-50/18", "ResNet-50/15",
                "ResNet-50/10", "ResNet-50/7", "ResNet-50/mean", "RepVGG-A2/25", "RepVGG-A2/18", "RepVGG-A2/15",
                "RepVGG-A2/10", "RepVGG-A2/7", "RepVGG-A2/mean");
        assertThat(table("V").columnKeys()).isEqualTo(METHODS);
        assertThat(table("VI").columnKeys()).isEqualTo(METHODS);
        assertThat(table("VI").rowKeys()).startsWith("ResNet-50/T=1").endsWith("RepVGG-A2/T=5", "RepVGG-A2/mean");
        assertThat(table("I").columnKeys()).containsExactly("D1", "D2", "D3", "D4");
        assertThat(table("II").columnKeys()).containsExactly("25", "18", "10", "7");
        assertThat(table("VIII").columnKeys()).isEqualTo(QFS);
        assertThat(table("VII").columnKeys()).containsExactly("params", "flops", "cpu_ms", "gpu_ms");
        assertThat(table("VII").rowLabel("Ours")).isEqualTo("Our");
        assertThat(table("IX").columnLabel("DirectTest")).isEqualTo("Direct Test");
        assertThat(table("X").rowLabel("ResNet-50/clean")).isEqualTo("ResNet-50, clear images");
        for (PublishedTable t : PublishedTables.all()) {
            if (t.paper().equals("002")) {
                assertThat(t.ocrFixes()).as("%s", t).isEmpty();
                assertThat(t.transcriptionNotes()).as("%s", t).isNotEmpty();
                assertThat(t.title()).as("%s", t).startsWith("Caption not in the text copy.");
            }
        }
    }

    @Test
    void avgRowsAreTheMeansOfTheFivePrintedRowsToTheLastPlace() {
        checkMeans("IV", List.of("ResNet-50"), QFS);
        checkMeans("V", List.of("ResNet-50", "RepVGG-A2"), QFS);
        checkMeans("VI", List.of("ResNet-50", "RepVGG-A2"), List.of("T=1", "T=2", "T=3", "T=4", "T=5"));
        checkMeans("IX", List.of("ResNet-50"), QFS);
    }

    private static void checkMeans(String id, List<String> models, List<String> levels) {
        PublishedTable t = table(id);
        for (String model : models) {
            for (String column : t.columnKeys()) {
                double sum = 0;
                for (String level : levels) {
                    sum += t.cell(model + "/" + level, column).value();
                }
                // Printed to 2 decimals from unrounded cells: within 0.01, not always the rounded mean.
                assertThat(t.cell(model + "/mean", column).value())
                        .as("%s %s/%s", t, model, column)
                        .isCloseTo(sum / levels.size(), within(0.0101));
            }
        }
    }

    @Test
    void proseQuotesMatchTheCells() {
        // Sec. IV-F, AVIF at QF 7: +5.9 over Direct Test; 1.46, 0.57, 1.20 above PANet, Restormer, DDP.
        double ours = v("IX", "ResNet-50/7", "Ours");
        assertThat(ours - v("IX", "ResNet-50/7", "DirectTest")).isCloseTo(5.90, within(1e-9));
        assertThat(ours - v("IX", "ResNet-50/7", "PANet")).isCloseTo(1.46, within(1e-9));
        assertThat(ours - v("IX", "ResNet-50/7", "Restormer")).isCloseTo(0.57, within(1e-9));
        assertThat(ours - v("IX", "ResNet-50/7", "DDP")).isCloseTo(1.20, within(1e-9));
        // Sec. IV-F, transfer learning: +9.11 at QF 10 and -5.72 on clean images.
        assertThat(v("X", "ResNet-50/10", "TransferLearning") - v("X", "ResNet-50/10", "DirectTest"))
                .isCloseTo(9.11, within(1e-9));
        assertThat(v("X", "ResNet-50/clean", "TransferLearning") - v("X", "ResNet-50/clean", "DirectTest"))
                .isCloseTo(-5.72, within(1e-9));
    }

    @Test
    void theProposedModuleHasTheSameCellsAcrossTables() {
        for (String qf : List.of("25", "15", "7")) {
            assertThat(v("I", "ResNet-50/" + qf, "D2")).isEqualTo(v("V", "ResNet-50/" + qf, "Ours"));
            assertThat(v("I", "RepVGG-A2/" + qf, "D1")).isEqualTo(v("V", "RepVGG-A2/" + qf, "Ours"));
        }
        for (String qf : List.of("25", "18", "10", "7")) {
            assertThat(v("II", "ResNet-50/DirectTest", qf)).isEqualTo(v("V", "ResNet-50/" + qf, "DirectTest"));
            assertThat(v("II", "ResNet-50/FE-Net+RearrangedDCT", qf)).isEqualTo(v("V", "ResNet-50/" + qf, "Ours"));
            assertThat(v("III", "ResNet-50/RearrangedDCT", qf)).isEqualTo(v("V", "ResNet-50/" + qf, "Ours"));
        }
        for (String qf : QFS) {
            assertThat(v("IV", "ResNet-50/" + qf, "UNet")).isEqualTo(v("V", "ResNet-50/" + qf, "Ours"));
            assertThat(v("X", "ResNet-50/" + qf, "DirectTest")).isEqualTo(v("V", "ResNet-50/" + qf, "DirectTest"));
            assertThat(v("X", "ResNet-50/" + qf, "Ours")).isEqualTo(v("V", "ResNet-50/" + qf, "Ours"));
        }
        assertThat(v("IV", "ResNet-50/mean", "UNet")).isEqualTo(v("V", "ResNet-50/mean", "Ours"));
    }

    @Test
    void accuracyTablesArePercentWithTheirRoundingAsMargin() {
        for (String id : List.of("I", "II", "III", "IV", "V", "VI", "VIII", "IX", "X")) {
            PublishedTable t = table(id);
            assertThat(t.unit()).as("%s", t).isEqualTo(Unit.PERCENT);
            Margin m = t.margin(t.columnKeys().get(0));
            assertThat(m.value()).isZero();
            assertThat(m.nuisance()).startsWith("none beyond the rounding");
            assertThat(t.sample().sameImages()).isEqualTo(id.equals("VIII") ? 0 : 50_000);
        }
        PublishedValue v = table("V").publishedValue("ResNet-50/7", "DirectTest");
        assertThat(v.value()).isEqualTo(0.3165);
        assertThat(v.cell().cell()).isEqualTo("ResNet-50/7/DirectTest");
        assertThat(v.margin()).isCloseTo(0.00005, within(1e-12));
        assertThat(v.marginJustification()).startsWith("rounding of the printed accuracy (±0.005 percent)");
    }

    @Test
    void efficiencyTableHasItsOwnUnitsAndRoundingMargins() {
        PublishedTable t = table("VII");
        assertThat(t.unit("params")).isEqualTo(Unit.MILLIONS);
        assertThat(t.unit("flops")).isEqualTo(Unit.GFLOPS);
        assertThat(t.unit("cpu_ms")).isEqualTo(Unit.MILLISECONDS);
        assertThat(t.unit("gpu_ms")).isEqualTo(Unit.MILLISECONDS);
        assertThat(t.margin("params").value()).isZero();
        assertThat(t.publishedValue("ResNet-50", "params").margin()).isEqualTo(50_000.0);
        assertThat(t.publishedValue("Ours", "params").margin()).isEqualTo(5_000.0);
        assertThat(t.publishedValue("Ours", "flops").margin()).isCloseTo(5e6, within(1e-3));
        PublishedValue gpu = t.publishedValue("Ours", "gpu_ms");
        assertThat(gpu.value()).isEqualTo(58.0);
        assertThat(gpu.margin()).isEqualTo(0.5);
    }
}
