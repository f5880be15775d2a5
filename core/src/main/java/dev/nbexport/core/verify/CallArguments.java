package dev.nbexport.core.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of one call, read from its opening parenthesis as Python and R write them: each a
 * quoted literal, a list or tuple of them, or any other expression (a name, a call), positional or
 * given to a keyword ({@code name=value}). Only what the credential rule asks is kept: where each
 * argument stands and, for a literal, its text.
 */
final class CallArguments {

    /** The most characters of one call read, so a text with many calls stays linear. */
    private static final int CALL_MAX = 1024;

    /**
     * One argument: its keyword (or null when positional), its text when it is one quoted literal (or
     * null), its literal elements when it is a list or a tuple ({@code ['user', 'pw']}), and where it
     * stands in the text.
     */
    record Argument(String keyword, String literal, List<String> elements, int start, int end) {
    }

    private CallArguments() {
    }

    /**
     * The arguments of the call whose {@code (} is at {@code open}, or an empty list when the call is
     * not closed within {@link #CALL_MAX} characters.
     */
    static List<Argument> read(String text, int open) {
        List<Argument> arguments = new ArrayList<>();
        int n = Math.min(text.length(), open + CALL_MAX);
        int k = open + 1;
        while (true) {
            k = skipBlanks(text, k, n);
            if (k >= n) {
                return List.of();
            }
            if (text.charAt(k) == ')') {
                return arguments;
            }
            int start = k;
            String keyword = null;
            int name = k;
            while (name < n && Credentials.isWord(text.charAt(name))) {
                name++;
            }
            int equals = skipBlanks(text, name, n);
            if (name > k && !Character.isDigit(text.charAt(k)) && equals < n && text.charAt(equals) == '='
                    && (equals + 1 >= n || text.charAt(equals + 1) != '=')) {
                keyword = text.substring(k, name);
                k = skipBlanks(text, equals + 1, n);
            }
            int valueStart = k;
            int end = expressionEnd(text, k, n);
            if (end < 0 || end < n && (text.charAt(end) == ']' || text.charAt(end) == '}')) {
                // A quote left open, or a bracket closing what this call did not open: no call to read.
                return List.of();
            }
            String literal = literal(text, valueStart, trimEnd(text, valueStart, end));
            List<String> elements = List.of();
            char first = valueStart < n ? text.charAt(valueStart) : ' ';
            if (literal == null && (first == '[' || first == '(')) {
                elements = elements(text, valueStart, trimEnd(text, valueStart, end));
            }
            arguments.add(new Argument(keyword, literal, elements, start, end));
            k = end;
            if (k < n && text.charAt(k) == ',') {
                k++;
            }
        }
    }

    /** The literal elements of the list or tuple at {@code [open, close)}, each in its place (null where not a literal). */
    private static List<String> elements(String text, int open, int close) {
        if (close - open < 2 || text.charAt(close - 1) != (text.charAt(open) == '[' ? ']' : ')')) {
            return List.of();
        }
        List<String> elements = new ArrayList<>();
        int k = open + 1;
        int n = close - 1;
        while (true) {
            k = skipBlanks(text, k, n);
            if (k >= n) {
                return elements;
            }
            int end = expressionEnd(text, k, n);
            if (end < 0) {
                return elements;
            }
            elements.add(literal(text, k, trimEnd(text, k, end)));
            k = end + 1;
        }
    }

    /**
     * Where the expression starting at {@code k} ends: at the {@code ,} or {@code )} that closes it
     * outside quotes and brackets ({@code n} when the text ends first), or -1 when a quote is left open.
     */
    private static int expressionEnd(String text, int k, int n) {
        int depth = 0;
        while (k < n) {
            char c = text.charAt(k);
            if (c == '"' || c == '\'') {
                int close = closingQuote(text, k, n);
                if (close < 0) {
                    return -1;
                }
                k = close + 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return k;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return k;
            }
            k++;
        }
        return n;
    }

    /** The text of the quoted literal that is all of {@code [from, end)} (a prefix {@code r b u} taken), or null. */
    private static String literal(String text, int from, int end) {
        if (from >= end) {
            return null;
        }
        char c = text.charAt(from);
        if ((c == 'r' || c == 'b' || c == 'u' || c == 'R' || c == 'B' || c == 'U') && from + 1 < end) {
            from++;
            c = text.charAt(from);
        }
        if (c != '"' && c != '\'') {
            return null;
        }
        int close = closingQuote(text, from, end);
        return close == end - 1 && close > from ? text.substring(from + 1, close) : null;
    }

    /** The quote that closes the literal opening at {@code k}, on its line, or -1; an escaped quote does not. */
    private static int closingQuote(String text, int k, int n) {
        char quote = text.charAt(k);
        for (int end = k + 1; end < n; end++) {
            char c = text.charAt(end);
            if (c == '\\') {
                end++;
            } else if (c == quote) {
                return end;
            } else if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static int trimEnd(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Past spaces, tabs and line breaks: a call's arguments may stand a line each. */
    private static int skipBlanks(String text, int k, int n) {
        while (k < n && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }
}
