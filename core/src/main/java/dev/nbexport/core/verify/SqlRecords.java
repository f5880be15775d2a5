package dev.nbexport.core.verify;

import java.util.List;

/**
 * Records written as SQL statements, one a row: {@code INSERT INTO customers (id, name) VALUES
 * (100231, 'Ann Lee');}, its keys the columns named (or, with none named, the count of values, whose numbers
 * then do not count: nothing says what they measure, as in a tuple), and
 * {@code UPDATE customers SET amount = 3258.16 WHERE name = 'Ann Lee';}, its keys the columns set,
 * then those the {@code WHERE} compares ({@code AND} between them), and {@code DELETE FROM customers
 * WHERE id = 100231 AND name = 'Ann Lee';}, its keys those the {@code WHERE} compares. Each tuple of an {@code INSERT}'s
 * values is a record; a value is a scalar, perhaps wrapped in a call of scalars
 * ({@code DATE('2023-03-13')}), a quote written twice inside a string ({@code 'O''Brien'}); an
 * expression, a sub-query or a column makes the statement no record. The records of one run are
 * statements of one kind on one table, following one another with only white space and comments
 * between them ({@link RecordGap}); a statement written as a string of its own, one a line, is read
 * with the call that gives it ({@code cur.execute("INSERT INTO customers VALUES (...)")}) or as a
 * list's item.
 *
 * <p>They are a table when they look like data ({@link MeasuredRecords}): the columns say what each
 * number measures, so numbers count, but for those in order (an id, a lookup table's keys) and those
 * of a table keyed by identifiers (settings, permissions, a migration's seed of codes).
 */
final class SqlRecords {

    private static final Keyword INSERT = Keyword.of("insert");
    private static final Keyword VALUES = Keyword.of("values");
    private static final Keyword UPDATE = Keyword.of("update");
    private static final Keyword SET = Keyword.of("set");
    private static final Keyword DELETE = Keyword.of("delete");
    private static final Keyword WHERE = Keyword.of("where");

    private static final int MAX_NAME = 64;

    private final char[] text;
    private final String lower;
    private final char[] lowerChars;
    private final MeasuredRecords records;
    private final LiteralItem item = new LiteralItem();
    /** The end of the last record read, or -1. */
    private int last = -1;
    /** Whether the numbers of the open record count: they do under the columns' names. */
    private boolean named;
    /** The quote that closes the string literal the open statement is written as, or 0; and how many times it stands, 1 or 3. */
    private char quote;
    private int quotes;

    private SqlRecords(char[] text, String lower, MeasuredRecords records) {
        this.text = text;
        this.lower = lower;
        this.lowerChars = lower.toCharArray();
        this.records = records;
    }

    static void find(TextScanner.Scan scan, int minRows, List<int[]> found) {
        boolean inserts = scan.mayContain(INSERT) && scan.mayContain(VALUES);
        boolean updates = scan.mayContain(UPDATE) && scan.mayContain(SET);
        boolean deletes = scan.mayContain(DELETE) && scan.mayContain(WHERE);
        if (!inserts && !updates && !deletes) {
            return;
        }
        SqlRecords reader = new SqlRecords(scan.chars, scan.lower(), new MeasuredRecords(minRows, found, false));
        // Statements are read in the order they stand, each search from the end of the last statement read.
        int insert = inserts ? reader.lower.indexOf("insert") : -1;
        int update = updates ? reader.lower.indexOf("update") : -1;
        int delete = deletes ? reader.lower.indexOf("delete") : -1;
        while (insert >= 0 || update >= 0 || delete >= 0) {
            int at = Math.min(first(insert), Math.min(first(update), first(delete)));
            int end = !reader.isWord(at, 6) ? -1 : at == insert ? reader.insert(at) : at == update ? reader.update(at) : reader.delete(at);
            int next = Math.max(at + 6, end);
            insert = insert >= 0 && insert < next ? reader.lower.indexOf("insert", next) : insert;
            update = update >= 0 && update < next ? reader.lower.indexOf("update", next) : update;
            delete = delete >= 0 && delete < next ? reader.lower.indexOf("delete", next) : delete;
        }
        reader.records.close();
    }

    private static int first(int found) {
        return found < 0 ? Integer.MAX_VALUE : found;
    }

    /** Reads {@code INSERT INTO table [(columns)] VALUES (values)[, (values)...]} at {@code at}; its end, or -1. */
    private int insert(int at) {
        int table = word(space(at + 6), "into");
        int tableEnd = table < 0 ? -1 : name(space(table));
        if (tableEnd < 0) {
            return -1;
        }
        table = space(table);
        int k = space(tableEnd);
        int columns = -1;
        if (k < text.length && text[k] == '(') {
            columns = k;
            k = columnsEnd(k);
            if (k < 0) {
                return -1;
            }
        }
        k = word(space(k), "values");
        if (k < 0) {
            return -1;
        }
        long name = hash(table, tableEnd) + 1;
        int start = callStart(at);
        while (true) {
            k = space(k);
            if (k >= text.length || text[k] != '(') {
                return -1;
            }
            records.record(text, name);
            int end = tuple(k, columns);
            if (end < 0) {
                return -1;
            }
            k = space(end);
            boolean more = k < text.length && text[k] == ',';
            int recordEnd = more ? end : statementEnd(end);
            if (recordEnd < 0) {
                return -1;
            }
            records.add(start, recordEnd, last >= 0 && RecordGap.between(text, last, start));
            last = recordEnd;
            if (!more) {
                return recordEnd;
            }
            k++;
            start = space(k);
        }
    }

