package dev.nbexport.core.verify;

import java.util.List;

/**
 * Records written as a TOML array of tables, a key a line, or as inline tables one a line:
 *
 * <pre>
 * [[customer]]
 * id = 100231
 * name = "Ann Lee"
 * </pre>
 *
 * <p>A record is flat: each of its lines is {@code key = value}, the key bare, dotted or quoted, the
 * value a scalar on the line (a string, a number, a date, a boolean; not an array, an inline table or
 * a multi-line string), perhaps followed by a comment. A sub-table or a line of another kind makes it
 * configuration, not a row. The records of one run are tables of one array following one another,
 * blank lines and comments between them skipped. Records may also be inline tables one a line, flat
 * as well: an array's items ({@code {id = 100231, name = "Ann Lee"},}) or a table's entries
 * ({@code c100231 = {name = "Ann Lee"}}, the entry's key a column of its own), following one another. They are a table when they look like data
 * ({@link MeasuredRecords}); as in YAML, a number counts only unquoted.
 *
 * <p>It is fed the lines of a text one by one, by a pass that walks them anyway.
 */
final class TomlRecords {

    /** The names of the two runs of inline tables one a line: an array's items, a table's entries. */
    private static final long ITEMS = 1;
    private static final long ENTRIES = 2;

    private final char[] text;
    private final MeasuredRecords records;
    /** Whether a record is open, and whether it is flat so far. */
    private boolean open;
    private boolean flat;
    private long name;
    private int start;
    private int end;
    /** The end of the last record added, or -1. */
    private int last = -1;

    TomlRecords(char[] text, int minRows, List<int[]> found) {
        this.text = text;
        this.records = new MeasuredRecords(minRows, found, false);
    }

    /** Reads the line {@code [from, to)}, whose indentation ends at {@code content}. */
    void line(int from, int content, int to) {
        int k = content;
        while (k < to && text[k] == '\t') {
            k++;
        }
        if (k >= to || text[k] == '#' || text[k] == '\r') {
            return; // blank lines and comments neither add to nor end a record
        }
        if (text[k] == '[') {
            finish();
            int header = arrayHeader(k, to);
            if (header < 0) {
                records.close(); // a table of another kind: the array is over
                last = -1;
                return;
            }
            open = true;
            flat = true;
            start = from;
            end = to;
            name = RecordRun.extendHash(0, text, k + 2, header);
            records.record(text, name);
        } else if (open) {
            if (flat) {
                flat = entry(k, to) == to;
                end = to;
            }
        } else if (!inlineTable(from, k, to) && last >= 0) {
            records.close(); // a line of another kind ends the list of inline tables
            last = -1;
        }
    }

    /** Ends the open record and the run with it: the text is over. */
    void end() {
        finish();
        records.close();
    }

    private void finish() {
        if (!open) {
            return;
        }
        open = false;
        if (flat) {
            records.add(start, end, last >= 0);
            last = end;
        } else {
            records.close();
            last = -1;
        }
    }

    /** The end of the name of the {@code [[array]]} header at {@code at} (before its {@code ]]}), or -1 for another line. */
    private int arrayHeader(int at, int to) {
        if (at + 1 >= to || text[at + 1] != '[') {
            return -1;
        }
        int k = at + 2;
        while (k < to && text[k] != ']' && text[k] != '[') {
            k++;
        }
        if (k + 1 >= to || text[k] != ']' || text[k + 1] != ']' || k == at + 2) {
            return -1;
        }
        int after = k + 2;
        while (after < to && (text[after] == ' ' || text[after] == '\t' || text[after] == '\r')) {
            after++;
        }
        return after == to || text[after] == '#' ? k : -1;
    }

