package dev.nbexport.core.verify;

/**
 * What may stand between two records of one run written as statements or calls one after the
 * other: white space, one comma at most, a comment to the end of a line ({@code # checked},
 * {@code -- ticket 4411}, {@code // x}), and the marks a line opens with before the record it holds,
 * a comment's ({@code # Customer(...)}, {@code ## }, {@code // }, {@code -- }) or a quote's or a
 * list's in text ({@code > }, {@code - }, {@code * }): records printed into comments or a markdown list.
 */
final class RecordGap {

    private RecordGap() {
    }

    /** Whether only such a gap stands between a record ending at {@code end} and one starting at {@code start}. */
    static boolean between(char[] text, int end, int start) {
        boolean comma = false;
        boolean lineStart = false;
        for (int k = end; k < start; k++) {
            char c = text[k];
            if (c == '\n') {
                lineStart = true;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                continue;
            } else if (c == ',' && !comma) {
                comma = true;
                lineStart = false;
            } else if (isComment(text, k, start)) {
                int lineEnd = Scalars.lineEnd(text, k, start);
                if (lineEnd == start) {
                    return lineStart && marksOnly(text, k, start); // the record is on the comment's line
                }
                k = lineEnd - 1;
            } else {
                return lineStart && "-*>".indexOf(c) >= 0 && marksOnly(text, k, start);
            }
        }
        return true;
    }

    /** Whether a comment to the end of the line starts at {@code at}: {@code #}, {@code //} or {@code --}. */
    private static boolean isComment(char[] text, int at, int to) {
        return text[at] == '#' || at + 1 < to && (text[at] == '/' || text[at] == '-') && text[at + 1] == text[at];
    }

    /** Whether {@code [from, to)} holds only marks and spaces, on one line. */
    private static boolean marksOnly(char[] text, int from, int to) {
        for (int k = from; k < to; k++) {
            if ("#/-*> \t".indexOf(text[k]) < 0) {
                return false;
            }
        }
        return true;
    }
}
