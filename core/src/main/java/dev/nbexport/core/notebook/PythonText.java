package dev.nbexport.core.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Python's string semantics where notebook files depend on them. */
public final class PythonText {

    private static final int SPLIT_CHUNK = 8192;

    private PythonText() {
    }

    /** {@code str.splitlines(keepends)}: breaks at \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, U+2028, U+2029. */
    public static List<String> splitLines(String text, boolean keepEnds) {
        List<String> lines = new ArrayList<>();
        // Scans a copy, a chunk at a time: much cheaper per character than charAt in the quick
        // JIT tier, without doubling the memory a long string takes.
        char[] chunk = new char[Math.min(text.length(), SPLIT_CHUNK) + 1];
        int length = text.length();
        int start = 0;
        int chunkStart = 0;
        int chunkEnd = 0;
        for (int i = 0; i < length; i++) {
            if (i >= chunkEnd) {
                chunkStart = i;
                // One character more, to see a \r\n pair across the chunk's edge.
                chunkEnd = Math.min(length, i + SPLIT_CHUNK);
                text.getChars(i, Math.min(length, chunkEnd + 1), chunk, 0);
            }
            char c = chunk[i - chunkStart];
            if (isLineBreak(c)) {
                int end = i + 1;
                if (c == '\r' && end < length && chunk[end - chunkStart] == '\n') {
                    end++;
                }
                lines.add(text.substring(start, keepEnds ? end : i));
                start = end;
                i = end - 1;
            }
        }
        if (start < length) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static boolean isLineBreak(char c) {
        // Ordered so that the common case, a printable character, takes few comparisons.
        if (c >= 0x20) {
            return c == '\u0085' || c == '\u2028' || c == '\u2029';
        }
        return (c >= '\n' && c <= '\r') || (c >= '\u001c' && c <= '\u001e');
    }

    /** Whether {@code str.strip()} would leave something: any character that is not Python white space. */
    public static boolean hasNonWhitespace(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isPythonWhitespace(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean isPythonWhitespace(int cp) {
        return switch (cp) {
            case 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029,
                    0x202f, 0x205f, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200a;
        };
    }

    /** Python's {@code bool(value)} for a JSON value. */
    public static boolean truthy(Object value) {
        if (value == null || value instanceof Boolean b && !b) {
            return false;
        }
        if (value instanceof Number n) {
            return n instanceof Double d ? d != 0.0 : !n.toString().equals("0");
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof List<?> list) {
            return !list.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return true;
    }

    /** Python's {@code len(s)}: code points, not UTF-16 units. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
