package dev.nbexport.core.verify;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether rows of cells, as a reader of printed tables cut them (columns aligned by spaces, cells
 * between borders, a LaTeX {@code tabular}'s, words parted by spaces), look like data: read as
 * records of as many items and judged as records are ({@link RecordRun}). Names vary as people's
 * do, or numbers beside text go up and down (an index or ids in order count for none). A first row
 * without numbers is the header (unless its reader {@linkplain #start(int, boolean) says} the table
 * has none), read as none of the rows, and so is a row of column types under it
 * (polars' {@code i64 ┆ str ┆ f64}, DuckDB's {@code int64 │ varchar}, a tibble's {@code <dbl> <chr>}),
 * so that a table is reported with the rows it holds; a column of one value (a prefix such as
 * {@code ##} or {@code #>}, a list's marker, a word every line repeats) is no column. Numbers count
 * for none beside a column of identifiers that differ in every row (the names of constants, options
 * or benchmarks) or labels in lower case that together name every row (a model's scores by model and
 * features), and only in a row with a word in its cells: rows of numbers alone are no records.
 *
 * <p>A reader {@linkplain #start starts} a table, gives its {@linkplain #row rows} with their
 * {@linkplain #cell cells}, each row as many, then asks for the {@linkplain #judge judgement}.
 */
final class PrintedRows {

    private static final String[] MISSING = {"NaN", "NA", "<NA>", "None", "NaT"};
    /**
     * The names of column types a printed table may show under its header, as polars, DuckDB and
     * Arrow write them; a parameterised one is written with its parameters after a bracket
     * ({@code datetime[μs]}, {@code decimal(10,2)}).
     */
    private static final Set<String> TYPES = Set.of("i8", "i16", "i32", "i64", "i128", "u8", "u16", "u32",
            "u64", "f32", "f64", "str", "bool", "date", "time", "datetime", "duration", "cat", "enum", "list", "array", "struct",
            "decimal", "null", "object", "binary", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
            "integer", "bigint", "smallint", "tinyint", "hugeint", "varchar", "double", "float", "real", "timestamp", "boolean",
            "blob", "uuid", "interval", "string", "float32", "float64", "utf8", "large_string", "date32", "timestamp_ns");
    /** The columns read: as many as a printed line of 512 characters has, however many borders a line holds. */
    private static final int MAX_COLUMNS = 256;
    /** The rows kept: the header, then the rows judged. */
    private static final int KEPT = RecordColumn.SAMPLE + 1;

    private final int minRows;
    private final List<int[]> found;
    /** How the rows are judged, made for the first table judged: most texts hold none. */
    private RecordRun records;
    private ColumnNumbers numbers;
    private int columns;
    private int count;
    /** The kept rows' cells, {@code [from, to)} pairs, {@code columns} of them a row. */
    private int[] cells = new int[0];
    private int start;
    private int end;
    /** Whether the open table's first row may be its header: not in a table whose every row a reader took as one. */
    private boolean headed;

    PrintedRows(int minRows, List<int[]> found) {
        this.minRows = minRows;
        this.found = found;
    }

    /** A table of {@code columns} columns starts, its first row perhaps its header. */
    void start(int columns) {
        start(columns, true);
    }

    /** A table of {@code columns} columns starts; its first row may be a header only if {@code headed}. */
    void start(int columns, boolean headed) {
        this.columns = Math.min(columns, MAX_COLUMNS);
        this.count = 0;
        this.headed = headed;
    }

    /** The table's next row, written at {@code [start, end)}; its {@link #cell}s follow. */
    void row(int start, int end) {
        if (count == 0) {
            this.start = start;
        }
        this.end = end;
        count++;
        if (count <= KEPT && 2 * count * columns > cells.length) {
            cells = Arrays.copyOf(cells, Math.max(2 * cells.length, 2 * count * columns));
        }
    }

    /** Cell {@code column} of the row given last is written at {@code [from, to)}, perhaps with spaces around it. */
    void cell(char[] text, int column, int from, int to) {
        if (count > KEPT || column >= columns) {
            return;
        }
        while (from < to && text[from] == ' ') {
            from++;
        }
        while (to > from && text[to - 1] == ' ') {
            to--;
        }
        int at = 2 * ((count - 1) * columns + column);
        cells[at] = from;
        cells[at + 1] = to;
    }

    /** How many rows the table has so far. */
    int rows() {
        return count;
    }

    /**
     * Whether the table, of {@code minRows} rows or more besides its header, looks like data; if it
     * does it is added to the tables found, from its first row to its last.
     */
    boolean judge(char[] text) {
        int header = !headed || hasNumber(text, 0) ? 0 : count > 1 && isTypeRow(text, 1) ? 2 : 1;
        int kept = Math.min(count, KEPT);
        int[] varying = varyingColumns(text, header, kept);
        if (count - header < minRows || varying.length < 2) {
            return false;
        }
        if (records == null) {
            records = new RecordRun(minRows, found);
            numbers = new ColumnNumbers();
        }
        records.discard();
        numbers.reset();
        int judged = Math.min(varying.length, RecordRun.COLUMNS);
        int sampled = Math.min(kept - header, RecordColumn.SAMPLE);
        for (int row = header; row < header + sampled; row++) {
            readRow(text, row, varying, judged, row > header);
        }
        boolean table = records.isTableOfMeasures(numbers, sampled, judged);
        records.discard();
        if (table) {
            found.add(new int[] {start, end, count - header, 0, 0});
        }
        return table;
    }

    /** The columns whose cells differ in the kept rows from {@code first} on. */
    private int[] varyingColumns(char[] text, int first, int kept) {
        int[] varying = new int[columns];
        int found = 0;
        for (int c = 0; c < columns; c++) {
            int one = at(first, c);
            for (int row = first + 1; row < kept; row++) {
                int other = at(row, c);
                if (!Arrays.equals(text, cells[one], cells[one + 1], text, cells[other], cells[other + 1])) {
                    varying[found++] = c;
                    break;
                }
            }
        }
        return Arrays.copyOf(varying, found);
    }

    /** Where cell {@code column} of kept row {@code row} is kept in {@code cells}. */
    private int at(int row, int column) {
        return 2 * (row * columns + column);
    }

    /** Whether a cell of the row is a number. */
    private boolean hasNumber(char[] text, int row) {
        for (int c = 0; c < columns; c++) {
            int at = at(row, c);
            if (cells[at] < cells[at + 1] && Tables.isNumber(text, cells[at], cells[at + 1])) {
                return true;
            }
        }
        return false;
    }

    /** Whether every cell of the row, one at least, names a column's type ({@link #TYPES}, or a tibble's {@code <dbl>}). */
    private boolean isTypeRow(char[] text, int row) {
        int types = 0;
        for (int c = 0; c < columns; c++) {
            int at = at(row, c);
            int from = cells[at];
            int to = cells[at + 1];
            if (from == to) {
                continue;
            }
            if (!isType(text, from, to)) {
                return false;
            }
            types++;
        }
        return types > 0;
    }

    private static boolean isType(char[] text, int from, int to) {
        if (to - from > 2 && text[from] == '<' && text[to - 1] == '>') {
            return true;
        }
        int name = from;
        while (name < to && (Character.isLetterOrDigit(text[name]) || text[name] == '_')) {
            name++;
        }
        return name > from && (name == to || text[name] == '[' || text[name] == '(' || text[name] == ' ')
                && TYPES.contains(new String(text, from, name - from).toLowerCase(Locale.ROOT));
    }

    /**
     * Reads the row as a record, of the {@code varying} columns the first {@code judged}; its numbers
     * count only beside text, a cell with a word in it.
     */
    private void readRow(char[] text, int row, int[] varying, int judged, boolean adjacent) {
        boolean holdsText = false;
        for (int c = 0; c < judged; c++) {
            int at = at(row, varying[c]);
            holdsText |= holdsWord(text, cells[at], cells[at + 1]) && !isMissing(text, cells[at], cells[at + 1]);
        }
        records.record();
        for (int c = 0; c < judged; c++) {
            int at = at(row, varying[c]);
            int from = cells[at];
            int to = cells[at + 1];
            records.item();
            records.value(text, from, to);
            if (from < to && Tables.isNumber(text, from, to)) {
                numbers.number(c, text, from, to, holdsText);
            } else if (isMissing(text, from, to)) {
                numbers.missing(c, holdsText);
            }
        }
        records.add(start, end, adjacent);
    }

    /**
     * Whether {@code [from, to)} holds a word written in lower case, or capitalised: two letters side
     * by side, one in lower case. A sign, a figure's unit ({@code 1e-3j}) or a constant's name in
     * capitals ({@code EPERM}, beside its number in a header) is no text of a record.
     */
    private static boolean holdsWord(char[] text, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (Character.isLetter(text[k]) && Character.isLowerCase(text[k + 1])) {
                return true;
            }
        }
        return false;
    }

    /** A missing value as printed frames show it: {@code NaN}, {@code NA}, {@code <NA>}, {@code None}, {@code NaT}. */
    private static boolean isMissing(char[] text, int from, int to) {
        for (String missing : MISSING) {
            if (missing.length() == to - from && missing.contentEquals(java.nio.CharBuffer.wrap(text, from, to - from))) {
                return true;
            }
        }
        return false;
    }
}