    /** Reads {@code UPDATE table SET column = value[, ...] [WHERE column = value [AND ...]]} at {@code at}; its end, or -1. */
    private int update(int at) {
        int table = space(at + 6);
        int tableEnd = name(table);
        if (tableEnd < 0) {
            return -1;
        }
        int k = word(space(tableEnd), "set");
        if (k < 0) {
            return -1;
        }
        int start = callStart(at);
        records.record(text, hash(table, tableEnd) + 2);
        named = true;
        k = comparisons(space(k), ",");
        if (k < 0) {
            return -1;
        }
        int where = word(k, "where");
        if (where >= 0) {
            k = comparisons(space(where), "and");
            if (k < 0) {
                return -1;
            }
        }
        return add(start, statementEnd(k));
    }

    /** Reads {@code DELETE FROM table WHERE column = value [AND ...]} at {@code at}; its end, or -1. */
    private int delete(int at) {
        int table = word(space(at + 6), "from");
        int tableEnd = table < 0 ? -1 : name(space(table));
        if (tableEnd < 0) {
            return -1;
        }
        int where = word(space(tableEnd), "where");
        if (where < 0) {
            return -1;
        }
        int start = callStart(at);
        records.record(text, hash(space(table), tableEnd) + 3);
        named = true;
        int k = comparisons(space(where), "and");
        return k < 0 ? -1 : add(start, statementEnd(k));
    }

    /** Adds the open record, a statement read at {@code [start, end)}, unless {@code end} is -1; {@code end}. */
    private int add(int start, int end) {
        if (end >= 0) {
            records.add(start, end, last >= 0 && RecordGap.between(text, last, start));
            last = end;
        }
        return end;
    }

    /**
     * Where the statement at {@code at} starts as a record: when it is a string literal of its own,
     * perhaps prefixed or in triple quotes ({@code f"..."}, {@code """..."""}), at the call that
     * gives it ({@code cur.execute("INSERT ...")}, {@code spark.sql('DELETE ...')}) or at its quote
     * (an item of a list), whose closing {@link #statementEnd} then looks for; else at {@code at}.
     */
    private int callStart(int at) {
        quote = 0;
        if (at < 1 || !Scalars.isQuote(text[at - 1])) {
            return at;
        }
        quote = text[at - 1];
        quotes = at >= 3 && text[at - 2] == quote && text[at - 3] == quote ? 3 : 1;
        int open = at - quotes;
        if (open > 0 && "fFrRbBuU".indexOf(text[open - 1]) >= 0 && (open == 1 || !isNameChar(text[open - 2]))) {
            open--;
        }
        if (open == 0 || text[open - 1] != '(') {
            return open;
        }
        int callee = open - 1;
        while (callee > 0 && open - callee <= MAX_NAME && (isNameChar(text[callee - 1]) || text[callee - 1] == '.')) {
            callee--;
        }
        return callee;
    }

    /**
     * Where the statement whose text ends at {@code at} (or -1) ends: after its semicolon, or at
     * {@code at} when the line or the text ends there, or a comment starts; written as a string
     * literal, after the quote (and the call's parenthesis) that close it, where a list's next item
     * may follow; -1 when more of it follows.
     */
    private int statementEnd(int at) {
        if (at < 0) {
            return -1;
        }
        int textEnd = at;
        int k = blank(at);
        if (quote != 0) {
            k = k < text.length && text[k] == ';' ? blank(k + 1) : k;
            for (int q = 0; q < quotes; q++, k++) {
                if (k >= text.length || text[k] != quote) {
                    return -1;
                }
            }
            textEnd = k;
            k = blank(textEnd);
            if (k < text.length && text[k] == ')') {
                textEnd = k + 1;
                k = blank(textEnd);
            }
            if (k < text.length && (text[k] == ',' || text[k] == ']')) {
                return textEnd; // an item of a list
            }
        }
        if (k < text.length && text[k] == ';') {
            return k + 1;
        }
        boolean comment = k + 1 < text.length && text[k] == '-' && text[k + 1] == '-';
        return k >= text.length || text[k] == '\n' || comment ? textEnd : -1;
    }

    /** Reads {@code column = value} pairs at {@code at}, parted by {@code separator} (a comma, or a word); where the text after them starts, or -1. */
    private int comparisons(int at, String separator) {
        int k = at;
        while (true) {
            int columnEnd = name(k);
            if (columnEnd < 0) {
                return -1;
            }
            int equals = space(columnEnd);
            if (equals >= text.length || text[equals] != '=') {
                return -1;
            }
            records.key(k, columnEnd);
            k = value(space(equals + 1));
            if (k < 0) {
                return -1;
            }
            k = space(k);
            int next = separator.equals(",") ? (k < text.length && text[k] == ',' ? k + 1 : -1) : word(k, separator);
            if (next < 0) {
                return k;
            }
            k = space(next);
        }
    }

