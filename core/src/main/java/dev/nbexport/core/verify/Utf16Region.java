package dev.nbexport.core.verify;

/**
 * Where a finding's value lies in its file's text as SARIF counts it: columns in UTF-16 code units
 * from 1 (a character beyond U+FFFF, an emoji, counts two; a tab one; a byte order mark none), lines
 * ended by LF, CR LF or a lone CR, as the findings' lines are counted.
 *
 * @param startColumn the column of its first character, or -1 when not known
 * @param endLine     the line of its last character, or -1 when its end is not known
 * @param endColumn   the column after its last character, or -1 when its end is not known
 */
public record Utf16Region(long startColumn, long endLine, long endColumn) {

    /** Nothing known beyond the finding's line. */
    public static final Utf16Region NONE = new Utf16Region(-1, -1, -1);

    /** A place known by its column alone (-1: none), such as where a notebook stops being readable. */
    public static Utf16Region startingAt(long column) {
        return column > 0 ? new Utf16Region(column, -1, -1) : NONE;
    }

    /**
     * The region of {@code text}'s characters {@code [start, end)}, the first of them on line
     * {@code line}: from its first character to its last that is no line break.
     */
    static Utf16Region of(String text, int line, int start, int end) {
        long startColumn = start - lineStart(text, start) + 1;
        int last = end - 1;
        while (last > start && isBreak(text.charAt(last))) {
            last--;
        }
        if (last < start) {
            return startingAt(startColumn);
        }
        long endLine = line;
        for (int i = start; i < last; i++) {
            char c = text.charAt(i);
            endLine += c == '\n' || c == '\r' && text.charAt(i + 1) != '\n' ? 1 : 0;
        }
        return new Utf16Region(startColumn, endLine, last - lineStart(text, last) + 2);
    }

    /** Where the line holding {@code at} starts; past a byte order mark, which editors and viewers do not show as a column. */
    private static int lineStart(String text, int at) {
        int i = at;
        while (i > 0 && !isBreak(text.charAt(i - 1))) {
            i--;
        }
        return i == 0 && at > 0 && text.charAt(0) == '\ufeff' ? 1 : i;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
