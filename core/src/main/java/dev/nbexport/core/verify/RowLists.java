package dev.nbexport.core.verify;

import java.util.List;

/**
 * Tables written by rows in one literal: a list or tuple of {@code minRows} rows or more, each a
 * flat list or tuple of as many scalars (two or more) on one line,
 * {@code pd.DataFrame([[1000, 'Ann Lee', 34, 12.5], [1001, ...]])}, a JSON array of arrays, with rows
 * side by side on a line (most often all on one), where no delimited row is seen. Rows one a line,
 * wherever the list's bracket stands, are the line readers' ({@link Tables}' delimited rows,
 * {@link JsonRecords}' tuples), whose own judgement they pass. The rows are a table when they look
 * like data as records do ({@link RecordRun}), where a row's numbers count only if it holds text too, as a CSV
 * line does: rows of numbers alone (matrices, points, edges, test vectors) are code's own, left to
 * the number-list rule.
 */
final class RowLists {

    private final char[] text;
    private final int minRows;
    private final List<int[]> found;
    /** The row read last, the places of as many of its items kept as a run of records judges; made at the first list of rows. */
    private ScalarList row;
    private final RecordRun rows;
    /** The columns' numbers, those of rows that hold text counted; made with {@link #row}. */
    private ColumnNumbers numbers;

    private RowLists(char[] text, int minRows, List<int[]> found) {
        this.text = text;
        this.minRows = minRows;
        this.found = found;
        this.rows = new RecordRun(minRows, found);
    }

    static void find(TextScanner.Scan scan, int minRows, List<int[]> found) {
        // A table's rows hold text (see measures), so a quoted item; white space may part a row from its list's bracket.
        // Each of its minRows rows or more holds two items or more, so a comma of its own.
        if (scan.count(',') >= minRows && Scalars.mayHoldQuotedItems(scan)) {
            new RowLists(scan.chars, minRows, found).lists(scan.text);
        }
    }

    private void lists(String source) {
        int bracket = source.indexOf('[');
        int parenthesis = source.indexOf('(');
        while (bracket >= 0 || parenthesis >= 0) {
            int at = Math.min(bracket < 0 ? Integer.MAX_VALUE : bracket, parenthesis < 0 ? Integer.MAX_VALUE : parenthesis);
            int next = table(at);
            bracket = bracket >= 0 && bracket < next ? source.indexOf('[', next) : bracket;
            parenthesis = parenthesis >= 0 && parenthesis < next ? source.indexOf('(', next) : parenthesis;
        }
    }

    /** Reads the list at {@code at} as a list of rows, reporting it if it is a table; where to look on. */
    private int table(int at) {
        int k = Scalars.space(text, at + 1);
        if (k >= text.length || text[k] != '[' && text[k] != '(' || at > 0 && JsonRecords.opensArguments(text[at - 1])) {
            return at + 1; // most brackets and parentheses: no list of rows
        }
        if (row == null) {
            // Most texts hold no list of rows: what reads one is made for the first.
            row = new ScalarList(text, RecordRun.COLUMNS);
            numbers = new ColumnNumbers();
        }
        rows.discard();
        numbers.reset();
        int count = 0;
        int width = 0;
        boolean sideBySide = false;
        while (k < text.length && (text[k] == '[' || text[k] == '(')) {
            sideBySide |= count > 0 && !Scalars.hasLineBreak(text, row.end, k);
            if (!row.read(k, k, text[k] == '[' ? ']' : ')') || !row.oneLine || row.items < 2 || count > 0 && row.items != width) {
                return at + 1;
            }
            width = row.items;
            add(at, count++);
            k = Scalars.space(text, row.end);
            if (k < text.length && text[k] == ',') {
                k = Scalars.space(text, k + 1);
            }
        }
        if (count == 0 || k >= text.length || text[k] != (text[at] == '[' ? ']' : ')')) {
            return at + 1;
        }
        if (sideBySide && count >= minRows && rows.isTable(numbers.measures(count, width))) {
            found.add(new int[] {at, k + 1, count, 0, 0});
        }
        rows.discard();
        return k + 1;
    }

    /** Adds the row just read, number {@code index} of the list at {@code at}, to the run judged. */
    private void add(int at, int index) {
        rows.record();
        int items = row.sampled();
        for (int item = 0; item < row.items; item++) {
            rows.item();
            if (item < items) {
                rows.value(text, row.writtenFrom(item), row.writtenTo(item));
                if (row.isNumber(item)) {
                    numbers.number(item, text, row.from(item), row.to(item), row.texts > 0);
                } else if (row.isMissing(item)) {
                    numbers.missing(item, row.texts > 0);
                }
            }
        }
        rows.add(at, row.end, index > 0);
    }
}