    /** Reads the tuple of values opened at {@code at}, keyed by the column list at {@code columns} (or by place, when -1); its end, or -1. */
    private int tuple(int at, int columns) {
        int column = columns >= 0 ? space(columns + 1) : -1;
        named = columns >= 0;
        int k = space(at + 1);
        while (k < text.length) {
            if (text[k] == ')' && records.keyCount() > 0) {
                return column < 0 || text[column] == ')' ? k + 1 : -1; // as many values as columns
            }
            if (column >= 0) {
                int columnEnd = name(column);
                if (columnEnd < 0) {
                    return -1;
                }
                records.key(column, columnEnd);
                column = space(columnEnd);
                column = column < text.length && text[column] == ',' ? space(column + 1) : column;
            } else {
                records.item();
            }
            k = value(k);
            if (k < 0) {
                return -1;
            }
            k = space(k);
            if (k < text.length && text[k] == ',') {
                k = space(k + 1);
            } else if (k >= text.length || text[k] != ')') {
                return -1;
            }
        }
        return -1;
    }

    /** The end of the column list opened at {@code at}: names parted by commas, then its parenthesis; or -1. */
    private int columnsEnd(int at) {
        int k = space(at + 1);
        while (k < text.length) {
            int end = name(k);
            if (end < 0) {
                return -1;
            }
            k = space(end);
            if (k < text.length && text[k] == ')') {
                return k + 1;
            }
            if (k >= text.length || text[k] != ',') {
                return -1;
            }
            k = space(k + 1);
        }
        return -1;
    }

    /** Reads the value at {@code at} into the open record; its end, or -1 if it is no scalar. */
    private int value(int at) {
        if (at < text.length && text[at] == '\'') {
            int end = sqlString(at);
            if (end >= 0) {
                records.value(at, end);
                numberOrText(at + 1, end - 1, true);
            }
            return end;
        }
        if (!item.read(text, at)) {
            return -1;
        }
        records.value(item.from, item.to);
        if (!item.missing) {
            boolean quoted = Scalars.isQuote(text[item.from]);
            numberOrText(quoted ? item.from + 1 : item.from, quoted ? item.to - 1 : item.to, quoted);
        }
        return item.end;
    }

    private void numberOrText(int from, int to, boolean quoted) {
        if (Tables.isNumber(text, from, to)) {
            if (named) {
                records.number(from, to);
            }
        } else if (quoted) {
            records.text();
        }
    }

    /** The end of the SQL string quoted at {@code at} on one line, a quote written twice standing for one; or -1. */
    private int sqlString(int at) {
        for (int k = at + 1; k < text.length && k - at <= Scalars.MAX_STRING; k++) {
            if (text[k] == '\n') {
                return -1;
            }
            if (text[k] == '\'') {
                if (k + 1 < text.length && text[k + 1] == '\'') {
                    k++;
                    continue;
                }
                return k + 1;
            }
            if (text[k] == '\\') {
                k++;
            }
        }
        return -1;
    }

    /** The end of the table's or column's name at {@code at}, perhaps qualified or quoted ({@code crm."Customers"}, {@code `id`}); or -1. */
    private int name(int at) {
        int k = at;
        while (true) {
            int part = k;
            if (k < text.length && (text[k] == '"' || text[k] == '`' || text[k] == '[')) {
                char close = text[k] == '[' ? ']' : text[k];
                k++;
                while (k < text.length && k - at <= MAX_NAME && text[k] != close && text[k] != '\n') {
                    k++;
                }
                if (k >= text.length || text[k] != close) {
                    return -1;
                }
                k++;
            } else {
                while (k < text.length && k - at <= MAX_NAME && isNameChar(text[k])) {
                    k++;
                }
            }
            if (k == part || k - at > MAX_NAME || Character.isDigit(text[part])) {
                return -1;
            }
            if (k + 1 >= text.length || text[k] != '.') {
                return k;
            }
            k++;
        }
    }

    /** The end of {@code word} (lower case) at {@code at}, whatever its case, if it stands there as a word; else -1. */
    private int word(int at, String word) {
        int end = at + word.length();
        return at >= 0 && lower.startsWith(word, at) && isWord(at, word.length()) ? end : -1;
    }

    /** Whether the {@code length} characters at {@code at} stand as a word: no letter, digit or underscore touches them. */
    private boolean isWord(int at, int length) {
        int end = at + length;
        return (at == 0 || !isNameChar(text[at - 1])) && (end >= text.length || !isNameChar(text[end]));
    }

    private long hash(int from, int to) {
        return RecordRun.extendHash(0, lowerChars, from, to);
    }

    /** The first character at or after {@code from} that is no space or tab on the line. */
    private int blank(int from) {
        int k = from;
        while (k < text.length && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) {
            k++;
        }
        return k;
    }

    private int space(int from) {
        return Scalars.space(text, from);
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
