package io.crbench.baselines.published;

import com.fasterxml.jackson.databind.JsonNode;
import io.crbench.result.TableKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The published tables of the reproduced papers, one JSON file per table under
 * {@value #FOLDER}, named {@code <paper>-table-<table>.json} and listed in {@code index.json}.
 * See {@link PublishedTable} for the row and column keys.
 */
public final class PublishedTables {

    /** Class-path folder of the table files. */
    public static final String FOLDER = "io/crbench/baselines/published/";

    /** Class-path resource listing every table file, in the order {@link #all()} returns them. */
    public static final String INDEX = FOLDER + "index.json";

    // Ids become part of a resource name, so they are restricted to what the papers print.
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]+");

    private static final ConcurrentMap<String, PublishedTable> CACHE = new ConcurrentHashMap<>();

    private PublishedTables() {
    }

    /**
     * The table a paper prints under the given id.
     *
     * @param paper seed file prefix, e.g. {@code 003}
     * @param table table id as printed, e.g. {@code 2}, {@code II}
     * @throws PublishedTableException naming the resource when it is missing or malformed
     */
    public static PublishedTable load(String paper, String table) {
        String resource = resourceName(paper, table);
        return CACHE.computeIfAbsent(resource, r -> read(paper, table, r));
    }

    /** The table {@code key} names. */
    public static PublishedTable load(TableKey key) {
        return load(key.paper(), key.table());
    }

    /**
     * Every table listed in the index, in index order.
     *
     * @throws PublishedTableException naming the resource when the index or a listed table is missing or malformed
     */
    public static List<PublishedTable> all() {
        List<PublishedTable> out = new ArrayList<>();
        for (TableId id : index()) {
            out.add(load(id.paper(), id.table()));
        }
        return List.copyOf(out);
    }

    /** The resource name of a table file, e.g. {@code io/crbench/baselines/published/003-table-2.json}. */
    static String resourceName(String paper, String table) {
        if (paper == null || table == null || !ID.matcher(paper).matches() || !ID.matcher(table).matches()) {
            throw new PublishedTableException("not a paper and table id: '" + paper + "', '" + table
                    + "' (ids are letters and digits, e.g. load(\"003\", \"2\"), load(\"000\", \"II\"))");
        }
        return FOLDER + paper + "-table-" + table + ".json";
    }

    private static PublishedTable read(String paper, String table, String resource) {
        if (PublishedTables.class.getClassLoader().getResource(resource) == null) {
            String known = index().stream().map(TableId::toString).collect(Collectors.joining(", "));
            throw new PublishedTableException("no published table for paper " + paper + " Table " + table
                    + ": resource " + resource + " not found; published tables: " + known);
        }
        PublishedTable t = PublishedTableReader.read(resource);
        if (!t.paper().equals(paper) || !t.table().equals(table)) {
            throw new PublishedTableException("malformed published table resource " + resource + ": it declares paper "
                    + t.paper() + " Table " + t.table() + " but its name says paper " + paper + " Table " + table);
        }
        return t;
    }

    /** The (paper, table) pairs listed in the index. */
    static List<TableId> index() {
        JsonNode tables = PublishedTableReader.readJson(INDEX).get("tables");
        if (tables == null || !tables.isArray()) {
            throw new PublishedTableException("malformed published table resource " + INDEX
                    + ": 'tables' must be an array");
        }
        List<TableId> out = new ArrayList<>();
        for (JsonNode t : tables) {
            JsonNode paper = t.get("paper");
            JsonNode table = t.get("table");
            if (paper == null || !paper.isTextual() || table == null || !table.isTextual()) {
                throw new PublishedTableException("malformed published table resource " + INDEX + ": entry " + t
                        + " needs string fields 'paper' and 'table'");
            }
            out.add(new TableId(paper.textValue(), table.textValue()));
        }
        return out;
    }
}
