package io.crbench.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
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

    /** Parses a line written by {@link #toLine}; {@code source} names it in errors. */
    public static ResultRecord fromLine(String line, String source) {
        try {
            JsonNode n = MAPPER.readTree(line);
            return new ResultRecord(text(n, "paper"), text(n, "table"), text(n, "cell"), text(n, "dataset"),
                    n.path("n").asInt(), text(n, "method"), text(n, "degradation"), text(n, "metric"),
                    number(n, "measured"), number(n, "ci_low"), number(n, "ci_high"),
                    n.path("published").isNumber() ? n.get("published").asDouble() : null,
                    Verdict.fromWire(text(n, "verdict")), n.path("reason").asText(""),
                    n.path("substitution").isTextual() ? n.get("substitution").asText() : null);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed result line in " + source + ": " + e.getMessage(), e);
        }
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
        if (!v.isNumber()) {
            // asDouble() would read "abc" as 0.0, a value that can never regress.
            throw new IllegalArgumentException("field '" + field + "' is not a number: " + v);
        }
        return v.asDouble();
    }
}
