package dev.nbexport.core.verify;

/**
 * Records written as a YAML list of mappings, a key a line:
 *
 * <pre>
 * - name: Ann
 *   age: 41
 * - name: Bo
 *   age: 37
 * </pre>
 *
 * <p>A record is flat: each of its lines is {@code key: value} at the column of its first key, with a
 * scalar value (not empty, not a block scalar, anchor, alias, tag or flow collection). A nested
 * block or a line that is no {@code key: value} makes it configuration, not a row. Records of one
 * list follow one another at one indentation; blank lines and comments between them are skipped. See
 * {@link RecordRun} for when they are a table.
 *
 * <p>It is fed the lines of a text one by one, by a pass that walks them anyway.
 */
final class YamlRecords {

    private final char[] text;
    private final RecordRun run;
    /** Columns of the open record's dash and keys, -1 when none is open. */
    private int dash = -1;
    private int keyColumn;
    private boolean flat;
    private int start;
    private int end;
    private boolean adjacent;

    YamlRecords(char[] text, RecordRun run) {
        this.text = text;
        this.run = run;
    }

    /** Reads the line {@code [from, to)}, whose indentation ends at {@code content}. */
    void line(int from, int content, int to) {
        int k = content;
        if (dash < 0 && (k >= to || text[k] != '-')) {
            return; // most lines: no list item, none open
        }
        if (k >= to || text[k] == '#' || text[k] == '\r') {
            return; // blank lines and comments neither add to nor end a record
        }
        int column = k - from;
        if (text[k] == '-' && k + 1 < to && text[k + 1] == ' ') {
            boolean sameList = dash >= 0 && column == dash;
            finish();
            int key = k + 1;
            while (key < to && text[key] == ' ') {
                key++;
            }
            dash = column;
            keyColumn = key - from;
            start = from;
            flat = true;
            adjacent = sameList;
            run.record();
            entry(key, to);
        } else if (dash >= 0 && column == keyColumn) {
            entry(k, to);
        } else if (dash >= 0 && column > keyColumn) {
            flat = false;
        } else {
            end();
        }
    }

    /** Ends the open record and the run with it: the list is over, or the text. */
    void end() {
        finish();
        run.close();
    }

    private void finish() {
        if (dash < 0) {
            return;
        }
        if (flat) {
            run.add(start, end, adjacent);
        } else {
            run.close();
        }
        dash = -1;
    }

    /** Adds the {@code key: value} at {@code [from, to)} to the open record, or marks it as no row. */
    private void entry(int from, int to) {
        end = to;
        int colon = from;
        while (colon < to && isKeyChar(text[colon])) {
            colon++;
        }
        if (colon == from || colon + 1 >= to || text[colon] != ':' || text[colon + 1] != ' ') {
            flat = false;
            return;
        }
        int value = colon + 1;
        while (value < to && text[value] == ' ') {
            value++;
        }
        int valueEnd = to;
        while (valueEnd > value && (text[valueEnd - 1] == ' ' || text[valueEnd - 1] == '\r')) {
            valueEnd--;
        }
        if (value >= valueEnd || "|>&*![{#".indexOf(text[value]) >= 0) {
            flat = false;
            return;
        }
        run.key(text, from, colon);
        run.value(text, value, valueEnd);
        // Quoted, it reads as no number: a number in quotes is configuration's idiom in YAML (a container's environment), not a row's.
        if (Tables.isNumber(text, value, valueEnd)) {
            run.number();
        }
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.';
    }

}
