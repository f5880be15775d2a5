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
 * after its {@code }} only a comma or a comment. As a list's item it may go on over up to
 * {@value #MAX_LINES} lines, broken after its {@code {}, a value or a comma
 * ({@code - {name: Ann Lee,\n   city: Lyon}}); bare, over lines, it is a JavaScript object's
 * ({@link JsonRecords}), whose numbers (a chart's points) do not count. Lines that start with a
 * quoted key and no dash are JSON or dict literals, read by {@link JsonRecords}. As in
 * {@link YamlRecords}, a number counts only unquoted, records of one list follow one another at one
 * indentation, and blank lines and comments between them are skipped. See {@link RecordRun} for
 * when they are a table, whatever their width.
 *
 * <p>It is fed the lines of a text one by one, by a pass that walks them anyway; it passes over the
 * lines a record spread over has taken.
 */
final class FlowRecords {

    private static final int MAX_LINES = 16;

    private final char[] text;
    private final RecordRun run;
    /** The column of the last record's first character, -1 when none is open. */
    private int column = -1;
    private boolean plainKey;
    /** The end of the line the record being read has reached, how many lines it has taken and may take. */
    private int lineEnd;
    private int lines;
    private int maxLines;
    /** The end of the last record read: lines before it are that record's. */
    private int recordEnd = -1;

    FlowRecords(char[] text, RecordRun run) {
        this.text = text;
        this.run = run;
    }

    /** Reads the line {@code [from, to)}, whose indentation ends at {@code content}. */
    void line(int from, int content, int to) {
        if (from < recordEnd) {
            return;
        }
        int k = content;
        boolean dash = k + 2 < to && text[k] == '-' && text[k + 1] == ' ';
        if (dash) {
            k = space(k + 1, to);
        }
        if (k < to && text[k] == '{' && record(k, to, dash)) {
            run.add(from, lineEnd, column == content - from);
            column = content - from;
            recordEnd = lineEnd;
        } else if (column >= 0 && k < to && text[k] != '#' && text[k] != '\r') {
            column = -1; // any line but a blank one or a comment ends the list
            run.close();
        }
    }

    /** Ends the run: the text is over. */
    void end() {
        run.close();
    }

    /**
     * Reads the flow mapping whose {@code {} is at {@code at}, on a line ending at {@code to}; whether
     * it is a flat record ending its last line, {@link #lineEnd}.
     */
    private boolean record(int at, int to, boolean dash) {
        lineEnd = to;
        lines = 1;
        maxLines = dash ? MAX_LINES : 1;
        plainKey = false;
        run.record();
        int k = gap(at + 1);
        while (k < lineEnd && text[k] != '}') {
            int keyEnd = key(k, lineEnd);
            if (keyEnd < 0) {
                return false;
            }
            run.key(text, k, keyEnd);
            if (keyEnd + 1 >= lineEnd || text[keyEnd] != ':' || text[keyEnd + 1] != ' ') {
                return false;
            }
            int valueEnd = value(space(keyEnd + 1, lineEnd), lineEnd);
            if (valueEnd < 0) {
                return false;
            }
            k = gap(valueEnd);
            if (k < lineEnd && text[k] == ',') {
                k = gap(k + 1);
            } else if (k >= lineEnd || text[k] != '}') {
                return false;
            }
        }
        if (k >= lineEnd || run.keyCount() == 0 || !dash && !plainKey) {
            return false;
        }
        k = space(k + 1, lineEnd);
        if (k < lineEnd && text[k] == ',') {
            k = space(k + 1, lineEnd);
        }
        return k >= lineEnd || text[k] == '#' || text[k] == '\r';
    }

    /**
     * Where the record goes on after the spaces at {@code from}: there, or where the text of the next
     * line starts when this one ends (the record then takes that line, up to {@link #maxLines}).
     */
    private int gap(int from) {
        int k = space(from, lineEnd);
        while ((k == lineEnd || k + 1 == lineEnd && text[k] == '\r') && lineEnd < text.length && lines < maxLines) {
            int next = lineEnd + 1;
            lineEnd = next;
            while (lineEnd < text.length && text[lineEnd] != '\n') {
                lineEnd++;
            }
            lines++;
            k = space(next, lineEnd);
        }
        return k;
    }

    /** The end of the key starting at {@code at} (after its closing quote, or before its colon), or -1. */
    private int key(int at, int to) {
        if (text[at] == '"' || text[at] == '\'') {
            int end = quoted(at, to);
            return end - at - 2 > RecordRun.MAX_KEY ? -1 : end;
        }
        plainKey = true;
        int k = at;
        while (k < to && k - at <= RecordRun.MAX_KEY && text[k] != ':' && ",{}[]#&*!|>\"'".indexOf(text[k]) < 0) {
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
