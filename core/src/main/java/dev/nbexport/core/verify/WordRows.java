package dev.nbexport.core.verify;

import java.util.List;

/**
 * Rows of words parted by spaces and not aligned: the data of SAS's {@code datalines;}, of
 * Stata's {@code input ... end}, of R's {@code read.table(text = "...")}. A line is cut into cells
 * at its spaces, but for a quoted text ({@code "Ann Lee"}), one cell, and capitalised words side by
 * side, one name ({@code Ann Lee} unquoted). Consecutive lines of the same cells, two or more, each
 * of the same kind (a figure, a word, a name, a quoted text), make a table, judged as printed rows
 * are ({@link PrintedRows}): a word every line repeats ({@code #define}) is no column.
 *
 * <p>A line of names alone ({@code Ann Lee}, {@code Ann Lee Lyon}: capitalised words of letters
 * only, two or more) is a row of as many cells as words, a name's words in columns of their own,
 * and a table of them has no header: names that vary as people's or places' do, in two columns or
 * more, are data.
 *
 * <p>Another line without a figure, or a line with a tab, an assignment, a bracket (a call, a list), or a comma,
 * semicolon or colon at its end is code or prose, no row; prose's sentences seldom keep one shape
 * line after line.
 */
final class WordRows {

    /** The most cells a row is read with. */
    private static final int MAX_CELLS = RecordRun.COLUMNS;
    private static final int WORD = 1;
    private static final int NAME = 2;
    private static final int FIGURE = 3;
    private static final int QUOTED = 4;
    /** One word of a line of names alone. */
    private static final int NAME_WORD = 5;

    private final char[] text;
    private final int minRows;
    private final PrintedRows rows;
    /** The cells of the line read last, as {@code [from, to)} pairs, and their kinds. */
    private final int[] cells = new int[2 * MAX_CELLS];
    private final int[] kinds = new int[MAX_CELLS];
    /** The kinds of the open table's cells, and how many cells a row of it has (0: no table is open). */
    private final int[] tableKinds = new int[MAX_CELLS];
    private int tableCells;

    private WordRows(char[] text, int minRows, List<int[]> found) {
        this.text = text;
        this.minRows = minRows;
        this.rows = new PrintedRows(minRows, found);
    }

    static void find(TextScanner.Scan scan, int minRows, List<int[]> found) {
        if (scan.hasLines(minRows)) {
            new WordRows(scan.chars, minRows, found).read();
        }
    }

    private void read() {
        int start = 0;
        while (start < text.length) {
            int end = Scalars.lineEnd(text, start, text.length);
            int next = end < text.length ? end + 1 : end;
            int first = Scalars.indentEnd(text, start, end);
            end = Scalars.contentEnd(text, first, end);
            int count = cells(first, end);
            if (count < 2) {
                close();
            } else {
                if (!sameKinds(count)) {
                    close();
                    System.arraycopy(kinds, 0, tableKinds, 0, count);
                    tableCells = count;
                    rows.start(count, kinds[0] != NAME_WORD);
                }
                rows.row(first, end);
                for (int c = 0; c < count; c++) {
                    rows.cell(text, c, cells[2 * c], cells[2 * c + 1]);
                }
            }
            start = next;
        }
        close();
    }

    /** Whether the line read last has the open table's cells, of the same kinds. */
    private boolean sameKinds(int count) {
        if (count != tableCells) {
            return false;
        }
        for (int c = 0; c < count; c++) {
            if (kinds[c] != tableKinds[c]) {
                return false;
            }
        }
        return true;
    }

    /** Ends the open table: judges it if it is long enough. */
    private void close() {
        if (tableCells > 0 && rows.rows() >= minRows) {
            rows.judge(text);
        }
        tableCells = 0;
    }

    /**
     * Cuts the line at {@code [first, end)} into {@link #cells}, and says how many; 0 when it is no
     * row, as a line without a figure is not (a row of data has an id, a date or an amount; imports
     * and declarations of names, {@code from .auth import Token as Token}, have none).
     */
    private int cells(int first, int end) {
        if (end == first || text[end - 1] == ',' || text[end - 1] == ';' || text[end - 1] == ':') {
            return 0;
        }
        for (int k = first; k < end; k++) {
            char c = text[k];
            if (c == '\t' || c == '=' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}') {
                return 0;
            }
        }
        int count = 0;
        boolean figure = false;
        int k = first;
        while (k < end) {
            char c = text[k];
            if (c == ' ') {
                k++;
                continue;
            }
            int kind;
            int from = k;
            if (c == '"' || c == '\'') {
                int close = k + 1;
                while (close < end && text[close] != c) {
                    close++;
                }
                if (close == end) {
                    return 0;
                }
                k = close + 1;
                kind = QUOTED;
            } else {
                k = wordEnd(k, end);
                kind = startsFigure(from, k) ? FIGURE : Character.isUpperCase(c) ? NAME : WORD;
            }
            if (kind == NAME && count > 0 && kinds[count - 1] == NAME) {
                cells[2 * count - 1] = k;
                continue;
            }
            if (count == MAX_CELLS) {
                return 0;
            }
            cells[2 * count] = from;
            cells[2 * count + 1] = k;
            kinds[count++] = kind;
            figure |= kind == FIGURE;
        }
        return figure ? count : nameWords(first, end);
    }

    /**
     * Cuts the line at {@code [first, end)} into its words, and says how many, when they are names
     * alone: capitalised words of letters ({@code Ann Lee Lyon}, {@code Ann LeBlanc}); else 0.
     */
    private int nameWords(int first, int end) {
        int count = 0;
        int k = first;
        while (k < end) {
            if (text[k] == ' ') {
                k++;
                continue;
            }
            int from = k;
            k = wordEnd(k, end);
            if (count == MAX_CELLS || !isNameWord(from, k)) {
                return 0;
            }
            cells[2 * count] = from;
            cells[2 * count + 1] = k;
            kinds[count++] = NAME_WORD;
        }
        return count >= 2 ? count : 0;
    }

    /** Whether {@code [from, to)} is a capitalised word of letters, perhaps with a name's apostrophe, hyphen or inner capital. */
    private boolean isNameWord(int from, int to) {
        if (to - from < 2 || !Character.isUpperCase(text[from]) || !Character.isLowerCase(text[to - 1])) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            char c = text[k];
            boolean inside = c == '\'' || c == '\u2019' || c == '-';
            if (!Character.isLowerCase(c) && !inside && !(Character.isUpperCase(c) && RecordValue.isNameCapital(text, from, k))) {
                return false;
            }
        }
        return true;
    }

    private int wordEnd(int k, int end) {
        while (k < end && text[k] != ' ' && text[k] != '\t') {
            k++;
        }
        return k;
    }

    /** Whether the word at {@code [from, to)} starts with a figure, perhaps after a sign or a point, or is SAS's missing value {@code .}. */
    private boolean startsFigure(int from, int to) {
        int k = from;
        if (k < to && (text[k] == '-' || text[k] == '+' || text[k] == '$')) {
            k++;
        }
        if (k < to && text[k] == '.') {
            k++;
        }
        return k < to ? Character.isDigit(text[k]) : to - from == 1 && text[from] == '.';
    }
}
