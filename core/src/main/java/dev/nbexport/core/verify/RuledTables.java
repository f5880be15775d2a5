package dev.nbexport.core.verify;

import java.util.Arrays;
import java.util.List;

/**
 * Tables whose cells stand between borders, perhaps with a rule between rows: markdown's, tabulate's
 * {@code grid} format ({@code | 1001 | Ann Lee |} under a {@code +------+} line after every row),
 * box-drawing borders ({@code │ ┆ ║}, polars, rich, Julia) and a LaTeX {@code tabular}'s rows
 * ({@code 1001 & Ann Lee & 3258.16 \\}, of {@code df.to_latex()} or kable). A rule (a line of
 * {@code + - = :} and box-drawing characters, {@code \hline}, {@code \midrule}) parts rows without
 * ending the table, so the rows are read together, then judged as printed rows are
 * ({@link PrintedRows}): names that vary as people's do, numbers beside text that go up and down.
 * Tables of the same header in one text are one, their rows added up (a markdown table of the top
 * customers of each segment, each under its heading).
 * Tables of options, of symbols and LaTeX's matrices and {@code align} rows are not: identifiers,
 * numbers alone, formulas.
 */
final class RuledTables {

    /** The rows of a table of cells between borders, each bordered at both ends. */
    private static final int BORDERED = 1;
    /** The rows of a LaTeX {@code tabular}, their cells parted by {@code &}, each ended by {@code \\}. */
    private static final int LATEX = 2;
    private static final String[] LATEX_RULES = {"hline", "midrule", "toprule", "bottomrule", "cline", "cmidrule",
        "addlinespace", "hdashline", "specialrule"};

    private final char[] text;
    private final int minRows;
    private final PrintedRows rows;
    /** The open table's kind of rows, or 0, and its cells a row. */
    private int kind;
    private int cells;
    /** The kind of row the line read last is, or 0. */
    private int lineKind;
    /** Where the open table's first row, its header, is written. */
    private int headerFrom;
    private int headerTo;
    /**
     * Whether the table closed last, too short to judge, may go on under its header written again:
     * its kind, cells and header are the open ones' still, and its rows are kept.
     */
    private boolean resumable;
    private int resumedKind;

    private RuledTables(char[] text, int minRows, List<int[]> found) {
        this.text = text;
        this.minRows = minRows;
        this.rows = new PrintedRows(minRows, found);
    }

    static void find(TextScanner.Scan scan, int minRows, List<int[]> found) {
        if (scan.hasLines(minRows)) {
            new RuledTables(scan.chars, minRows, found).read();
        }
    }

    private void read() {
        int start = 0;
        while (start < text.length) {
            int end = Scalars.lineEnd(text, start, text.length);
            int next = end < text.length ? end + 1 : end;
            int first = Scalars.indentEnd(text, start, end);
            end = Scalars.contentEnd(text, first, end);
            if (!isRule(first, end)) {
                row(first, end);
            }
            start = next;
        }
        close();
        judge();
    }

    /** Reads the line at {@code [first, end)}, its spaces trimmed, as the table's next row, or ends the table. */
    private void row(int first, int end) {
        int last = cellsEnd(first, end);
        int cells = lineKind == BORDERED ? borders(first, end) - 1 : lineKind == LATEX ? ampersands(first, last) + 1 : 0;
        if (cells < 2) {
            close();
            return;
        }
        if (lineKind != kind || cells != this.cells) {
            close();
            if (resumable && lineKind == resumedKind && cells == this.cells && repeatsHeader(first, end)) {
                kind = lineKind;
                resumable = false;
                return; // the same table goes on under its header written again
            }
            judge();
            kind = lineKind;
            this.cells = cells;
            headerFrom = first;
            headerTo = end;
            rows.start(cells);
        }
        rows.row(first, end);
        int from = kind == BORDERED ? first + 1 : first;
        for (int c = 0; c < cells; c++) {
            int to = c + 1 < cells ? cellEnd(from, last) : last;
            rows.cell(text, c, from, to);
            from = to + 1;
        }
    }

