package io.crbench.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crbench.degradation.Condition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON line form of a {@link ResultRecord}, with the documented snake_case keys. JSON has no
 * NaN, so unmeasured values are written as null.
 */
public final class ResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultJson() {
    }

    /** One JSON object on one line. */
    public static String toLine(ResultRecord r) {
        return toLine(r, Map.of());
    }

    /**
     * One JSON object on one line, with {@code numerics} (the run's numeric environment, see
     * {@code io.crbench.numerics.NumericEnvironment}) as a last field when it is not empty.
     */
    public static String toLine(ResultRecord r, Map<String, Object> numerics) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paper", r.paper());
        m.put("table", r.table());
        m.put("cell", r.cell());
        m.put("dataset", r.dataset());
        m.put("n", r.n());
        m.put("method", r.method());
        m.put("degradation", r.degradation());
        if (r.condition().isRecorded()) {
            m.put("condition", conditionJson(r.condition()));
        }
        m.put("metric", r.metric());
        m.put("measured", finiteOrNull(r.measured()));
        m.put("ci_low", finiteOrNull(r.ciLow()));
        m.put("ci_high", finiteOrNull(r.ciHigh()));
        m.put("published", r.published());
        m.put("verdict", r.verdict().wire());
        m.put("reason", r.reason());
        if (r.substitution() != null) {
            m.put("substitution", r.substitution());
        }
        if (!numerics.isEmpty()) {
            m.put("numerics", numerics);
        }
        try {
            return MAPPER.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise result " + r.key(), e);
        }
    }

    /** Every row of a results.jsonl file (blank lines skipped); errors name the file and line. */
    public static List<ResultRecord> readAll(Path file) {
        List<ResultRecord> rows = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    rows.add(fromLine(lines.get(i), file + ":" + (i + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read results " + file, e);
        }
        return rows;
    }

    /** Parses a line written by {@link #toLine}; {@code source} names it in errors. */
    public static ResultRecord fromLine(String line, String source) {
        try {
            JsonNode n = MAPPER.readTree(line);
            return new ResultRecord(text(n, "paper"), text(n, "table"), text(n, "cell"), text(n, "dataset"),
                    n.path("n").asInt(), text(n, "method"), condition(n, text(n, "degradation")), text(n, "metric"),
                    number(n, "measured"), number(n, "ci_low"), number(n, "ci_high"),
                    n.path("published").isNumber() ? n.get("published").asDouble() : null,
                    Verdict.fromWire(text(n, "verdict")), n.path("reason").asText(""),
                    n.path("substitution").isTextual() ? n.get("substitution").asText() : null);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed result line in " + source + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> conditionJson(Condition c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("family", c.family());
        Map<String, Object> levels = new LinkedHashMap<>();
        c.levels().forEach((name, value) -> levels.put(name, plainNumber(value)));
        m.put("levels", levels);
        if (!c.ranges().isEmpty()) {
            Map<String, Object> ranges = new LinkedHashMap<>();
            c.ranges().forEach((name, r) -> ranges.put(name, List.of(plainNumber(r.low()), plainNumber(r.high()))));
            m.put("ranges", ranges);
        }
        if (c.targetBitsPerPixel() != null) {
            m.put("target_bpp", c.targetBitsPerPixel());
        }
        if (c.restoredBy() != null) {
            m.put("restored_by", c.restoredBy());
        }
        return m;
    }

    /** Whole numbers as integers ({@code "q":25}, not {@code 25.0}), so queries compare them as written. */
    private static Object plainNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
    }

    /** The row's condition; a row written before rows carried one gets {@link Condition#unrecorded}. */
    private static Condition condition(JsonNode n, String id) {
        JsonNode c = n.get("condition");
        if (c == null || c.isNull()) {
            return Condition.unrecorded(id);
        }
        Map<String, Double> levels = new LinkedHashMap<>();
        c.path("levels").fields().forEachRemaining(e -> levels.put(e.getKey(), numberValue(e.getValue(), "condition.levels." + e.getKey())));
        Map<String, Condition.Range> ranges = new LinkedHashMap<>();
        c.path("ranges").fields().forEachRemaining(e -> {
            JsonNode r = e.getValue();
            if (!r.isArray() || r.size() != 2) {
                throw new IllegalArgumentException("field 'condition.ranges." + e.getKey() + "' is not a [low, high] pair: " + r);
            }
            ranges.put(e.getKey(), new Condition.Range(numberValue(r.get(0), "condition.ranges." + e.getKey()),
                    numberValue(r.get(1), "condition.ranges." + e.getKey())));
        });
        Double target = c.has("target_bpp") ? numberValue(c.get("target_bpp"), "condition.target_bpp") : null;
        String restoredBy = c.path("restored_by").isTextual() ? c.get("restored_by").asText() : null;
        return new Condition(id, text(c, "family"), levels, ranges, target, restoredBy);
    }

    private static double numberValue(JsonNode v, String field) {
        if (!v.isNumber()) {
            // asDouble() would read "abc" as 0.0, a value that can never regress.
            throw new IllegalArgumentException("field '" + field + "' is not a number: " + v);
        }
        return v.asDouble();
    }

    private static Object finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return v.asText();
    }

    private static double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Double.NaN;
        }
        return numberValue(v, field);
    }
}
