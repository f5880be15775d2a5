package dev.nbexport.core.verify;

/**
 * A line that is one string literal and nothing else, a row of a table kept in code one line a row:
 * {@code "1001,Ann Lee,1984-02-14",}, {@code '1001;Ann Lee'}, {@code b"1001\tAnn Lee\n" +}. Its
 * delimiters are all inside the quotes, where the reading of a line as code counts none, so
 * {@link Tables} measures the literal's content instead.
 *
 * <p>The literal may have a Python prefix ({@code r b f u}, two at most), a C or C++ one ({@code L u8 u U})
 * or a C# one ({@code @}, {@code $} or both: an interpolated string holding no placeholder), and single
 * or double quotes, or backticks (a JavaScript template literal, a Go raw string); after it only white space and
 * {@code , + ) ; ] }} may follow, then perhaps a comment ({@code # checked}, {@code // x}) or a
 * backslash that continues the line, as a shell command or a C macro does. Its
 * content is read with {@code \t} as a tab, escaped quotes and backslashes as themselves, and a
 * closing {@code \n} (or {@code \r\n}) dropped; other escapes are kept as written. A line holding
 * code, a second literal, or a template's placeholder ({@code ${id}}, C#'s {@code {id}}) is no such line.
 *
 * <p>One instance reads the lines of a text one after the other, into one buffer.
 */
final class LiteralLine {

    /** The prefixes that Python's do not cover: C's wide and UTF-8 strings, C#'s verbatim and interpolated ones. */
    private static final String[] OTHER_PREFIXES = {"u8", "L", "@$", "$@", "@", "$"};

    private char[] content = new char[128];
    private int length;

    /** Reads the line whose text is {@code [from, to)}; whether it is one literal, whose content is then {@link #content()}. */
    boolean read(char[] text, int from, int to) {
        int open = opening(text, from, to);
        if (open < 0) {
            return false;
        }
        boolean interpolated = open > from && (text[open - 1] == '$' || text[open - 1] == '@' && open - 1 > from && text[open - 2] == '$');
        int close = closing(text, open, to, interpolated);
        if (close < 0 || !onlyPunctuation(text, close + 1, to)) {
            return false;
        }
        decode(text, open + 1, close);
        return true;
    }

    /** The literal's content as read by the last {@link #read} that found one, up to {@link #length()}. */
    char[] content() {
        return content;
    }

    int length() {
        return length;
    }

    /** Where the opening quote is, after indentation and a prefix, or -1. */
    private static int opening(char[] text, int from, int to) {
        int k = from;
        while (k < to && (text[k] == ' ' || text[k] == '\t')) {
            k++;
        }
        int prefix = k;
        k += otherPrefix(text, k, to);
        while (k < to && k - prefix < 2 && "rRbBfFuU".indexOf(text[k]) >= 0) {
            k++;
        }
        return k < to && (text[k] == '"' || text[k] == '\'' || text[k] == '`' && k == prefix) ? k : -1;
    }

    /** The length of the C or C# prefix at {@code at} that a double quote follows, or 0. */
    private static int otherPrefix(char[] text, int at, int to) {
        for (String prefix : OTHER_PREFIXES) {
            int quote = at + prefix.length();
            if (quote < to && text[quote] == '"' && new String(text, at, prefix.length()).equals(prefix)) {
                return prefix.length();
            }
        }
        return 0;
    }

    /**
     * Where the quote that closes the literal opened at {@code open} is, or -1 when it does not close on
     * the line or holds a placeholder: a template's dollar and brace, or a single brace of an {@code interpolated} string.
     */
    private static int closing(char[] text, int open, int to, boolean interpolated) {
        char quote = text[open];
        for (int k = open + 1; k < to; k++) {
            if (text[k] == '\\') {
                k++;
            } else if (text[k] == quote) {
                return k;
            } else if (quote == '`' && text[k] == '$' && k + 1 < to && text[k + 1] == '{') {
                return -1;
            } else if (interpolated && text[k] == '{') {
                if (k + 1 >= to || text[k + 1] != '{') {
                    return -1;
                }
                k++;
            }
        }
        return -1;
    }

    /** Whether {@code [from, to)} holds only the punctuation that may close a literal's line, then perhaps a comment. */
    private static boolean onlyPunctuation(char[] text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Scalars.isLineComment(text, k, to)) {
                return k == from || text[k - 1] == ' ' || text[k - 1] == '\t';
            }
            if (" \t\r,+);]}".indexOf(text[k]) < 0 && !(text[k] == '\\' && onlySpace(text, k + 1, to))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code [from, to)} is white space alone. */
    private static boolean onlySpace(char[] text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text[k] != ' ' && text[k] != '\t' && text[k] != '\r') {
                return false;
            }
        }
        return true;
    }

    private void decode(char[] text, int from, int to) {
        if (content.length < to - from) {
            content = new char[Math.max(to - from, 2 * content.length)];
        }
        int n = 0;
        for (int k = from; k < to; k++) {
            char c = text[k];
            char next = k + 1 < to ? text[k + 1] : 0;
            if (c == '\\' && (next == '"' || next == '\'' || next == '`' || next == '\\' || next == 't')) {
                content[n++] = next == 't' ? '\t' : next;
                k++;
            } else if (c == '\\' && lineEnd(text, k, to)) {
                break;
            } else {
                content[n++] = c;
            }
        }
        length = n;
    }

    /** Whether {@code \n} or {@code \r\n} written as escapes at {@code k} closes the literal. */
    private static boolean lineEnd(char[] text, int k, int to) {
        if (k + 2 == to && text[k + 1] == 'n') {
            return true;
        }
        return k + 4 == to && text[k + 1] == 'r' && text[k + 2] == '\\' && text[k + 3] == 'n';
    }
}
