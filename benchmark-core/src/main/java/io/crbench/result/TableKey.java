package io.crbench.result;

import java.util.Objects;

/**
 * A table of one paper, as the rows name it: the paper's seed file prefix ({@code 003}) and the
 * table as printed ({@code 2}, {@code II}). A suite declares the tables it writes to once and
 * names each cell through {@link #cell}, so no row-writing call passes a paper or table as a loose
 * string. Rows that belong to no published table use {@link #NONE}, or a paper with table
 * {@value #UNPUBLISHED} where a paper claims something no table prints.
 *
 * @param paper seed file prefix, e.g. {@code 003}, or {@value #UNPUBLISHED}
 * @param table table id as printed, e.g. {@code 2}, or {@value #UNPUBLISHED}
 */
public record TableKey(String paper, String table) {
    /** The paper or table of a row that belongs to none. */
    public static final String UNPUBLISHED = "none";

    /** The table of rows that belong to no paper's table: crbench's own grids. */
    public static final TableKey NONE = new TableKey(UNPUBLISHED, UNPUBLISHED);

    /** Checks both names are given. */
    public TableKey {
        requireName(paper, "paper");
        requireName(table, "table");
    }

    /** Table {@code table} of paper {@code paper}. */
    public static TableKey of(String paper, String table) {
        return new TableKey(paper, table);
    }

    /** A claim of {@code paper} that no table prints. */
    public static TableKey claimOf(String paper) {
        return new TableKey(paper, UNPUBLISHED);
    }

    /** The cell at {@code row} and {@code column} of this table; the column is written as {@link String#valueOf}. */
    public CellKey cell(String row, Object column) {
        return new CellKey(this, row, String.valueOf(column));
    }

    /** A cell of this table named by one key only (a table of single values, e.g. a model's size). */
    public CellKey cell(String name) {
        return new CellKey(this, name, null);
    }

    static String requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a cell key needs a " + what + ", got a blank one");
        }
        return name;
    }
}
