package io.crbench.evaluate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.datasets.Datasets;
import io.crbench.datasets.LocalDataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command end to end on real inputs: the mirror's MobileNetV2 int8 on 25 of the ImageNet
 * sample images (every 40th), JPEG q = 30 and one double compression.
 */
class EvaluateCommandTest {
    @TempDir
    static Path work;
    private static Path images;
    private static String model;
    private static String synsets;

    @BeforeAll
    static void copySubset() throws IOException {
        LocalDataset sample = Datasets.locate(Datasets.IMAGENET_SAMPLE_IMAGES);
        images = Files.createDirectories(work.resolve("images"));
        List<String> jpegs = sample.files().stream().filter(f -> f.endsWith(".JPEG")).toList();
        for (int i = 0; i < jpegs.size(); i += 40) {
            Files.copy(sample.path(jpegs.get(i)), images.resolve(jpegs.get(i)));
        }
        model = Datasets.locate(Datasets.MOBILENETV2_12_INT8).path("mobilenetv2-12-int8.onnx").toString();
        synsets = Datasets.locate(Datasets.IMAGENET_LABELS).path("LOC_synset_mapping.txt").toString();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Outcome(int status, String stdout, String stderr) {
    }

    private static Outcome crbench(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int status = CrbenchCommand.run(args);
            return new Outcome(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static List<String> evaluate(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--model", model, "--data", images.toString(),
                "--labels", synsets, "--grid", "jpeg:30", "--double-jpeg", "90/50", "--batch", "8", "--out", out.toString()));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    void aRunWritesItsFilesPassesItsOwnBaselineAndEqualsItsMergedShards() throws IOException {
        Path whole = work.resolve("whole");
        assertThat(crbench(evaluate(whole).toArray(String[]::new)).status()).isZero();
        assertThat(Files.readString(whole.resolve("summary.md"))).contains("| jpeg:30 |", "| double-jpeg:90/50 |",
                "Worst condition");
        try (var allure = Files.list(whole.resolve("allure-results"))) {
            assertThat(allure.map(p -> p.getFileName().toString()))
                    .anyMatch(f -> f.endsWith("-result.json")).anyMatch(f -> f.endsWith(".png"));
        }
        Outcome gated = crbench(evaluate(work.resolve("again"), "--baseline", whole.resolve("results.jsonl").toString())
                .toArray(String[]::new));
        assertThat(gated.status()).as(gated.stderr()).isZero();
        assertThat(gated.stdout()).contains("gate passed");

        for (int s = 0; s < 2; s++) {
            assertThat(crbench(evaluate(work.resolve("shard" + s), "--shard", s + "/2").toArray(String[]::new)).status()).isZero();
            assertThat(work.resolve("shard" + s).resolve("results.jsonl")).doesNotExist();
        }
        Path merged = work.resolve("merged");
        assertThat(crbench("merge", work.resolve("shard1").toString(), work.resolve("shard0").toString(), "--out",
                merged.toString()).status()).isZero();
        for (String f : List.of("results.jsonl", "hits.jsonl", "summary.md")) {
            assertThat(Files.readAllBytes(merged.resolve(f))).as(f).isEqualTo(Files.readAllBytes(whole.resolve(f)));
        }
    }

    @Test
    void aBrokenPreprocessingFailsTheGateNamingTheCases() throws IOException {
        Path base = work.resolve("base");
        assertThat(crbench(evaluate(base).toArray(String[]::new)).status()).isZero();
        // Standard deviations ten times too large: the network sees nearly flat grey images.
        Path spec = Files.writeString(work.resolve("wrong.json"),
                "{\"resize\": 256, \"crop\": 224, \"mean\": [0.485, 0.456, 0.406], \"std\": [2.29, 2.24, 2.25]}");
        Outcome o = crbench(evaluate(work.resolve("broken"), "--preprocess", spec.toString(), "--model-id",
                "mobilenetv2-12-int8", "--baseline", base.resolve("results.jsonl").toString()).toArray(String[]::new));
        assertThat(o.status()).isEqualTo(CrbenchCommand.GATE_FAILED);
        assertThat(o.stderr()).contains("gate FAILED", "|clean|", "|identity|top1:");
        assertThat(Files.readString(work.resolve("broken").resolve("summary.md"))).contains("**Gate: failed**");
        try (var allure = Files.list(work.resolve("broken").resolve("allure-results"))) {
            assertThat(allure.filter(p -> p.toString().endsWith("-result.json")).map(EvaluateCommandTest::read))
                    .anyMatch(json -> json.contains("\"status\":\"failed\"") && json.contains("Regression"));
        }

        Path compared = work.resolve("compared");
        assertThat(crbench("compare", base.toString(), work.resolve("broken").toString(), "--out", compared.toString())
                .status()).isZero();
        assertThat(Files.readString(compared.resolve("comparison.md"))).contains("| clean |", "| A better |");
        Path half = work.resolve("half");
        assertThat(crbench(evaluate(half, "--every-nth", "2").toArray(String[]::new)).status()).isZero();
        Outcome unpaired = crbench("compare", base.toString(), half.toString(), "--out", compared.toString());
        assertThat(unpaired.status()).isEqualTo(CrbenchCommand.BAD_INPUT);
        assertThat(unpaired.stderr()).contains("are not paired");
    }

    @Test
    void badInputsAreClearErrorsAndLeaveNoOutput() throws IOException {
        Path out = work.resolve("never");
        Outcome missing = crbench("evaluate", "--model", work.resolve("none.onnx").toString(), "--data",
                images.toString(), "--labels", synsets, "--out", out.toString());
        assertThat(missing.status()).isEqualTo(CrbenchCommand.BAD_INPUT);
        assertThat(missing.stderr()).contains("none.onnx does not exist");

        Path tenClasses = Files.writeString(work.resolve("ten.csv"), String.join("\n", Files.list(images)
                .map(p -> p.getFileName() + "," + (Math.abs(p.getFileName().hashCode()) % 10)).sorted().toList()));
        Outcome mismatch = crbench("evaluate", "--model", model, "--data", images.toString(), "--labels",
                tenClasses.toString(), "--out", out.toString());
        assertThat(mismatch.stderr()).contains("10 class scores the labels define", "returned 1000 scores");

        Path broken = Files.createDirectories(work.resolve("broken-images"));
        try (var files = Files.list(images)) {
            for (Path p : files.limit(3).toList()) {
                Files.copy(p, broken.resolve(p.getFileName()));
            }
        }
        Path victim;
        try (var files = Files.list(broken)) {
            victim = files.sorted().toList().get(1);
        }
        byte[] bytes = Files.readAllBytes(victim);
        Files.write(victim, java.util.Arrays.copyOf(bytes, 200));
        Outcome truncated = crbench("evaluate", "--model", model, "--data", broken.toString(), "--labels", synsets,
                "--out", out.toString());
        assertThat(truncated.status()).isEqualTo(CrbenchCommand.BAD_INPUT);
        assertThat(truncated.stderr()).contains(victim.getFileName().toString());

        Path empty = Files.createDirectories(work.resolve("empty"));
        assertThat(crbench("evaluate", "--model", model, "--data", empty.toString(), "--out", out.toString()).stderr())
                .contains("holds no PNG, BMP or JPEG image");
        assertThat(crbench("evaluate", "--model", model, "--data", images.toString(), "--labels", synsets, "--grid",
                "jpeg:0", "--out", out.toString()).stderr()).contains("grid 'jpeg:0'");
        assertThat(out).doesNotExist();
    }

    @Test
    void helpReadsLikeAManPage() {
        Outcome help = crbench("evaluate", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.stdout()).contains("Data layouts", "--shard", "--baseline", "Exit").doesNotContain("null");
    }
}
