package dev.nbexport.core.verify;

/**
 * Records written as YAML flow mappings, one a line, as a list's items or bare:
 *
 * <pre>
 * - {name: Ann Lee, city: Lyon}
 * - {name: "Bo Berg", 'city': Oslo}
 * </pre>
 *
 * <p>A record is flat: keys plain or quoted, each followed by {@code ": "}, and values that are
 * plain or quoted scalars on the line (not empty, not a nested collection, anchor, alias or tag);
 * after its {@code }} only a comma or a comment. Lines that start with a quoted key and no dash are
 * JSON or dict literals, read by {@link JsonRecords}. As in {@link YamlRecords}, a number counts only
 * unquoted, records of one list follow one another at one indentation, and blank lines and comments
 * between them are skipped. See {@link RecordRun} for when they are a table.
 *
 * <p>It is fed the lines of a text one by one, by a pass that walks them anyway.
 */
final class FlowRecords {

    private static final int MAX_KEYS = 64;
    private static final int MAX_KEY = 64;

    private final char[] text;
    private final RecordRun run;
    /** The column of the last record's first character, -1 when none is open. */
    private int column = -1;
    private boolean plainKey;

    FlowRecords(char[] text, RecordRun run) {
        this.text = text;
        this.run = run;
    }

    /** Reads the line {@code [from, to)}, whose indentation ends at {@code content}. */
    void line(int from, int content, int to) {
        int k = content;
        boolean dash = k + 2 < to && text[k] == '-' && text[k + 1] == ' ';
        if (dash) {
            k = space(k + 1, to);
        }
        if (k < to && text[k] == '{' && record(k, to, dash)) {
            run.add(from, to, column == content - from);
            column = content - from;
        } else if (column >= 0 && k < to && text[k] != '#' && text[k] != '\r') {
            column = -1; // any line but a blank one or a comment ends the list
            run.close();
        }
    }

    /** Ends the run: the text is over. */
    void end() {
        run.close();
    }

    /** Reads the flow mapping whose {@code {} is at {@code at}; whether it is a flat record ending the line. */
    private boolean record(int at, int to, boolean dash) {
        plainKey = false;
        run.record();
        int k = space(at + 1, to);
        while (k < to && text[k] != '}') {
            int keyEnd = key(k, to);
            if (keyEnd < 0) {
                return false;
            }
            run.key(text, k, keyEnd);
            if (run.keyCount() > MAX_KEYS || keyEnd + 1 >= to || text[keyEnd] != ':' || text[keyEnd + 1] != ' ') {
                return false;
            }
            int valueEnd = value(space(keyEnd + 1, to), to);
            if (valueEnd < 0) {
                return false;
            }
            k = space(valueEnd, to);
            if (k < to && text[k] == ',') {
                k = space(k + 1, to);
            } else if (k >= to || text[k] != '}') {
                return false;
            }
        }
        if (k >= to || run.keyCount() == 0 || !dash && !plainKey) {
            return false;
        }
        k = space(k + 1, to);
        if (k < to && text[k] == ',') {
            k = space(k + 1, to);
        }
        return k >= to || text[k] == '#' || text[k] == '\r';
    }

    /** The end of the key starting at {@code at} (after its closing quote, or before its colon), or -1. */
    private int key(int at, int to) {
        if (text[at] == '"' || text[at] == '\'') {
            int end = quoted(at, to);
            return end - at - 2 > MAX_KEY ? -1 : end;
        }
        plainKey = true;
        int k = at;
        while (k < to && k - at <= MAX_KEY && text[k] != ':' && ",{}[]#&*!|>\"'".indexOf(text[k]) < 0) {
            k++;
        }
        while (k > at && text[k - 1] == ' ') {
            k--;
        }
        return k == at || k >= to || text[k] != ':' ? -1 : k;
    }

    /** Reads the scalar value at {@code at} into the open record; its end, or -1 if it is none. */
    private int value(int at, int to) {
        if (at >= to || ",{}[]#&*!|>".indexOf(text[at]) >= 0) {
            return -1;
        }
        int end = text[at] == '"' || text[at] == '\'' ? quoted(at, to) : plain(at, to);
        if (end < 0) {
            return -1;
        }
        run.value(text, at, end);
        // Quoted, it reads as no number: a number in quotes is configuration's idiom in YAML (a container's environment), not a row's.
        if (Tables.isNumber(text, at, end)) {
            run.number();
        }
        return end;
    }

    /** The end of the plain scalar at {@code at}: before a comma, the {@code }}, a comment or the line's end, spaces aside; -1 if empty. */
    private int plain(int at, int to) {
        int end = at;
        while (end < to && text[end] != ',' && text[end] != '}' && text[end] != '\r' && !(text[end] == '#' && text[end - 1] == ' ')) {
            end++;
        }
        while (end > at && text[end - 1] == ' ') {
            end--;
        }
        return end == at ? -1 : end;
    }

    /** The end (after the closing quote) of the string quoted at {@code at} on the line, or -1. */
    private int quoted(int at, int to) {
        char quote = text[at];
        for (int k = at + 1; k < to; k++) {
            if (text[k] == '\\' && quote == '"') {
                k++;
            } else if (text[k] == quote) {
                if (quote == '\'' && k + 1 < to && text[k + 1] == '\'') {
                    k++; // '' is a quote inside single quotes
                    continue;
                }
                return k + 1;
            }
        }
        return -1;
    }

    private int space(int from, int to) {
        int k = from;
        while (k < to && text[k] == ' ') {
            k++;
        }
        return k;
    }
}
