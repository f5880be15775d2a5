package dev.nbexport.core.verify;

import java.util.List;

/**
 * Records written as JSON or as Python or JavaScript dict literals, one a line or spread over
 * several: {@code {"name": "Ann", "age": 41},} again and again with the same keys. A record is
 * flat: keys quoted, or bare names as JavaScript writes them ({@code {name: "Ann", age: 41}}), and
 * values that are numbers, quoted strings, {@code true}, {@code false},
 * {@code null} (or Python's {@code True}, {@code False}, {@code None}, {@code NaN}). A value that is
 * a name, a call or a nested structure makes it code or configuration, not a row. Records follow one
 * another with a comma and white space between them, or white space alone (JSON Lines). See
 * {@link RecordRun} for when they are a table.
 *
 * <p>Under bare keys numbers do not count: a record of bare keys is also a YAML flow mapping, whose
 * numbers are configuration's as often as data's ({@link FlowRecords} counts them on one line), and
 * JavaScript's lists of points and chart series are written so.
 */
final class JsonRecords {

    private static final int MAX_KEYS = 64;
    private static final int MAX_KEY = 64;
    /** The longest string read as a value: longer ones end the search, as no row holds them. */
    private static final int MAX_STRING = 256;

    private final char[] text;
    private final RecordRun run;
    private long keys;
    private int keyCount;
    private int numbers;
    private int longestValue;
    private boolean bareKeys;

    private JsonRecords(char[] text, RecordRun run) {
        this.text = text;
        this.run = run;
    }

    static void find(TextScanner.Scan scan, int minRows, List<int[]> found) {
        if (!scan.mayContain("\":") && !scan.mayContain("':") && !scan.mayContain(": ") && !scan.mayContain(":\"")
                && !scan.mayContain(":'")) {
            return;
        }
        new JsonRecords(scan.chars, new RecordRun(minRows, found)).records(scan.text);
    }

    private void records(String source) {
        for (int at = source.indexOf('{'); at >= 0; ) {
            int end = record(at);
            if (end < 0) {
                at = source.indexOf('{', at + 1);
                continue;
            }
            run.add(at, end, keys, keyCount, bareKeys ? 0 : numbers, longestValue, follows(run.end(), at));
            at = source.indexOf('{', end);
        }
        run.close();
    }

    /** Whether only white space and at most one comma stand between the record ending at {@code end} and {@code start}. */
    private boolean follows(int end, int start) {
        if (end < 0) {
            return false;
        }
        boolean comma = false;
        for (int k = end; k < start; k++) {
            char c = text[k];
            if (c == ',' && !comma) {
                comma = true;
            } else if (!isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Reads a flat record starting with the {@code {} at {@code at}; its end, or -1 if there is none. */
    private int record(int at) {
        keys = 0;
        keyCount = 0;
        numbers = 0;
        longestValue = 0;
        bareKeys = false;
        run.record();
        int k = space(at + 1);
        while (k < text.length) {
            if (text[k] == '}' && keyCount > 0) {
                return k + 1;
            }
            int keyEnd = string(k, MAX_KEY);
            if (keyEnd >= 0) {
                keys = RecordRun.withKey(keys, text, k + 1, keyEnd - 1);
            } else {
                keyEnd = bareKey(k);
                if (keyEnd < 0) {
                    return -1;
                }
                bareKeys = true;
                keys = RecordRun.withKey(keys, text, k, keyEnd);
            }
            if (++keyCount > MAX_KEYS) {
                return -1;
            }
            k = space(keyEnd);
            if (k >= text.length || text[k] != ':') {
                return -1;
            }
            int value = space(k + 1);
            k = value(value);
            if (k < 0) {
                return -1;
            }
            boolean quoted = text[value] == '"' || text[value] == '\'';
            run.value(keyCount - 1, text, quoted ? value + 1 : value, quoted ? k - 1 : k);
            k = space(k);
            if (k < text.length && text[k] == ',') {
                k = space(k + 1);
            } else if (k >= text.length || text[k] != '}') {
                return -1;
            }
        }
        return -1;
    }

    /** The end of the scalar value starting at {@code at}, or -1 if it is not one. */
    private int value(int at) {
        if (at >= text.length) {
            return -1;
        }
        char c = text[at];
        int end;
        if (c == '"' || c == '\'') {
            end = string(at, MAX_STRING);
            // A number in quotes ("12.50"): a value read from a CSV, say.
            if (end > at + 2 && Tables.isNumber(text, at + 1, end - 1)) {
                numbers++;
            }
        } else if (c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.') {
            end = at + 1;
            while (end < text.length && isNumberChar(text[end])) {
                end++;
            }
            if (Tables.isNumber(text, at, end)) {
                numbers++;
            }
        } else {
            end = at;
            while (end < text.length && end - at < 6 && (text[end] >= 'a' && text[end] <= 'z' || text[end] >= 'A' && text[end] <= 'Z')) {
                end++;
            }
            if (!isConstant(at, end)) {
                return -1;
            }
        }
        if (end >= 0) {
            longestValue = Math.max(longestValue, end - at);
        }
        return end;
    }

    private static final String[] CONSTANTS = {"true", "false", "null", "True", "False", "None", "NaN"};

    private boolean isConstant(int from, int to) {
        for (String constant : CONSTANTS) {
            if (constant.length() == to - from && java.util.Arrays.equals(text, from, to, constant.toCharArray(), 0, to - from)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the bare key (a JavaScript identifier) starting at {@code at}, or -1. */
    private int bareKey(int at) {
        int k = at;
        while (k < text.length && k - at <= MAX_KEY && isKeyChar(text[k], k == at)) {
            k++;
        }
        return k == at || k - at > MAX_KEY ? -1 : k;
    }

    private static boolean isKeyChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$' || !first && c >= '0' && c <= '9';
    }

    /** The end (after the closing quote) of the string quoted at {@code at}, at most {@code max} long on one line; else -1. */
    private int string(int at, int max) {
        if (at >= text.length || text[at] != '"' && text[at] != '\'') {
            return -1;
        }
        char quote = text[at];
        for (int k = at + 1; k < text.length && k - at <= max; k++) {
            char c = text[k];
            if (c == quote) {
                return k + 1;
            } else if (c == '\\') {
                k++;
            } else if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private int space(int from) {
        int k = from;
        while (k < text.length && isSpace(text[k])) {
            k++;
        }
        return k;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private static boolean isNumberChar(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+' || c == '_';
    }
}
