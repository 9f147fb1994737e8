package io.crbench.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllureReportTest {

    /** Keeps what Allure would write to disk. */
    private static final class InMemoryWriter implements AllureResultsWriter {
        final List<TestResult> results = new ArrayList<>();
        final Map<String, byte[]> attachments = new HashMap<>();

        @Override
        public void write(TestResult result) {
            results.add(result);
        }

        @Override
        public void write(TestResultContainer container) {
            // Containers carry fixtures, which these tests do not create.
        }

        @Override
        public void write(String source, InputStream attachment) {
            try {
                attachments.put(source, attachment.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final InMemoryWriter writer = new InMemoryWriter();
    private AllureLifecycle previous;

    @BeforeEach
    void useInMemoryLifecycle() {
        previous = Allure.getLifecycle();
        Allure.setLifecycle(new AllureLifecycle(writer));
    }

    @AfterEach
    void restoreLifecycle() {
        Allure.setLifecycle(previous);
    }

    private TestResult runTest(Runnable body) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        String uuid = UUID.randomUUID().toString();
        lifecycle.scheduleTestCase(new TestResult().setUuid(uuid).setName("case"));
        lifecycle.startTestCase(uuid);
        body.run();
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
        return writer.results.get(writer.results.size() - 1);
    }

    @Test
    void labelsGroupByPaperTableAndSuite() {
        TestResult result = runTest(() -> AllureReport.paperTableSuite("000", "2", "ArcnnJpegSuite"));

        assertThat(result.getLabels()).extracting(Label::getName, Label::getValue).contains(
                tuple("paper", "000"), tuple("table", "2"),
                tuple("epic", "paper 000"), tuple("feature", "table 2"), tuple("story", "ArcnnJpegSuite"));
    }

    @Test
    void parametersAreAddedInOrder() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("qf", 10);
        parameters.put("dataset", "LIVE1");

        TestResult result = runTest(() -> AllureReport.parameters(parameters));

        assertThat(result.getParameters()).extracting(Parameter::getName, Parameter::getValue)
                .containsExactly(tuple("qf", "10"), tuple("dataset", "LIVE1"));
    }

    @Test
    void attachmentsCarryTypeExtensionAndContent() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};

        TestResult result = runTest(() -> {
            AllureReport.attachPng("plot", png);
            AllureReport.attachHtml("table", "<p>Δ</p>");
            AllureReport.attachCsv("rows", "a,b\n");
            AllureReport.attachText("summary", "ok");
        });

        assertThat(result.getAttachments()).extracting(Attachment::getName, Attachment::getType).containsExactly(
                tuple("plot", "image/png"), tuple("table", "text/html"),
                tuple("rows", "text/csv"), tuple("summary", "text/plain"));
        assertThat(result.getAttachments()).extracting(Attachment::getSource)
                .allSatisfy(source -> assertThat(source).matches(".*\\.(png|html|csv|txt)"));
        Attachment html = result.getAttachments().get(1);
        assertThat(new String(writer.attachments.get(html.getSource()), StandardCharsets.UTF_8)).isEqualTo("<p>Δ</p>");
        assertThat(writer.attachments.get(result.getAttachments().get(0).getSource())).isEqualTo(png);
    }

    @Test
    void environmentPropertiesRoundTripThroughJavaProperties(@TempDir Path dir) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("java.version", "17.0.15");
        env.put("mirror path", "C:\\data\\mirror = main");
        env.put("σ", " leading space, #not a comment");

        AllureReport.environment(env, dir.resolve("allure-results"));

        Properties loaded = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve("allure-results/environment.properties"))) {
            loaded.load(in);
        }
        assertThat(loaded).containsExactlyInAnyOrderEntriesOf(env);
        assertThat(Files.readAllLines(dir.resolve("allure-results/environment.properties")).get(0))
                .isEqualTo("java.version=17.0.15");
    }

    @Test
    void categoriesJsonNamesEveryCategoryWithItsRegexAndStatuses(@TempDir Path dir) throws IOException {
        AllureReport.environment(Map.of(), dir);

        String json = Files.readString(dir.resolve("categories.json"));
        assertThat(json).contains(
                "\"name\": \"Out of published tolerance\"",
                "\"messageRegex\": \"[\\\\s\\\\S]*Out of published tolerance: [\\\\s\\\\S]*\"",
                "\"name\": \"Regression against recorded baseline\"",
                "\"name\": \"Cannot run here\"",
                "\"matchedStatuses\": [\"skipped\", \"broken\"]");
        assertThat(json.strip()).startsWith("[").endsWith("]");
    }
}
