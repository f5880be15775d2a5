package dev.nbexport.core.verify;

import java.util.Arrays;

/**
 * The numbers of a table read row after row, in its first {@link RecordRun#COLUMNS} columns: the
 * order of each column's numbers ({@link NumberOrder}), and how many of them count, as the reader
 * says (those beside text, or all).
 */
final class ColumnNumbers {

    private final NumberOrder[] order = new NumberOrder[RecordRun.COLUMNS];
    private final int[] counted = new int[RecordRun.COLUMNS];
    /** How many of each column's values are missing ({@link LiteralItem}), and how many of those count. */
    private final int[] missing = new int[RecordRun.COLUMNS];
    private final int[] missingCounted = new int[RecordRun.COLUMNS];

    ColumnNumbers() {
        Arrays.setAll(order, c -> new NumberOrder());
    }

    /** A table starts. */
    void reset() {
        for (int c = 0; c < RecordRun.COLUMNS; c++) {
            order[c].reset();
            counted[c] = 0;
            missing[c] = 0;
            missingCounted[c] = 0;
        }
    }

    /** Column {@code column}'s next value is the number at {@code [from, to)}, one {@link Tables#isNumber} takes. */
    void number(int column, char[] text, int from, int to, boolean counts) {
        order[column].add(text, from, to);
        counted[column] += counts ? 1 : 0;
    }

    /** Column {@code column}'s next value is a missing one. */
    void missing(int column, boolean counts) {
        missing[column]++;
        missingCounted[column] += counts ? 1 : 0;
    }

    /**
     * The numbers that count in {@code rows} rows of {@code width} columns: those counted, in columns
     * whose numbers are not in order; a missing value among a column's numbers alone counts as one.
     */
    int measures(int rows, int width) {
        int measures = 0;
        for (int c = 0; c < Math.min(width, RecordRun.COLUMNS); c++) {
            boolean numeric = order[c].count() > 0 && order[c].count() + missing[c] == rows;
            measures += order[c].ordered(rows - missing[c]) ? 0 : counted[c] + (numeric ? missingCounted[c] : 0);
        }
        return measures;
    }
}
