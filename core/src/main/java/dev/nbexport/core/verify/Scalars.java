package dev.nbexport.core.verify;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The scalars of literals as JSON, Python, JavaScript and R write them: a string quoted on one line,
 * a number, or a constant ({@code true}, {@code None}, {@code NaN}, R's {@code NA} and its typed
 * {@code NA_real_}…). A name, a call or a nested structure is none: what holds one is code, not a row.
 */
final class Scalars {

    /**
     * The longest string read as a value: longer ones end the search. A row's free text (a note, a
     * comment kept by a CRM) runs to a few hundred characters and is judged as prose
     * ({@link FreeText}); a text of pages is no row.
     */
    static final int MAX_STRING = 4096;
    /** The longest constant, {@code NA_character_}. */
    private static final int MAX_CONSTANT = 13;
    private static final char[][] CONSTANTS = Stream.of("true", "false", "null", "True", "False", "None", "NaN", "NA", "TRUE", "FALSE",
            "NULL", "NA_integer_", "NA_real_", "NA_character_", "NA_complex_").map(String::toCharArray).toArray(char[][]::new);

    private Scalars() {
    }

    /** The end of the scalar starting at {@code at}, or -1 if none starts there. */
    static int end(char[] text, int at) {
        if (at >= text.length) {
            return -1;
        }
        char c = text[at];
        if (isQuote(c)) {
            return stringEnd(text, at, MAX_STRING);
        }
        int end = at;
        if (c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.') {
            end++;
            while (end < text.length && isNumberChar(text[end])) {
                end++;
            }
            return end;
        }
        while (end < text.length && end - at <= MAX_CONSTANT
                && (text[end] >= 'a' && text[end] <= 'z' || text[end] >= 'A' && text[end] <= 'Z' || text[end] == '_')) {
            end++;
        }
        return isConstant(text, at, end) ? end : -1;
    }

    /** Whether the scalar {@code [at, end)} is a number, quoted ({@code "12.50"}, a value read from a CSV) or not. */
    static boolean isNumber(char[] text, int at, int end) {
        return isQuote(text[at]) ? end > at + 2 && Tables.isNumber(text, at + 1, end - 1) : Tables.isNumber(text, at, end);
    }

    /**
     * The value of the number at {@code [from, to)}, written as {@link Tables#isNumber} reads one, near
     * enough to put numbers in order.
     */
    static double value(char[] text, int from, int to) {
        int k = from;
        boolean negative = text[k] == '-';
        k += text[k] == '-' || text[k] == '+' || text[k] == '$' ? 1 : 0;
        double value = 0;
        double scale = 0;
        for (; k < to && (text[k] >= '0' && text[k] <= '9' || text[k] == '.'); k++) {
            if (text[k] == '.') {
                scale = 1;
            } else {
                value = 10 * value + (text[k] - '0');
                scale *= 10;
            }
        }
        value = scale > 0 ? value / scale : value;
        if (k + 1 < to && (text[k] == 'e' || text[k] == 'E')) {
            value *= Math.pow(10, Tables.isNumber(text, k + 1, to) ? value(text, k + 1, to) : 0);
        }
        return negative ? -value : value;
    }

    /** Whether the text may hold a list or tuple with a quoted item: one is before a comma or at the end. */
    static boolean mayHoldQuotedItems(TextScanner.Scan scan) {
        return scan.mayContainAny(QUOTED_ITEM_ENDS);
    }

    /** A quoted item's end: before a comma, or last in a tuple or a list. */
    private static final Keyword[] QUOTED_ITEM_ENDS = Keyword.all("\",", "',", "\")", "')", "\"]", "']");

    static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    /** The end (after the closing quote) of the string quoted at {@code at}, at most {@code max} long on one line; else -1. */
    static int stringEnd(char[] text, int at, int max) {
        if (at >= text.length || !isQuote(text[at])) {
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

    /** The first character at or after {@code from} that is no white space (line breaks included). */
    static int space(char[] text, int from) {
        int k = from;
        while (k < text.length && isSpace(text[k])) {
            k++;
        }
        return k;
    }

    /** Whether a line break stands in {@code [from, to)}. */
    static boolean hasLineBreak(char[] text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text[k] == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Whether a comment to the end of the line, {@code # x} or {@code // x}, starts at {@code at}, before {@code to}. */
    static boolean isLineComment(char[] text, int at, int to) {
        return text[at] == '#' || text[at] == '/' && at + 1 < to && text[at + 1] == '/';
    }

    /** The line break at or after {@code from}, before {@code to}; else {@code to}. */
    static int lineEnd(char[] text, int from, int to) {
        int k = from;
        while (k < to && text[k] != '\n') {
            k++;
        }
        return k;
    }

    /** Where the spaces that indent {@code [from, to)} end. */
    static int indentEnd(char[] text, int from, int to) {
        int k = from;
        while (k < to && text[k] == ' ') {
            k++;
        }
        return k;
    }

    /** Where {@code [from, to)} ends without the carriage returns and spaces at its end. */
    static int contentEnd(char[] text, int from, int to) {
        int k = to;
        while (k > from && (text[k - 1] == '\r' || text[k - 1] == ' ')) {
            k--;
        }
        return k;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private static boolean isConstant(char[] text, int from, int to) {
        for (char[] constant : CONSTANTS) {
            if (Arrays.equals(text, from, to, constant, 0, constant.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumberChar(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+' || c == '_';
    }
}
