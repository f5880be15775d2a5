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
 * title, a footer) is left out. Its lines are then read as records of as many items, judged as records
 * are ({@link RecordRun}): names vary as people's do, or numbers beside text that go up and down (an
 * index or ids in order count for none; numbers alone are {@link Tables}' spaced rows). A first line
 * without numbers is the header, read as none of the rows.
 *
 * <p>Code is no printed table: lines with an assignment or a call ({@code =}, {@code f(}) end a run,
 * and numbers count for none beside a column of identifiers that differ in every line (the names of
 * constants, options or benchmarks).
 */
final class AlignedTables {

    /** The widest line read: printed tables wrap at the console's width, 80 to a few hundred characters. */
    private static final int MAX_WIDTH = 512;
    /** How many lines at each end of a run may be left out as its title or footer. */
    private static final int EDGE_LINES = 2;
    private static final String[] MISSING = {"NaN", "NA", "<NA>", "None", "NaT"};

    private final char[] text;
    private final int minRows;
    private final List<int[]> found;
    /** The run's lines, as {@code [start, end)} pairs. */
    private int[] lines = new int[64];
    private int count;
    /** Where some line of the run has a character other than a space, by column. */
    private final boolean[] filled = new boolean[MAX_WIDTH];
    private int width;
    private RecordRun rows;
    private ColumnNumbers numbers;

    private AlignedTables(char[] text, int minRows, List<int[]> found) {
        this.text = text;
        this.minRows = minRows;
        this.found = found;
    }

    static void find(TextScanner.Scan scan, int minRows, List<int[]> found) {
        new AlignedTables(scan.chars, minRows, found).read();
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
        int header = hasNumber(first, edges) ? first : first + 1;
        int[] varying = varyingColumns(header, last, edges);
        if (last - header < minRows || varying.length < 2) {
            return;
        }
        if (rows == null) {
            rows = new RecordRun(minRows, found);
            numbers = new ColumnNumbers();
        }
        rows.discard();
        numbers.reset();
        int judged = Math.min(varying.length, RecordRun.COLUMNS);
        int sampled = Math.min(last - header, RecordColumn.SAMPLE);
        for (int line = header; line < header + sampled; line++) {
            readRow(line, edges, varying, judged, line > header);
        }
        boolean table = rows.isTable(rows.hasKeys() ? 0 : numbers.measures(sampled, judged));
        rows.discard();
        if (table) {
            found.add(new int[] {lines[2 * first], lines[2 * last - 1], last - header, 0, 0});
        }
    }

    /**
     * The columns whose cells differ in the lines {@code [first, last)}: a column of one value is a
     * prefix ({@code ##}, {@code #>}) or a list's marker, no column of a table.
     */
    private int[] varyingColumns(int first, int last, int[] edges) {
        int[] varying = new int[edges.length / 2];
        int count = 0;
        for (int c = 0; c < edges.length / 2; c++) {
            int[] one = cell(first, edges, c);
            for (int line = first + 1; line < last; line++) {
                int[] other = cell(line, edges, c);
                if (!Arrays.equals(text, one[0], one[1], text, other[0], other[1])) {
                    varying[count++] = c;
                    break;
                }
            }
        }
        return Arrays.copyOf(varying, count);
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

    /** Whether a cell of the line is a number. */
    private boolean hasNumber(int line, int[] edges) {
        for (int c = 0; c < edges.length / 2; c++) {
            int[] cell = cell(line, edges, c);
            if (cell[0] < cell[1] && Tables.isNumber(text, cell[0], cell[1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the line as a record of the run, of the {@code varying} columns the first {@code judged};
     * its numbers count only beside text, a cell with a word in it (a row of numbers alone is no record).
     */
    private void readRow(int line, int[] edges, int[] varying, int judged, boolean adjacent) {
        boolean holdsText = false;
        for (int c = 0; c < judged; c++) {
            int[] cell = cell(line, edges, varying[c]);
            holdsText |= holdsWord(cell[0], cell[1]) && !isMissing(cell[0], cell[1]);
        }
        rows.record();
        for (int c = 0; c < judged; c++) {
            int[] cell = cell(line, edges, varying[c]);
            rows.item();
            rows.value(text, cell[0], cell[1]);
            if (cell[0] < cell[1] && Tables.isNumber(text, cell[0], cell[1])) {
                numbers.number(c, text, cell[0], cell[1], holdsText);
            } else if (isMissing(cell[0], cell[1])) {
                numbers.missing(c, holdsText);
            }
        }
        rows.add(lines[2 * line], lines[2 * line + 1], adjacent);
    }

    /**
     * Whether {@code [from, to)} holds a word written in lower case, or capitalised: two letters side
     * by side, one in lower case. A sign, a figure's unit ({@code 1e-3j}) or a constant's name in
     * capitals ({@code EPERM}, beside its number in a header) is no text of a record.
     */
    private boolean holdsWord(int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (Character.isLetter(text[k]) && Character.isLowerCase(text[k + 1])) {
                return true;
            }
        }
        return false;
    }

    /** The cell of column {@code c} in the line, its spaces trimmed, as {@code {from, to}}. */
    private int[] cell(int line, int[] edges, int c) {
        int start = lines[2 * line];
        int length = lines[2 * line + 1] - start;
        int from = start + Math.min(edges[2 * c], length);
        int to = start + Math.min(edges[2 * c + 1], length);
        while (from < to && text[from] == ' ') {
            from++;
        }
        while (to > from && text[to - 1] == ' ') {
            to--;
        }
        return new int[] {from, to};
    }

    /** A missing value as printed frames show it: {@code NaN}, {@code NA}, {@code <NA>}, {@code None}, {@code NaT}. */
    private boolean isMissing(int from, int to) {
        for (String missing : MISSING) {
            if (missing.length() == to - from && missing.contentEquals(java.nio.CharBuffer.wrap(text, from, to - from))) {
                return true;
            }
        }
        return false;
    }
}
