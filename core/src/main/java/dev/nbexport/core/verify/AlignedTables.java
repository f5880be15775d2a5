package dev.nbexport.core.verify;

import java.util.Arrays;
import java.util.List;

/**
 * Tables printed in columns aligned by spaces, with text among them: a printed pandas
 * {@code DataFrame} or R {@code data.frame}, knitr's {@code ##} output of one, a fixed-width report
 * of names and amounts. A cell's words part by one space as the columns may ({@code Ann Lee}), so a
 * line alone does not tell its columns: they lie between the places where every line of a run has a
 * space. A run is the lines that keep two such columns or more; a line that does not (prose, a code
 * fence) ends it and may start the next, and a first or last line that fills a gap of the others (a
 * title, a footer) is left out. Its lines are then judged as printed rows are ({@link PrintedRows}):
 * names vary as people's do, or numbers beside text that go up and down (numbers alone are
 * {@link Tables}' spaced rows).
 *
 * <p>Code is no printed table: lines with an assignment or a call ({@code =}, {@code f(}) end a run.
 */
final class AlignedTables {

    /** The widest line read: printed tables wrap at the console's width, 80 to a few hundred characters. */
    private static final int MAX_WIDTH = 512;
    /** How many lines at each end of a run may be left out as its title or footer. */
    private static final int EDGE_LINES = 2;

    private final char[] text;
    private final int minRows;
    private final List<int[]> found;
    /** The run's lines, as {@code [start, end)} pairs. */
    private int[] lines = new int[64];
    private int count;
    /** Where some line of the run has a character other than a space, by column. */
    private final boolean[] filled = new boolean[MAX_WIDTH];
    private int width;
    private PrintedRows rows;

    private AlignedTables(char[] text, int minRows, List<int[]> found) {
        this.text = text;
        this.minRows = minRows;
        this.found = found;
    }

    static void find(TextScanner.Scan scan, int minRows, List<int[]> found) {
        if (scan.hasLines(minRows)) {
            new AlignedTables(scan.chars, minRows, found).read();
        }
    }

    private void read() {
        int start = 0;
        while (start < text.length) {
            int end = Scalars.lineEnd(text, start, text.length);
            int next = end < text.length ? end + 1 : end;
            while (end > start && text[end - 1] == '\r') {
                end--;
            }
            if (!mayBeRow(start, end)) {
                close();
            } else if (count > 0 && columnsWith(start, end) < 2) {
                close();
                add(start, end);
            } else {
                add(start, end);
            }
            start = next;
        }
        close();
    }

    /**
     * Whether {@code [start, end)} may be a printed row: words parted by spaces, with no tab, no
     * assignment, no bracket (a call, a tuple, a list) and no comma or semicolon at its end (an item
     * of a list written in code).
     */
    private boolean mayBeRow(int start, int end) {
        if (end - start > MAX_WIDTH || end == start || text[end - 1] == ',' || text[end - 1] == ';') {
            return false;
        }
        boolean gap = false;
        boolean word = false;
        for (int k = start; k < end; k++) {
            char c = text[k];
            if (c == '\t' || c == '=' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}') {
                return false;
            }
            gap |= c == ' ' && word;
            word |= c != ' ';
        }
        return gap && word;
    }

    /** How many columns the run would have with the line at {@code [start, end)} added. */
    private int columnsWith(int start, int end) {
        int columns = 0;
        boolean inColumn = false;
        for (int p = 0; p < Math.max(width, end - start); p++) {
            boolean taken = p < width && filled[p] || p < end - start && text[start + p] != ' ';
            columns += taken && !inColumn ? 1 : 0;
            inColumn = taken;
        }
        return columns;
    }

    private void add(int start, int end) {
        if (2 * count + 2 > lines.length) {
            lines = Arrays.copyOf(lines, 2 * lines.length);
        }
        lines[2 * count] = start;
        lines[2 * count + 1] = end;
        count++;
        for (int p = 0; p < end - start; p++) {
            filled[p] |= text[start + p] != ' ';
        }
        width = Math.max(width, end - start);
    }

    /** Ends the run: judges it if it is long enough, then forgets it. */
    private void close() {
        if (count >= minRows) {
            judge();
        }
        count = 0;
        Arrays.fill(filled, 0, width, false);
        width = 0;
    }

    /** Leaves out a title and a footer that fill the others' gaps, then reads the lines as rows. */
    private void judge() {
        int first = 0;
        int last = count;
        int columns = columns(first, last);
        for (int edge = 0; edge < EDGE_LINES; edge++) {
            if (last - first > minRows && columns(first + 1, last) > columns) {
                first++;
                columns = columns(first, last);
            }
            if (last - first > minRows && columns(first, last - 1) > columns) {
                last--;
                columns = columns(first, last);
            }
        }
        int[] edges = columnEdges(first, last, columns);
        if (rows == null) {
            rows = new PrintedRows(minRows, found);
        }
        rows.start(edges.length / 2);
        for (int line = first; line < last; line++) {
            int start = lines[2 * line];
            int length = lines[2 * line + 1] - start;
            rows.row(start, lines[2 * line + 1]);
            for (int c = 0; c < edges.length / 2; c++) {
                rows.cell(text, c, start + Math.min(edges[2 * c], length), start + Math.min(edges[2 * c + 1], length));
            }
        }
        rows.judge(text);
    }

    /** How many columns the lines {@code [first, last)} of the run have. */
    private int columns(int first, int last) {
        return columnEdges(first, last, MAX_WIDTH).length / 2;
    }

    /** Where the columns of the lines {@code [first, last)} start and end, as pairs, at most {@code max} of them. */
    private int[] columnEdges(int first, int last, int max) {
        boolean[] taken = new boolean[width];
        for (int line = first; line < last; line++) {
            int start = lines[2 * line];
            for (int p = 0; p < lines[2 * line + 1] - start; p++) {
                taken[p] |= text[start + p] != ' ';
            }
        }
        int[] edges = new int[2 * Math.min(max, (width + 1) / 2)];
        int columns = 0;
        for (int p = 0; p < width && columns < edges.length / 2; p++) {
            if (taken[p] && (p == 0 || !taken[p - 1])) {
                edges[2 * columns] = p;
            }
            if (taken[p] && (p + 1 == width || !taken[p + 1])) {
                edges[2 * columns++ + 1] = p + 1;
            }
        }
        return Arrays.copyOf(edges, 2 * columns);
    }
}
