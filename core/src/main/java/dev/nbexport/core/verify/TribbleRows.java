package dev.nbexport.core.verify;

import java.util.Arrays;
import java.util.List;

/**
 * Tables written by rows as R's {@code tribble} writes them: column names as formulas
 * ({@code ~id, ~name, ~age}), then the cells as one flat sequence, row after row, however they are
 * laid out over lines ({@code tibble::tribble(~id, ~name, 1001, "Ann Lee", 1002, ...)}). A cell is a
 * scalar ({@link Scalars}), or one wrapped in a call ({@code as.Date("1984-02-14")}); R comments
 * may stand between cells. The sequence's length must be a multiple of the columns'.
 *
 * <p>{@code minRows} rows or more are a table when they look like data as records do
 * ({@link RecordRun}): the column names say what each number measures, so numbers count, but for
 * those of a column in order (an index, the bounds of ranges), which measure nothing.
 */
final class TribbleRows {

    private static final Keyword CALL = Keyword.of("tribble(");
    /** Columns whose cells are judged: the first ones, as a run of records judges them. */
    private static final int JUDGED = RecordRun.COLUMNS;

    private final char[] text;
    private final int minRows;
    private final List<int[]> found;
    private final RecordRun rows;
    private final ColumnNumbers numbers = new ColumnNumbers();
    /** The column names' places, {@code [from, to)} two by two: as many as the table has columns, however wide. */
    private int[] names = new int[2 * JUDGED];
    /** Where the reading of the last {@code tribble} stopped, found or not. */
    private int reached;

    private TribbleRows(char[] text, int minRows, List<int[]> found) {
        this.text = text;
        this.minRows = minRows;
        this.found = found;
        this.rows = new RecordRun(minRows, found);
    }

    static void find(TextScanner.Scan scan, int minRows, List<int[]> found) {
        if (!scan.mayContain(CALL)) {
            return;
        }
        TribbleRows reader = new TribbleRows(scan.chars, minRows, found);
        // Each search starts where the last reading stopped: no text is read twice.
        for (int at = scan.text.indexOf(CALL.text); at >= 0; at = scan.text.indexOf(CALL.text, Math.max(at + 1, reader.reached))) {
            reader.table(at);
        }
    }

    /** Reads the {@code tribble} call at {@code at}, reporting it if it is a table. */
    private void table(int at) {
        reached = at + CALL.text.length();
        if (at > 0 && (Character.isLetterOrDigit(text[at - 1]) || text[at - 1] == '_')) {
            return; // another function's name ending so
        }
        int columns = 0;
        int k = space(reached);
        while (k < text.length && text[k] == '~') {
            int end = name(k + 1);
            if (end < 0) {
                reached = k;
                return;
            }
            if (2 * columns == names.length) {
                names = Arrays.copyOf(names, 2 * names.length);
            }
            names[2 * columns] = k + 1;
            names[2 * columns + 1] = end;
            columns++;
            k = afterComma(end);
            if (k < 0) {
                reached = end;
                return;
            }
        }
        if (columns < 2) {
            reached = k;
            return;
        }
        rows.discard();
        numbers.reset();
        int cells = 0;
        while (k < text.length && text[k] != ')') {
            int column = cells % columns;
            if (column == 0) {
                rows.record();
            }
            int end = cell(k, column);
            if (end < 0) {
                reached = k;
                return;
            }
            cells++;
            if (column == columns - 1) {
                rows.add(at, end, cells > columns);
            }
            k = afterComma(end);
            if (k < 0) {
                reached = end;
                return;
            }
        }
        reached = k;
        int count = cells / columns;
        if (k < text.length && cells % columns == 0 && count >= minRows && rows.isTable(numbers.measures(count, columns))) {
            found.add(new int[] {at, k + 1, count, 0, 0});
        }
        rows.discard();
    }

    /** Reads the cell at {@code at} of column {@code column} into the open row; its end, or -1 if it is none. */
    private int cell(int at, int column) {
        int from = at;
        int call = name(at);
        boolean wrapped = call > at && call < text.length && text[call] == '(';
        if (wrapped) {
            from = space(call + 1);
        }
        int to = Scalars.end(text, from);
        if (to < 0) {
            return -1;
        }
        int end = to;
        if (wrapped) {
            end = space(to);
            if (end >= text.length || text[end] != ')') {
                return -1;
            }
            end++;
        }
        rows.key(text, names[2 * column], names[2 * column + 1]);
        rows.value(text, from, to);
        if (column < JUDGED && Scalars.isNumber(text, from, to)) {
            boolean quoted = Scalars.isQuote(text[from]);
            numbers.number(column, text, quoted ? from + 1 : from, quoted ? to - 1 : to, true);
        }
        return end;
    }

    /** After a name or a cell ending at {@code at}: where the next one or the closing parenthesis starts, past a comma; or -1. */
    private int afterComma(int at) {
        int k = space(at);
        if (k < text.length && text[k] == ',') {
            return space(k + 1);
        }
        return k < text.length && text[k] == ')' ? k : -1;
    }

    /** The end of the R name ({@code id}, {@code as.Date}, or one in backquotes) starting at {@code at}, or -1. */
    private int name(int at) {
        if (at < text.length && text[at] == '`') {
            for (int k = at + 1; k < text.length && k - at <= RecordValue.MAX_LENGTH; k++) {
                if (text[k] == '`') {
                    return k + 1;
                }
                if (text[k] == '\n') {
                    return -1;
                }
            }
            return -1;
        }
        int k = at;
        while (k < text.length && (Character.isLetterOrDigit(text[k]) || text[k] == '_' || text[k] == '.')) {
            k++;
        }
        return k > at && !Character.isDigit(text[at]) && text[at] != '.' ? k : -1;
    }

    /** The first character at or after {@code from} that is neither white space nor in an R comment. */
    private int space(int from) {
        int k = Scalars.space(text, from);
        while (k < text.length && text[k] == '#') {
            k = Scalars.space(text, Scalars.lineEnd(text, k, text.length));
        }
        return k;
    }
}
