package dev.nbexport.core.verify;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether a cell's text is laid out as Jupyter writes it: a list of strings, one line of text
 * each, one a line of the file between the lines of its brackets. Only then is the text's n-th
 * line on the file's n-th line after the opening bracket; a single string, or a list laid out
 * otherwise, holds lines of text that are no lines of the file.
 */
final class SourceLayout {

    private SourceLayout() {
    }

    /** {@code value}, read from line {@code startLine} to line {@code endLine} (null: unknown) of the file. */
    static boolean oneLineOfTextALine(JsonNode value, long startLine, Long endLine) {
        if (!value.isArray() || value.isEmpty() || endLine == null || endLine - startLine != value.size() + 1) {
            return false;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() || !oneLine(item.textValue(), i == value.size() - 1)) {
                return false;
            }
        }
        return true;
    }

    /** A line of text: a break only at its end (CR LF, LF or a lone CR, as the text rules count lines), where all but the last line has one. */
    private static boolean oneLine(String text, boolean last) {
        int end = text.endsWith("\r\n") ? text.length() - 2 : text.endsWith("\n") || text.endsWith("\r") ? text.length() - 1 : text.length();
        if (end == text.length() && !last) {
            return false;
        }
        // Two searches of the string's own, where a loop of charAt is a call a character under the quick JIT tier.
        int lineFeed = text.indexOf('\n');
        int carriageReturn = text.indexOf('\r');
        return (lineFeed < 0 || lineFeed >= end) && (carriageReturn < 0 || carriageReturn >= end);
    }
}