    /**
     * Where the cells of the line at {@code [first, end)} end, its kind of row set as {@link #lineKind}:
     * a bordered row's before its last border, a LaTeX row's before its {@code \\} and a rule that
     * may follow it ({@code \\ \hline}).
     */
    private int cellsEnd(int first, int end) {
        lineKind = 0;
        if (end - first < 3) {
            return end;
        }
        if (isBorder(text[first]) && isBorder(text[end - 1])) {
            lineKind = BORDERED;
            return end - 1;
        }
        int k = end;
        if (text[k - 1] != '\\' || k - first < 2 || text[k - 2] != '\\') {
            int backslash = k - 1;
            while (backslash > first && text[backslash] != '\\') {
                backslash--;
            }
            if (!isRule(backslash, end)) {
                return end;
            }
            k = backslash;
            while (k > first && text[k - 1] == ' ') {
                k--;
            }
        }
        if (k - first > 2 && text[k - 1] == '\\' && text[k - 2] == '\\') {
            lineKind = LATEX;
            return k - 2;
        }
        return end;
    }

    /**
     * Ends the open table's rows. It may go on under its header written again, further on in the
     * text: tables of the same header in one text (the top customers of each segment, a frame
     * printed in parts) are one table, their rows added up, judged when another table starts or the
     * text ends.
     */
    private void close() {
        if (kind != 0) {
            resumable = true;
            resumedKind = kind;
        }
        kind = 0;
    }

    /** Judges the table closed last, if it is long enough; it goes on no more. */
    private void judge() {
        if (resumable && rows.rows() >= minRows) {
            rows.judge(text);
        }
        resumable = false;
    }

    /** Whether the line at {@code [first, end)} is the open table's header written again. */
    private boolean repeatsHeader(int first, int end) {
        return Arrays.equals(text, first, end, text, headerFrom, headerTo);
    }

    /** Where the cell starting at {@code from} ends: at the next border of the open table's kind, or {@code last}. */
    private int cellEnd(int from, int last) {
        for (int k = from; k < last; k++) {
            if (kind == BORDERED ? isBorder(text[k]) : isAmpersand(k)) {
                return k;
            }
        }
        return last;
    }

    private int borders(int first, int end) {
        int count = 0;
        for (int k = first; k < end; k++) {
            count += isBorder(text[k]) ? 1 : 0;
        }
        return count;
    }

    private int ampersands(int first, int end) {
        int count = 0;
        for (int k = first; k < end; k++) {
            count += isAmpersand(k) ? 1 : 0;
        }
        return count;
    }

    /** An {@code &} that parts LaTeX cells: not escaped ({@code \&} is a cell's text). */
    private boolean isAmpersand(int k) {
        return text[k] == '&' && (k == 0 || text[k - 1] != '\\');
    }

    /** Whether the LaTeX command {@code \\name} is written at {@code first}, before {@code end}. */
    private boolean isCommand(int first, int end, String name) {
        int after = first + 1 + name.length();
        if (after > end || text[first] != '\\') {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            if (text[first + 1 + k] != name.charAt(k)) {
                return false;
            }
        }
        return after == end || !Character.isLetter(text[after]);
    }

    /** A vertical border between cells: {@code |}, or a box-drawing one ({@code │ ┃ ║ ┆ ┊ ╎}). */
    private static boolean isBorder(char c) {
        return c == '|' || c == '│' || c == '┃' || c == '║' || c == '┆' || c == '┇' || c == '┊' || c == '┋' || c == '╎' || c == '╏';
    }

    /**
     * Whether {@code [first, end)} is a rule between rows: three or more horizontal strokes among
     * corners, borders and spaces ({@code +------+}, {@code |---|:--|}, {@code ├──┼──┤}), or a LaTeX
     * rule ({@code \hline}, {@code \midrule}, {@code \cmidrule(lr){2-3}}).
     */
    private boolean isRule(int first, int end) {
        if (first < end && text[first] == '\\') {
            for (String rule : LATEX_RULES) {
                if (isCommand(first, end, rule)) {
                    return true;
                }
            }
            return false;
        }
        int strokes = 0;
        for (int k = first; k < end; k++) {
            char c = text[k];
            boolean box = c >= '\u2500' && c <= '\u257F';
            if (!box && c != '+' && c != '-' && c != '=' && c != ':' && c != '|' && c != ' ') {
                return false;
            }
            strokes += c == '-' || c == '=' || box && !isBorder(c) ? 1 : 0;
        }
        return strokes >= 3;
    }
}
