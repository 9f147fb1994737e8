package io.crbench.baselines.published;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.crbench.reproduction.SampleRelation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and checks one table file. The checks are strict (unknown fields, duplicate keys, missing
 * cells are all errors) because a silently mistyped published value would corrupt every verdict
 * built on it.
 */
final class PublishedTableReader {

    /** The cell text the papers print for "no value"; the files keep it rather than a JSON null. */
    private static final String ABSENT = "-";

    private static final Set<String> FIELDS = Set.of("source", "paper", "table", "title", "dataset", "unit",
            "keys", "rows", "columns", "values", "margin", "sample", "notes", "ocrFixes", "transcriptionNotes", "findings",
            "knownDeviations");

    // Decimals are kept as printed ("31.00" has two), since each cell's rounding is its tolerance.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final String resource;

    private PublishedTableReader(String resource) {
        this.resource = resource;
    }

    /**
     * Reads a JSON resource from the class path.
     *
     * @throws PublishedTableException naming the resource when it is missing or not valid JSON
     */
    static JsonNode readJson(String resource) {
        try (InputStream in = PublishedTableReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new PublishedTableException("published table resource " + resource + " not found on the class path");
            }
            return readJson(resource, in);
        } catch (IOException e) {
            throw new PublishedTableException("cannot read published table resource " + resource, e);
        }
    }

    private static JsonNode readJson(String resource, InputStream in) throws IOException {
        try {
            return JSON.readTree(in);
        } catch (JacksonException e) {
            throw new PublishedTableException("malformed published table resource " + resource + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads and checks a table file from the class path.
     *
     * @throws PublishedTableException naming the resource and the problem when it is missing or malformed
     */
    static PublishedTable read(String resource) {
        return new PublishedTableReader(resource).parse(readJson(resource));
    }

    /**
     * Reads and checks a table file from a stream; {@code resource} names it in messages.
     *
     * @throws PublishedTableException naming the resource and the problem when it is malformed
     */
    static PublishedTable read(String resource, InputStream in) {
        try {
            return new PublishedTableReader(resource).parse(readJson(resource, in));
        } catch (IOException e) {
            throw new PublishedTableException("cannot read published table resource " + resource, e);
        }
    }

    private PublishedTable parse(JsonNode root) {
        if (!root.isObject()) {
            throw malformed("the top level is not an object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw malformed("unknown field '" + f + "'; expected fields: " + String.join(", ", new TreeSet<>(FIELDS)));
            }
        }
        String source = text(root, "source");
        String paper = text(root, "paper");
        String table = text(root, "table");
        if (!source.startsWith(paper + "_") || !source.endsWith(", Table " + table)) {
            throw malformed("source '" + source + "' does not cite paper " + paper + ", Table " + table);
        }
        Unit unit = unit(root, "unit", "the table");
        List<Heading> rows = headings(root, "rows", unit, false);
        List<Heading> columns = headings(root, "columns", unit, true);
        Map<String, Map<String, OptionalDouble>> values = values(root, rows, columns);
        Map<String, Map<String, Integer>> decimals = decimals(root, rows, columns);
        return new PublishedTable(resource, source, paper, table, text(root, "title"), text(root, "dataset"), unit,
                text(root, "keys"), rows, columns, values, decimals, margins(root, columns), sample(root), rowSamples(root, rows),
                texts(root, "notes", false),
                ocrFixes(root, rows, columns, values), texts(root, "transcriptionNotes", true),
                root.has("findings") ? texts(root, "findings", true) : List.of(),
                knownDeviations(root, rows, columns, values));
    }

    private List<Heading> headings(JsonNode root, String field, Unit tableUnit, boolean mayDeclareUnit) {
        JsonNode array = array(root, field);
        if (array.isEmpty()) {
            throw malformed("'" + field + "' is empty");
        }
        List<Heading> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode h : array) {
            String where = field + "[" + out.size() + "]";
            if (!h.isObject()) {
                throw malformed(where + " is not an object");
            }
            Set<String> allowed = mayDeclareUnit ? Set.of("key", "printed", "unit") : Set.of("key", "printed");
            for (Iterator<String> it = h.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!allowed.contains(f)) {
                    throw malformed(where + " has unknown field '" + f + "'");
                }
            }
            String key = text(h, "key", where);
            if (!seen.add(key)) {
                throw malformed("duplicate key '" + key + "' in '" + field + "'");
            }
            Unit u = h.has("unit") ? unit(h, "unit", where) : tableUnit;
            out.add(new Heading(key, text(h, "printed", where), u));
        }
        return out;
    }

    private Map<String, Map<String, OptionalDouble>> values(JsonNode root, List<Heading> rows, List<Heading> columns) {
        JsonNode values = object(root, "values");
        Set<String> rowKeys = keys(rows);
        Set<String> columnKeys = keys(columns);
        checkSameKeys(values, rowKeys, "'values'", "rows");
        Map<String, Map<String, OptionalDouble>> out = new LinkedHashMap<>();
        for (String row : rowKeys) {
            JsonNode cells = values.get(row);
            String where = "values['" + row + "']";
            if (!cells.isObject()) {
                throw malformed(where + " is not an object");
            }
            checkSameKeys(cells, columnKeys, where, "columns");
            Map<String, OptionalDouble> rowValues = new LinkedHashMap<>();
            for (String column : columnKeys) {
                JsonNode cell = cells.get(column);
                if (cell.isNumber()) {
                    rowValues.put(column, OptionalDouble.of(cell.doubleValue()));
                } else if (cell.isTextual() && ABSENT.equals(cell.textValue())) {
                    rowValues.put(column, OptionalDouble.empty());
                } else {
                    throw malformed("cell " + where + "['" + column + "'] is " + cell
                            + "; a cell is a number or \"" + ABSENT + "\" (printed as absent)");
                }
            }
            out.put(row, rowValues);
        }
        return out;
    }

    /** How many decimals each printed cell has (absent cells have none). */
    private Map<String, Map<String, Integer>> decimals(JsonNode root, List<Heading> rows, List<Heading> columns) {
        JsonNode values = object(root, "values");
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (String row : keys(rows)) {
            Map<String, Integer> rowDecimals = new LinkedHashMap<>();
            for (String column : keys(columns)) {
                JsonNode cell = values.get(row).get(column);
                if (cell.isNumber()) {
                    rowDecimals.put(column, Math.max(0, cell.decimalValue().scale()));
                }
            }
            out.put(row, rowDecimals);
        }
        return out;
    }

    private Map<Unit, Margin> margins(JsonNode root, List<Heading> columns) {
        JsonNode margin = object(root, "margin");
        JsonNode perUnit = object(margin, "perUnit");
        String nuisance = text(margin, "nuisance", "margin");
        String sizedBy = text(margin, "sizedBy", "margin");
        Set<String> used = new LinkedHashSet<>();
        columns.forEach(c -> used.add(c.unit().wire()));
        checkSameKeys(perUnit, used, "margin.perUnit", "units of the columns");
        Map<Unit, Margin> out = new EnumMap<>(Unit.class);
        for (String u : used) {
            JsonNode v = perUnit.get(u);
            if (!v.isNumber() || !(v.doubleValue() >= 0) || Double.isInfinite(v.doubleValue())) {
                throw malformed("margin.perUnit['" + u + "'] is " + v + "; a margin is a finite number >= 0");
            }
            Unit unit = Unit.fromWire(u);
            out.put(unit, new Margin(v.doubleValue(), unit, nuisance, sizedBy));
        }
        return out;
    }

    private SampleRelation sample(JsonNode root) {
        JsonNode sample = object(root, "sample");
        String relation = text(sample, "relation", "sample");
        String why = text(sample, "why", "sample");
        return switch (relation) {
            case "same_images" -> {
                JsonNode images = sample.get("images");
                if (images == null || !images.canConvertToInt() || images.asInt() < 1) {
                    throw malformed("sample.images is " + images + "; same_images needs the paper's image count");
                }
                yield SampleRelation.sameImages(images.asInt(), why);
            }
            case "other_sample" -> {
                if (sample.has("images") || sample.has("rowImages")) {
                    throw malformed("sample.images and sample.rowImages are only for same_images");
                }
                yield SampleRelation.otherSample(why);
            }
            default -> throw malformed("sample.relation is '" + relation + "'; expected same_images or other_sample");
        };
    }

    /**
     * {@code sample.rowImages}: the image count of rows that measured a different set than the
     * table's {@code images} (each with the table's reason), keyed by row.
     */
    private Map<String, SampleRelation> rowSamples(JsonNode root, List<Heading> rows) {
        JsonNode sample = object(root, "sample");
        JsonNode perRow = sample.get("rowImages");
        if (perRow == null) {
            return Map.of();
        }
        if (!perRow.isObject()) {
            throw malformed("sample.rowImages is " + perRow + "; expected an object of row key to image count");
        }
        Set<String> keys = new HashSet<>();
        rows.forEach(h -> keys.add(h.key()));
        String why = text(sample, "why", "sample");
        Map<String, SampleRelation> out = new LinkedHashMap<>();
        for (Iterator<String> it = perRow.fieldNames(); it.hasNext();) {
            String row = it.next();
            JsonNode images = perRow.get(row);
            if (!keys.contains(row)) {
                throw malformed("sample.rowImages names row '" + row + "', which the table does not have; rows: "
                        + String.join(", ", keys.stream().sorted().toList()));
            }
            if (!images.canConvertToInt() || images.asInt() < 1) {
                throw malformed("sample.rowImages['" + row + "'] is " + images + "; an image count is an integer >= 1");
            }
            out.put(row, SampleRelation.sameImages(images.asInt(), why));
        }
        return out;
    }

    private List<OcrFix> ocrFixes(JsonNode root, List<Heading> rows, List<Heading> columns,
            Map<String, Map<String, OptionalDouble>> values) {
        List<OcrFix> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode fix : array(root, "ocrFixes")) {
            String where = "ocrFixes[" + out.size() + "]";
            if (!fix.isObject()) {
                throw malformed(where + " is not an object");
            }
            String row = text(fix, "row", where);
            String column = text(fix, "column", where);
            if (!keys(rows).contains(row) || !keys(columns).contains(column)) {
                throw malformed(where + " names no cell of the table: row '" + row + "', column '" + column + "'");
            }
            JsonNode value = fix.get("value");
            if (value == null || !value.isNumber()) {
                throw malformed(where + " has no numeric 'value'");
            }
            OptionalDouble stored = values.get(row).get(column);
            // The fix documents the stored cell; a mismatch means one of the two was edited alone.
            if (stored.isEmpty() || Double.compare(stored.getAsDouble(), value.doubleValue()) != 0) {
                throw malformed(where + " gives value " + value + " but the cell ('" + row + "', '" + column
                        + "') holds " + (stored.isEmpty() ? ABSENT : stored.getAsDouble()));
            }
            if (!seen.add(row + "\u0000" + column)) {
                throw malformed(where + " fixes the cell ('" + row + "', '" + column + "') a second time");
            }
            out.add(new OcrFix(row, column, text(fix, "printed", where), value.doubleValue(), text(fix, "why", where)));
        }
        return out;
    }

    private List<KnownDeviation> knownDeviations(JsonNode root, List<Heading> rows, List<Heading> columns,
            Map<String, Map<String, OptionalDouble>> values) {
        if (!root.has("knownDeviations")) {
            return List.of();
        }
        List<KnownDeviation> out = new ArrayList<>();
        JsonNode entries = array(root, "knownDeviations");
        for (int i = 0; i < entries.size(); i++) {
            // One entry names a row and the columns that share one reason.
            JsonNode d = entries.get(i);
            String where = "knownDeviations[" + i + "]";
            String row = text(d, "row", where);
            String reason = text(d, "reason", where);
            for (String column : texts(d, "columns", false)) {
                if (!keys(rows).contains(row) || !keys(columns).contains(column)
                        || values.get(row).get(column).isEmpty()) {
                    throw malformed(where + " names no printed cell: row '" + row + "', column '" + column + "'");
                }
                out.add(new KnownDeviation(row, column, reason));
            }
        }
        return out;
    }

    private List<String> texts(JsonNode root, String field, boolean mayBeEmpty) {
        JsonNode array = array(root, field);
        if (array.isEmpty() && !mayBeEmpty) {
            throw malformed("'" + field + "' is empty");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode t : array) {
            if (!t.isTextual() || t.textValue().isBlank()) {
                throw malformed("'" + field + "' holds " + t + "; expected non-blank strings");
            }
            out.add(t.textValue());
        }
        return out;
    }

    private void checkSameKeys(JsonNode object, Set<String> expected, String where, String what) {
        Set<String> actual = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(actual::add);
        if (!actual.equals(expected)) {
            Set<String> missing = new LinkedHashSet<>(expected);
            missing.removeAll(actual);
            Set<String> extra = new LinkedHashSet<>(actual);
            extra.removeAll(expected);
            throw malformed(where + " must have exactly the " + what + " " + expected + "; missing " + missing
                    + ", unexpected " + extra);
        }
    }

    private static Set<String> keys(List<Heading> headings) {
        Set<String> out = new LinkedHashSet<>();
        headings.forEach(h -> out.add(h.key()));
        return out;
    }

    private Unit unit(JsonNode node, String field, String where) {
        String name = text(node, field, where);
        try {
            return Unit.fromWire(name);
        } catch (IllegalArgumentException e) {
            throw malformed(where + ": " + e.getMessage());
        }
    }

    private String text(JsonNode node, String field) {
        return text(node, field, "the table");
    }

    private String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.textValue().isBlank()) {
            throw malformed(where + " needs a non-blank string '" + field + "'");
        }
        return v.textValue();
    }

    private JsonNode array(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw malformed("'" + field + "' must be an array");
        }
        return v;
    }

    private JsonNode object(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isObject()) {
            throw malformed("'" + field + "' must be an object");
        }
        return v;
    }

    private PublishedTableException malformed(String what) {
        return new PublishedTableException("malformed published table resource " + resource + ": " + what);
    }
}