    /**
     * Reads the line at {@code [at, to)} as an inline table, one a line: an array's item
     * ({@code {id = 100231, name = "Ann Lee"},}) or a table's entry ({@code c100231 = {name = "Ann Lee"}},
     * its key judged as a column); whether it is one, flat, added as a record. A quick look at its
     * start and first key comes before it is read: most lines are none.
     */
    private boolean inlineTable(int from, int at, int to) {
        int keyEnd = -1;
        int brace = at;
        if (text[at] != '{') {
            keyEnd = key(at, to);
            brace = keyEnd < 0 ? -1 : assigned(keyEnd, to);
            if (brace < 0 || text[brace] != '{') {
                return false;
            }
        }
        int k = space(brace + 1, to);
        int firstKey = key(k, to);
        if (firstKey < 0 || assigned(firstKey, to) < 0) {
            return false;
        }
        records.record(text, keyEnd < 0 ? ITEMS : ENTRIES);
        if (keyEnd >= 0) {
            records.item();
            records.value(at, keyEnd);
        }
        while (k < to && text[k] != '}') {
            int valueEnd = entry(k, to);
            k = valueEnd < 0 ? to : space(valueEnd, to);
            if (k < to && text[k] == ',') {
                k = space(k + 1, to);
            } else if (k >= to || text[k] != '}') {
                return false;
            }
        }
        if (k >= to) {
            return false;
        }
        k = space(k + 1, to);
        k = k < to && (text[k] == ',' || text[k] == ']') ? space(k + 1, to) : k;
        if (k < to && text[k] != '#' && text[k] != '\r') {
            return false;
        }
        records.add(from, to, last >= 0);
        last = to;
        return true;
    }

    /** After a key ending at {@code keyEnd}: where its value starts, past {@code =}; or -1 when no {@code =} and value follow. */
    private int assigned(int keyEnd, int to) {
        int k = space(keyEnd, to);
        int value = k < to && text[k] == '=' ? space(k + 1, to) : to;
        return value < to ? value : -1;
    }

    /**
     * Reads the {@code key = value} at {@code [at, to)} into the open record, its value a scalar
     * ended by the line (perhaps before a comment) or, in an inline table, by a comma or a brace;
     * where it ends, or -1 when it is none.
     */
    private int entry(int at, int to) {
        int keyEnd = key(at, to);
        int value = keyEnd < 0 ? -1 : assigned(keyEnd, to);
        if (value < 0 || "[{".indexOf(text[value]) >= 0) {
            return -1;
        }
        int valueEnd;
        int rest;
        boolean quoted = text[value] == '"' || text[value] == '\'';
        if (quoted) {
            if (value + 2 < to && text[value + 1] == text[value] && text[value + 2] == text[value]) {
                return -1; // a multi-line string
            }
            valueEnd = Scalars.stringEnd(text, value, to - value);
            if (valueEnd < 0) {
                return -1;
            }
            rest = space(valueEnd, to);
        } else {
            valueEnd = value;
            while (valueEnd < to && "#\r,}".indexOf(text[valueEnd]) < 0) {
                valueEnd++;
            }
            rest = valueEnd;
            while (valueEnd > value && text[valueEnd - 1] == ' ') {
                valueEnd--;
            }
        }
        if (rest < to && "#\r,}".indexOf(text[rest]) < 0) {
            return -1;
        }
        records.key(at, keyEnd);
        records.value(value, valueEnd);
        if (quoted) {
            records.text();
        } else if (Tables.isNumber(text, value, valueEnd)) {
            records.number(value, valueEnd);
        }
        return rest < to && (text[rest] == ',' || text[rest] == '}') ? rest : to;
    }

    /** The end of the key at {@code at}: bare ({@code signup_date}), dotted ({@code address.city}) or quoted; or -1. */
    private int key(int at, int to) {
        if (at >= to) {
            return -1;
        }
        if (text[at] == '"' || text[at] == '\'') {
            int end = Scalars.stringEnd(text, at, RecordRun.MAX_KEY + 2);
            return end < 0 || end > to ? -1 : end;
        }
        int k = at;
        while (k < to && k - at <= RecordRun.MAX_KEY && (text[k] < 128 && Character.isLetterOrDigit(text[k]) || "_-.".indexOf(text[k]) >= 0)) {
            k++;
        }
        return k == at || k - at > RecordRun.MAX_KEY ? -1 : k;
    }

    private int space(int from, int to) {
        int k = from;
        while (k < to && (text[k] == ' ' || text[k] == '\t')) {
            k++;
        }
        return k;
    }
}
