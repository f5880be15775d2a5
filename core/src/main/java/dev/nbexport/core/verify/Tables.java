package dev.nbexport.core.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code inline-table} rule: pasted tables and long number lists.
 *
 * <p>A table is at least {@code minRows} consecutive lines with the same nonzero count of one
 * delimiter ({@code ,} {@code ;} tab {@code |}) where every line has two or more nonempty fields and
 * its fields look like table cells: at least half of them numbers, or all of them short (40
 * characters at most) and free of code punctuation ({@code ( ) = { } [ ]} inside a field, brackets at
 * a field's edges are fine). A call-heavy block of code, a dict or list literal with one item a line,
 * or a markdown table of a few rows stays below this. A field written {@code key: value} (a record
 * one a line, as JSON, a dict literal or a YAML flow mapping) counts by its value: a number is a
 * cell, text leaves the line to the record readers below, which tell data from configuration. A
 * tuple or an array one a line stays a row ({@code ("C1000", "2024-03-01", "Nice", 11.33),}, SQL's
 * {@code VALUES} rows): records of ids, dates, places and amounts are data whatever their names; a
 * figure wrapped in a call of one argument ({@code pd.Timestamp("2024-03-01")}) is a cell, not code.
 *
 * <p>A row whose cells stand between borders ({@code | customer_id | int |}, a markdown table's)
 * with a word in a cell is {@link RuledTables}' to judge as printed rows are: by its shape alone a
 * data dictionary or a table of scores is no less a table than customers are. A bordered row of
 * figures alone (ids, dates, amounts) is a delimited row.
 *
 * <p>A line that is one string literal ({@link LiteralLine}: a list of CSV lines, {@code "...\n"}
 * pieces joined by implicit concatenation, a C array of strings) is measured by the delimiters
 * inside the literal, and is a row only with a field that starts with a digit (an id, an amount, a
 * date): code keeps lists of messages, word pairs and routes one a line in literals too. Rows of
 * text only are records ({@link LiteralRecords}), judged by their names.
 *
 * <p>Tab-separated rows may differ by up to {@value #RAGGED_TABS} tabs (rows missing their last
 * fields), unless a row has tabs side by side: text aligned to tab stops ({@code #define A\t\t1}),
 * whose rows differ in tabs as their first words differ in length. Columns separated by spaces (a printed {@code DataFrame}, a fixed-width report) make a
 * table when the lines have the same count of gaps between words, three words or more, and more
 * than half of the words are numbers; columns aligned by spaces with text among them (names, a
 * cell of two words) are {@link AlignedTables}'. Cells between borders or LaTeX's {@code &}, with rules
 * between the rows ({@link RuledTables}), records printed a field a line ({@link VerticalRecords}),
 * words parted by spaces but not aligned ({@link WordRows}) and R's prints of vectors
 * ({@link VectorPrints}) are read as rows too, and judged as printed rows are ({@link PrintedRows}).
 *
 * <p>An HTML table counts its {@code <tr>} rows, whatever its layout.
 *
 * <p>A list of records is {@code minRows} or more records of the same keys written one after the
 * other, as dict literals, JSON, or tuples and arrays of as many items ({@link JsonRecords}), as a YAML list of mappings
 * ({@link YamlRecords}), as YAML flow mappings one a line ({@link FlowRecords}), as delimited string
 * literals one a line ({@link LiteralRecords}), as SQL statements one a row ({@link SqlRecords}), as calls
 * of keyword arguments ({@link KeywordRecords}), as a TOML array of tables ({@link TomlRecords}) or as
 * lines of free text or of code of one template, their fields or literals the values ({@link TemplateLines}),
 * that look like data ({@link RecordRun}).
 *
 * <p>A table written as literals is read by columns, lists or R vectors of as many scalars side by
 * side (mappings keyed by an index among them), a list of people's names, a lookup of them keyed by
 * ids or a mapping keyed by them ({@link ColumnTables}), or by rows, a
 * list of {@code minRows} rows or more of as many scalars each on one line ({@link RowLists}), or R's
 * {@code tribble}, its cells in one sequence after the column names ({@link TribbleRows}); its rows are
 * judged as records are.
 *
 * <p>A number list is a run of {@code 10 * minRows} or more numbers with only separators between them
 * (white space, {@code , ;} and brackets): a pasted array however it is laid out.
 *
 * <p>Every reader above ({@link #collect}) also reads, once, the content of a string literal that
 * keeps a whole text on one line, its line breaks written {@code \n} ({@link EscapedTexts}).
 *
 * <p>Overlapping findings (a CSV is both) are merged into one.
 */
final class Tables {

    private static final Keyword HTML_TABLE = Keyword.of("<table");

    /** The delimiters of a row; a space stands for a run of spaces between words. */
    private static final char[] DELIMITERS = {',', ';', '\t', '|', ' '};
    private static final int TAB = 2;
    private static final int PIPE = 3;
    private static final int SPACE = 4;
    /** How many more tabs one row of a tab-separated table may have than another: rows missing their last fields. */
    private static final int RAGGED_TABS = 2;
    private static final int MAX_TEXT_FIELD = 40;

    private Tables() {
    }

    static void find(TextScanner.Scan scan, int minRows) {
        List<int[]> found = new ArrayList<>();
        int rows = Math.max(2, minRows);
        collect(scan, rows, found);
        EscapedTexts.find(scan, rows, found);
        PathNames.find(scan, rows);
        if (found.isEmpty()) {
            return;
        }
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        int[] current = null;
        for (int[] table : found) {
            if (current != null && table[0] < current[1]) {
                current[1] = Math.max(current[1], table[1]);
                current[2] = Math.max(current[2], table[2]);
                current[3] = Math.max(current[3], table[3]);
                current[4] = Math.max(current[4], table[4]);
                continue;
            }
            if (current != null) {
                add(scan, current);
            }
            current = table.clone();
        }
        add(scan, current);
    }

    /**
     * Adds to {@code found} every table, list of records and number list of {@code rows} rows or
     * more that the text holds as written, each as {@code {start, end, rows, numbers, records}}.
     */
    static void collect(TextScanner.Scan scan, int rows, List<int[]> found) {
        // Each of these readers takes a line at most for a row or a record.
        if (scan.hasLines(rows)) {
            YamlRecords yaml = new YamlRecords(scan.chars, new RecordRun(rows, found));
            FlowRecords flow = new FlowRecords(scan.chars, new RecordRun(rows, found));
            LiteralRecords literals = new LiteralRecords(new RecordRun(rows, found));
            TomlRecords toml = new TomlRecords(scan.chars, rows, found);
            delimited(scan.chars, rows, found, yaml, flow, literals, toml);
        }
        JsonRecords.find(scan, rows, found);
        KeywordRecords.find(scan, rows, found);
        SqlRecords.find(scan, rows, found);
        ColumnTables.find(scan, rows, found);
        RowLists.find(scan, rows, found);
        TribbleRows.find(scan, rows, found);
        AlignedTables.find(scan, rows, found);
        RuledTables.find(scan, rows, found);
        WordRows.find(scan, rows, found);
        VectorPrints.find(scan, rows, found);
        VerticalRecords.find(scan, rows, found);
        TemplateLines.find(scan, rows, found);
        htmlTables(scan, rows, found);
        // In longs: ten times a policy's fewest rows may pass the largest int, and wrapped it could ask for as few as 20.
        int minNumbers = (int) Math.min(Integer.MAX_VALUE, Math.max(20, 10L * rows));
        // Every number of a list holds a digit.
        if (scan.digits() >= minNumbers) {
            numberLists(scan.chars, minNumbers, found);
        }
    }

    /**
     * Reports one table, perhaps found by several readers. A record is a row: tuples one a line are
     * records to one reader and delimited rows to another, which leaves out a first or last line
     * with a comma less or a bracket more, so the table has as many rows as the larger count.
     */
    private static void add(TextScanner.Scan scan, int[] table) {
        String what = table[2] > 0 ? "a table of " + Math.max(table[2], table[4]) + " rows"
                : table[4] > 0 ? "a list of " + table[4] + " records of the same keys" : "a list of " + table[3] + " numbers";
        scan.add(Rule.INLINE_TABLE, table[0], table[1], what);
    }

    // {start, end, rows, numbers, records}

    /** An HTML table (a pasted {@code DataFrame.to_html()}, say) of at least {@code minRows} rows, however it is laid out. */
    private static void htmlTables(TextScanner.Scan scan, int minRows, List<int[]> found) {
        if (!scan.mayContain(HTML_TABLE)) {
            return;
        }
        String lower = scan.lower();
        for (int start = lower.indexOf("<table"); start >= 0; start = lower.indexOf("<table", start + 6)) {
            int close = lower.indexOf("</table", start);
            int end = close < 0 ? lower.length() : close + 7;
            int rows = 0;
            for (int row = lower.indexOf("<tr", start); row >= 0 && row < end; row = lower.indexOf("<tr", row + 3)) {
                int next = row + 3;
                if (next >= lower.length() || lower.charAt(next) == '>' || Character.isWhitespace(lower.charAt(next))) {
                    rows++;
                }
            }
            if (rows >= minRows) {
                found.add(new int[] {start, end, rows, 0, 0});
            }
            if (close < 0) {
                return;
            }
            start = close;
        }
    }

    /** Finds delimited tables, and hands each line to {@code yaml}, {@code flow}, {@code literals} and {@code toml} on the way. */
    private static void delimited(char[] text, int minRows, List<int[]> found, YamlRecords yaml, FlowRecords flow,
                                  LiteralRecords literals, TomlRecords toml) {
        int n = text.length;
        int[] runMin = new int[DELIMITERS.length];
        int[] runMax = new int[DELIMITERS.length];
        int[] runRows = new int[DELIMITERS.length];
        int[] runStart = new int[DELIMITERS.length];
        int[] runEnd = new int[DELIMITERS.length];
        int[] counts = new int[DELIMITERS.length];
        // Whether the tab-separated run so far has tabs side by side.
        boolean runAligned = false;
        LiteralLine literal = new LiteralLine();
        int start = 0;
        while (start <= n) {
            int nl = lineBreak(text, start);
            int end = nl < 0 ? n : nl;
            int first = Scalars.indentEnd(text, start, end);
            yaml.line(start, first, end);
            flow.line(start, first, end);
            toml.line(start, first, end);
            // What the delimiters are counted in: the line, or the content of the one string literal it is.
            boolean isLiteral = literal.read(text, first, end);
            char[] cells = isLiteral ? literal.content() : text;
            int cellsStart = isLiteral ? 0 : start;
            int cellsEnd = isLiteral ? literal.length() : end;
            int cellsFirst = isLiteral ? Scalars.indentEnd(cells, 0, cellsEnd) : first;
            java.util.Arrays.fill(counts, 0);
            // A CSV field in double quotes may hold the delimiter: "late, paid".
            boolean quoted = false;
            // Whether this line has tabs side by side.
            boolean aligned = false;
            // Gaps of spaces between words, and the words that start like a number, counted at the spaces.
            int numberWords = cellsFirst < cellsEnd && startsNumber(cells[cellsFirst]) ? 1 : 0;
            int gaps = 0;
            for (int k = cellsFirst; k < cellsEnd; k++) {
                char c = cells[k];
                if (c == ' ') {
                    char next = k + 1 < cellsEnd ? cells[k + 1] : ' ';
                    if (next > ' ' && !quoted) {
                        gaps++;
                        numberWords += startsNumber(next) ? 1 : 0;
                    }
                    continue;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (quoted) {
                    continue;
                } else if (c == ',') {
                    counts[0]++;
                } else if (c == ';') {
                    counts[1]++;
                } else if (c == '\t') {
                    counts[TAB]++;
                    aligned |= k > cellsFirst && cells[k - 1] == '\t';
                } else if (c == '|') {
                    counts[PIPE]++;
                }
            }
            counts[SPACE] = gaps;
            literals.line(start, end, isLiteral ? literal : null, commonestDelimiter(counts));
            for (int d = 0; d < DELIMITERS.length; d++) {
                if (counts[d] == 0 && runRows[d] == 0) {
                    continue; // most lines, for most delimiters: no row and no run to end
                }
                boolean row = counts[d] > 0 && (d == SPACE
                        ? counts[d] >= 2 && 2 * numberWords > counts[d] + 1 && looksLikeSpacedRow(cells, cellsStart, cellsEnd)
                        : looksLikeRow(cells, cellsStart, cellsEnd, DELIMITERS[d], isLiteral)
                        && (d != PIPE || !isBorderedWithText(cells, cellsFirst, cellsEnd)));
                int low = Math.min(runMin[d], counts[d]);
                int high = Math.max(runMax[d], counts[d]);
                int ragged = d == TAB && !aligned && !runAligned ? RAGGED_TABS : 0;
                if (row && runRows[d] > 0 && high - low <= ragged) {
                    runAligned |= d == TAB && aligned;
                    runRows[d]++;
                    runEnd[d] = end;
                    runMin[d] = low;
                    runMax[d] = high;
                    continue;
                }
                if (runRows[d] >= minRows) {
                    found.add(new int[] {runStart[d], runEnd[d], runRows[d], 0, 0});
                }
                runRows[d] = row ? 1 : 0;
                if (d == TAB) {
                    runAligned = aligned;
                }
                runMin[d] = counts[d];
                runMax[d] = counts[d];
                runStart[d] = start;
                runEnd[d] = end;
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        for (int d = 0; d < DELIMITERS.length; d++) {
            if (runRows[d] >= minRows) {
                found.add(new int[] {runStart[d], runEnd[d], runRows[d], 0, 0});
            }
        }
        yaml.end();
        flow.end();
        literals.end();
        toml.end();
    }

    private static boolean startsNumber(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '.' || c == 'N';
    }

    /**
     * A line of three or more words separated by spaces, most of them numbers, with no call or
     * assignment in it: a row of a printed frame or a fixed-width report. Prose and code are
     * mostly words.
     */
    private static boolean looksLikeSpacedRow(char[] text, int start, int end) {
        int fields = 0;
        int numbers = 0;
        int k = start;
        while (k < end) {
            while (k < end && (text[k] == ' ' || text[k] == '\r')) {
                k++;
            }
            int a = k;
            while (k < end && text[k] != ' ' && text[k] != '\r') {
                k++;
            }
            if (a == k) {
                break;
            }
            fields++;
            if (isNumber(text, a, k) || k - a == 3 && text[a] == 'N' && text[a + 1] == 'a' && text[a + 2] == 'N') {
                numbers++;
            }
        }
        return fields >= 3 && 2 * numbers > fields && !hasCodeAnywhere(text, start, end);
    }

    /**
     * Whether {@code [first, end)} is a row of cells between borders ({@code | customer_id | int |},
     * a markdown table's) with a word in a cell: {@link RuledTables} reads those and judges them as
     * printed rows are, so that a table of a schema, of options or of a model's measures keyed by
     * identifiers is not data by its shape alone. A bordered row of figures alone (ids, dates,
     * amounts) is a delimited row still.
     */
    private static boolean isBorderedWithText(char[] text, int first, int end) {
        int last = end;
        while (last > first && (text[last - 1] == ' ' || text[last - 1] == '\r')) {
            last--;
        }
        if (last - first < 2 || text[first] != '|' || text[last - 1] != '|') {
            return false;
        }
        int fieldStart = first + 1;
        while (fieldStart < last) {
            int a = fieldStart;
            int b = fieldEnd(text, fieldStart, last - 1, '|');
            fieldStart = b + 1;
            while (a < b && isEdge(text[a])) {
                a++;
            }
            if (a < b && !(text[a] >= '0' && text[a] <= '9')) {
                return true;
            }
        }
        return false;
    }

    /** The delimiter other than spaces that {@code counts} counts most often, or 0 when it counts none. */
    private static char commonestDelimiter(int[] counts) {
        int best = 0;
        for (int d = 1; d < SPACE; d++) {
            best = counts[d] > counts[best] ? d : best;
        }
        return counts[best] > 0 ? DELIMITERS[best] : 0;
    }

    /** The first line break at or after {@code from}, or -1. */
    private static int lineBreak(char[] text, int from) {
        for (int i = from; i < text.length; i++) {
            if (text[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code [start, end)} is a row of cells separated by {@code delimiter}; a {@code literal}'s needs a figure. */
    private static boolean looksLikeRow(char[] text, int start, int end, char delimiter, boolean literal) {
        boolean record = opening(text, start, end) == '{';
        int fields = 0;
        int numbers = 0;
        boolean figure = false;
        boolean plain = true;
        int fieldStart = start;
        while (fieldStart <= end) {
            int a = fieldStart;
            int b = fieldEnd(text, fieldStart, end, delimiter);
            int written = b;
            fieldStart = b + 1;
            while (a < b && isEdge(text[a])) {
                a++;
            }
            while (b > a && isEdge(text[b - 1])) {
                b--;
            }
            if (a == b) {
                continue;
            }
            fields++;
            figure |= text[a] >= '0' && text[a] <= '9';
            int value = record ? keyedValue(text, a, b) : -1;
            if (value >= 0) {
                // An entry of a record written one a line (JSON, a dict literal, a YAML flow mapping):
                // a number counts as a cell, text is left to the record readers, which tell data from configuration.
                while (value < b && (text[value] == '"' || text[value] == '\'')) {
                    value++;
                }
                numbers += isNumber(text, value, b) ? 1 : 0;
                figure |= isNumber(text, value, b);
                plain &= isNumber(text, value, b);
            } else if (isNumber(text, a, b)) {
                numbers++;
            } else if (plain && (b - a > MAX_TEXT_FIELD || hasCode(text, a, b)) && !isWrappedFigure(text, a, written)) {
                plain = false;
            }
        }
        return fields >= 2 && (figure || !literal) && (plain || 2 * numbers >= fields && !hasCodeAnywhere(text, start, end));
    }

    /** The end of the field starting at {@code from}: the next {@code delimiter} outside double quotes (CSV's), or {@code end}. */
    static int fieldEnd(char[] text, int from, int end, char delimiter) {
        boolean quoted = false;
        for (int k = from; k < end; k++) {
            if (text[k] == '"') {
                quoted = !quoted;
            } else if (text[k] == delimiter && !quoted) {
                return k;
            }
        }
        return end;
    }

    /**
     * The character a line opens with, after its indentation and a YAML list's dash, or 0: a brace
     * opens a record ({@code {"k": v, ...}}, a dict literal, {@code - {k: v}}) whose text the record
     * readers judge. Bare {@code key: value} lines are rows by the plain test, as no reader takes them.
     */
    private static char opening(char[] text, int start, int end) {
        int k = start;
        while (k < end && text[k] == ' ') {
            k++;
        }
        if (k + 1 < end && text[k] == '-' && text[k + 1] == ' ') {
            k += 2;
            while (k < end && text[k] == ' ') {
                k++;
            }
        }
        return k < end ? text[k] : 0;
    }

    /**
     * Where the value of a field written {@code key: value} starts ({@code "key": value},
     * {@code 'key': value}, or YAML's {@code key: value}, the key's opening quote trimmed as a
     * field's edge), or -1 for any other field. A bare key has no spaces, and a space after its colon.
     */
    private static int keyedValue(char[] text, int a, int b) {
        int k = a;
        boolean spaced = false;
        while (k < b && (isWordChar(text[k]) || text[k] == '-' || text[k] == ' ')) {
            spaced |= text[k] == ' ';
            k++;
        }
        boolean quoted = k < b && (text[k] == '"' || text[k] == '\'');
        k += quoted ? 1 : 0;
        if (k == a || k + 1 >= b || text[k] != ':' || !quoted && (spaced || text[k + 1] != ' ')) {
            return -1;
        }
        k++;
        while (k < b && text[k] == ' ') {
            k++;
        }
        return k < b ? k : -1;
    }

    /** What may wrap a field: white space, quotes, brackets, and a list marker ({@code - [1, a, 2]} in YAML). */
    private static boolean isEdge(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '"' || c == '\'' || c == '[' || c == ']' || c == '(' || c == ')'
                || c == '{' || c == '}' || c == '-';
    }

    private static boolean hasCode(char[] text, int a, int b) {
        for (int k = a; k < b; k++) {
            char c = text[k];
            if (c == '(' || c == ')' || c == '=' || c == '{' || c == '}' || c == '[' || c == ']') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the field at {@code [a, end)} is a call of one figure, a scalar that starts with a digit
     * (a date, an amount), perhaps quoted, then the brackets that close its row: {@code pd.Timestamp("2024-01-03")},
     * {@code Decimal('12.50')}. Code's calls of one argument in rows wrap names and labels ({@code _("Draft")}).
     */
    private static boolean isWrappedFigure(char[] text, int a, int end) {
        int k = a;
        while (k < end && isWordChar(text[k])) {
            k++;
        }
        if (k == a || Character.isDigit(text[a]) || k + 1 >= end || text[k] != '(') {
            return false;
        }
        k++;
        char quote = text[k] == '"' || text[k] == '\'' ? text[k] : 0;
        k += quote == 0 ? 0 : 1;
        if (k >= end || !Character.isDigit(text[k])) {
            return false;
        }
        while (k < end && (quote != 0 ? text[k] != quote && text[k] != '\\' : Character.isDigit(text[k]) || ".eE+-_".indexOf(text[k]) >= 0)) {
            k++;
        }
        if (quote != 0 && (k >= end || text[k++] != quote)) {
            return false;
        }
        if (k >= end || text[k] != ')') {
            return false;
        }
        k++;
        while (k < end && isEdge(text[k])) {
            k++;
        }
        return k == end;
    }

    /** A call or an assignment inside the row: {@code f(1, 2)} is code even though its fields are numbers. */
    private static boolean hasCodeAnywhere(char[] text, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            char c = text[k];
            if (c == '=' || ((c == '(' || c == '[') && isWordChar(text[k - 1]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.');
    }

    /** A decimal number with optional sign, thousands separators of none, exponent, percent or currency sign. */
    static boolean isNumber(char[] text, int a, int b) {
        int k = a;
        if (k < b && (text[k] == '-' || text[k] == '+' || text[k] == '$')) {
            k++;
        }
        int digits = 0;
        while (k < b && Character.isDigit(text[k])) {
            k++;
            digits++;
        }
        if (k < b && text[k] == '.') {
            k++;
            while (k < b && Character.isDigit(text[k])) {
                k++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (k < b && (text[k] == 'e' || text[k] == 'E')) {
            int e = k + 1;
            if (e < b && (text[e] == '-' || text[e] == '+')) {
                e++;
            }
            int expDigits = 0;
            while (e < b && Character.isDigit(text[e])) {
                e++;
                expDigits++;
            }
            if (expDigits > 0) {
                k = e;
            }
        }
        if (k < b && text[k] == '%') {
            k++;
        }
        return k == b;
    }

    private static void numberLists(char[] text, int minNumbers, List<int[]> found) {
        int n = text.length;
        int count = 0;
        int first = -1;
        int last = -1;
        int i = 0;
        while (i < n) {
            char c = text[i];
            boolean signed = (c == '-' || c == '+') && i + 1 < n && (Character.isDigit(text[i + 1]) || text[i + 1] == '.');
            boolean dotted = c == '.' && i + 1 < n && Character.isDigit(text[i + 1]);
            if (!(c >= '0' && c <= '9') && !signed && !dotted) {
                if (count > 0 && !isSeparator(c)) {
                    close(count, first, last, minNumbers, found);
                    count = 0;
                }
                i++;
                continue;
            }
            if (i > 0 && isWordChar(text[i - 1])) {
                // inside an identifier or a longer token: not a number of a list
                if (count > 0) {
                    close(count, first, last, minNumbers, found);
                    count = 0;
                }
                i++;
                while (i < n && isWordChar(text[i])) {
                    i++;
                }
                continue;
            }
            int end = numberEnd(text, i + (signed ? 1 : 0));
            if (end < 0 || (end < n && (isWordChar(text[end]) && text[end] != '.'))) {
                if (count > 0) {
                    close(count, first, last, minNumbers, found);
                    count = 0;
                }
                i++;
                while (i < n && (isWordChar(text[i]) || text[i] == '-' || text[i] == '+')) {
                    i++;
                }
                continue;
            }
            if (count == 0) {
                first = i;
            }
            count++;
            last = end;
            i = end;
        }
        if (count > 0) {
            close(count, first, last, minNumbers, found);
        }
    }

    private static void close(int count, int first, int last, int minNumbers, List<int[]> found) {
        if (count >= minNumbers) {
            found.add(new int[] {first, last, 0, count, 0});
        }
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';' || c == '[' || c == ']';
    }

    /** The end of a decimal or 0x-hex number starting at {@code i}, or -1. */
    private static int numberEnd(char[] text, int i) {
        int n = text.length;
        int k = i;
        if (k + 2 < n && text[k] == '0' && (text[k + 1] == 'x' || text[k + 1] == 'X')
                && Character.digit(text[k + 2], 16) >= 0) {
            k += 2;
            while (k < n && Character.digit(text[k], 16) >= 0) {
                k++;
            }
            return k;
        }
        int digits = 0;
        while (k < n && Character.isDigit(text[k]) && text[k] < 128) {
            k++;
            digits++;
        }
        if (k < n && text[k] == '.') {
            k++;
            while (k < n && Character.isDigit(text[k]) && text[k] < 128) {
                k++;
                digits++;
            }
        }
        if (digits == 0) {
            return -1;
        }
        if (k < n && (text[k] == 'e' || text[k] == 'E')) {
            int e = k + 1;
            if (e < n && (text[e] == '-' || text[e] == '+')) {
                e++;
            }
            int exp = e;
            while (e < n && Character.isDigit(text[e]) && text[e] < 128) {
                e++;
            }
            if (e > exp) {
                k = e;
            }
        }
        return k;
    }
}
