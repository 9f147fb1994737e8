package io.crbench.result;

import java.util.Objects;

/**
 * Which cell of which table a result row belongs to: paper and table ({@link TableKey}), and the
 * cell's row and column keys. Rows write it as three fields, {@code paper}, {@code table} and
 * {@code cell} = {@code row/column} (or the row alone for a cell without a column), the form
 * results.jsonl and the recorded baselines have always had.
 *
 * @param table the paper's table
 * @param row the row key, e.g. {@code JPEG}
 * @param column the column key, e.g. {@code 10}, or null for a table of single values
 */
public record CellKey(TableKey table, String row, String column) {
    /** Checks the row (and the column, when there is one) is named. */
    public CellKey {
        Objects.requireNonNull(table, "table");
        TableKey.requireName(row, "row");
        if (column != null) {
            TableKey.requireName(column, "column");
        }
    }

    /** The paper's seed file prefix, e.g. {@code 003}: the row's {@code paper} field. */
    public String paper() {
        return table.paper();
    }

    /** The table as printed, e.g. {@code 2}: the row's {@code table} field. */
    public String tableId() {
        return table.table();
    }

    /** The row's {@code cell} field: {@code row/column}, or the row alone. */
    public String cell() {
        return column == null ? row : row + "/" + column;
    }

    /** The cell of the same row at {@code other} column. */
    public CellKey atColumn(Object other) {
        return table.cell(row, other);
    }

    /** "paper 003 Table 2 cell JPEG/10", for messages. */
    public String describe() {
        return "paper " + paper() + " Table " + tableId() + " cell " + cell();
    }
}
