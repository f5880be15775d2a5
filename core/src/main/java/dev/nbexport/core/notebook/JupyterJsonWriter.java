package dev.nbexport.core.notebook;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a JSON tree exactly as Python's {@code json.dumps(obj, indent=1, sort_keys=True,
 * separators=(",", ": "), ensure_ascii=...)} does (indent and key order can be chosen), encoded as UTF-8. The tree holds
 * {@code Map<String, Object>}, {@code List<Object>}, {@code String}, {@code Long},
 * {@code BigInteger}, {@code Double}, {@code Boolean} and {@code null}.
 */
final class JupyterJsonWriter {

    /** Characters escaped per bulk copy: the worst case (six bytes each) stays a small reservation. */
    private static final int SEGMENT = 4096;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** Keys that every cell repeats, as a member starts with them ({@code "key": }), worked out once. */
    private static final Map<String, byte[]> KNOWN_KEYS = knownKeys();
    /**
     * The largest buffer made up front; beyond it the buffer grows as it fills. Small enough for a
     * 64 MB heap: the guess counts bytes that may yet be dropped (a notebook's widget state, say).
     */
    private static final long MAX_FIRST_BUFFER = 4L << 20;

    private final boolean ensureAscii;
    private final int indent;
    private final boolean sortKeys;
    private byte[] buffer;
    private int size;
    /** Grown to the longest string's segment: a small notebook is written without zeroing 8 KB. */
    private char[] chars = new char[64];

    JupyterJsonWriter(boolean ensureAscii) {
        this(ensureAscii, 1, true);
    }

    /** Python's {@code json.dumps} with {@code indent} spaces a level and keys sorted or in map order. */
    JupyterJsonWriter(boolean ensureAscii, int indent, boolean sortKeys) {
        this(ensureAscii, indent, sortKeys, 8192);
    }

    /** A writer whose buffer starts at {@code expectedBytes}: a good guess saves growing it by copies. */
    JupyterJsonWriter(boolean ensureAscii, int indent, boolean sortKeys, long expectedBytes) {
        this.ensureAscii = ensureAscii;
        this.indent = indent;
        this.sortKeys = sortKeys;
        this.buffer = new byte[(int) Math.max(64, Math.min(expectedBytes, MAX_FIRST_BUFFER))];
    }

    byte[] write(Object root) {
        value(root, 0);
        return Arrays.copyOf(buffer, size);
    }

    /** {@link #write}, followed by a newline, in one copy. */
    byte[] writeLine(Object root) {
        value(root, 0);
        put('\n');
        return Arrays.copyOf(buffer, size);
    }

    @SuppressWarnings("unchecked")
    private void value(Object value, int depth) {
        if (value == null) {
            ascii("null");
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof VerbatimSource verbatim) {
            verbatim(verbatim, depth);
        } else if (value instanceof Map<?, ?> map) {
            object((Map<String, Object>) map, depth);
        } else if (value instanceof List<?> list) {
            array(list, depth);
        } else if (value instanceof Boolean b) {
            ascii(b ? "true" : "false");
        } else if (value instanceof Double d) {
            ascii(PythonFloat.repr(d));
        } else if (value instanceof Long || value instanceof BigInteger || value instanceof Integer) {
            ascii(value.toString());
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private void object(Map<String, Object> map, int depth) {
        if (map.isEmpty()) {
            ascii("{}");
            return;
        }
        put('{');
        if (!sortKeys || inOrder(map)) {
            // A map read from a file Jupyter wrote already iterates in sorted order.
            boolean first = true;
            for (Map.Entry<String, Object> entry : map.entrySet()) {
                member(entry.getKey(), entry.getValue(), depth, first);
                first = false;
            }
        } else {
            List<String> keys = new ArrayList<>(map.keySet());
            keys.sort(PythonOrder.KEYS);
            boolean first = true;
            for (String key : keys) {
                member(key, map.get(key), depth, first);
                first = false;
            }
        }
        newline(depth);
        put('}');
    }

    private static boolean inOrder(Map<String, Object> map) {
        String previous = null;
        for (String key : map.keySet()) {
            if (previous != null && PythonOrder.KEYS.compare(previous, key) > 0) {
                return false;
            }
            previous = key;
        }
        return true;
    }

    private void member(String key, Object value, int depth, boolean first) {
        if (!first) {
            put(',');
        }
        newline(depth + 1);
        byte[] known = KNOWN_KEYS.get(key);
        if (known != null) {
            ensure(known.length);
            System.arraycopy(known, 0, buffer, size, known.length);
            size += known.length;
        } else {
            string(key);
            put(':');
            put(' ');
        }
        value(value, depth + 1);
    }

    private static Map<String, byte[]> knownKeys() {
        Set<String> keys = new HashSet<>(FormatKeys.TOP_LEVEL);
        keys.addAll(FormatKeys.CELL);
        keys.addAll(List.of("tags", "scrolled", "jupyter", "source_hidden", "outputs_hidden", "name", "output_type", "data", "text"));
        Map<String, byte[]> known = new HashMap<>();
        for (String key : keys) {
            known.put(key, ("\"" + key + "\": ").getBytes(StandardCharsets.US_ASCII));
        }
        return known;
    }

    private void array(List<?> list, int depth) {
        if (list.isEmpty()) {
            ascii("[]");
            return;
        }
        put('[');
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                put(',');
            }
            first = false;
            newline(depth + 1);
            value(item, depth + 1);
        }
        newline(depth);
        put(']');
    }

    /**
     * A source list copied from the file where it was checked to be in this writer's layout (nbformat
     * 4's: one space a level, non-ASCII kept, items one level below the member); elsewhere, its lines
     * written out.
     */
    private void verbatim(VerbatimSource verbatim, int depth) {
        if (ensureAscii || indent != 1 || depth + 1 != VerbatimSource.LINE_DEPTH) {
            array(LineLayout.V4.split(verbatim.text()), depth);
            return;
        }
        int length = verbatim.end() - verbatim.start();
        ensure(length);
        System.arraycopy(verbatim.bytes(), verbatim.start(), buffer, size, length);
        size += length;
    }

    private void newline(int depth) {
        int spaces = depth * indent;
        ensure(spaces + 1);
        buffer[size++] = '\n';
        for (int i = 0; i < spaces; i++) {
            buffer[size++] = ' ';
        }
    }

    private void string(String s) {
        put('"');
        int length = s.length();
        int start = 0;
        while (start < length) {
            // A bulk copy, then a loop over an array: much cheaper per character than charAt. One
            // character more than the segment is copied, so that a surrogate pair is seen whole.
            int count = Math.min(SEGMENT, length - start);
            int available = Math.min(count + 1, length - start);
            if (available > chars.length) {
                chars = new char[Math.min(SEGMENT + 1, Math.max(available, 2 * chars.length))];
            }
            s.getChars(start, start + available, chars, 0);
            start += segment(count, available);
        }
        put('"');
    }

    /**
     * Writes the first {@code count} characters of {@code chars} (one more when they end inside a
     * surrogate pair) and returns how many it wrote.
     */
    private int segment(int count, int available) {
        ensure(count * 6 + 4);
        char[] chars = this.chars;
        byte[] buffer = this.buffer;
        int size = this.size;
        int i = 0;
        for (; i < count; i++) {
            char c = chars[i];
            if (c < 0x80) {
                // ensure_ascii escapes everything outside ' '..'~', DEL (0x7f) included.
                if (c >= 0x20 && c != '"' && c != '\\' && !(ensureAscii && c == 0x7f)) {
                    buffer[size++] = (byte) c;
                } else {
                    size = escapeAscii(c, size);
                }
            } else if (ensureAscii) {
                size = unicodeEscape(c, size);
            } else if (c < 0x800) {
                buffer[size++] = (byte) (0xc0 | (c >> 6));
                buffer[size++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < available && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                buffer[size++] = (byte) (0xf0 | (cp >> 18));
                buffer[size++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                buffer[size++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                buffer[size++] = (byte) (0x80 | (cp & 0x3f));
            } else if (Character.isSurrogate(c)) {
                // Python cannot encode a lone surrogate as UTF-8; neither does Jupyter write one.
                throw new LoneSurrogateException();
            } else {
                buffer[size++] = (byte) (0xe0 | (c >> 12));
                buffer[size++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                buffer[size++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        this.size = size;
        return i;
    }

    /** Writes the escape of an ASCII character at {@code at}; returns the new size. */
    private int escapeAscii(char c, int at) {
        byte[] buffer = this.buffer;
        buffer[at++] = '\\';
        switch (c) {
            case '"' -> buffer[at++] = '"';
            case '\\' -> buffer[at++] = '\\';
            case '\n' -> buffer[at++] = 'n';
            case '\r' -> buffer[at++] = 'r';
            case '\t' -> buffer[at++] = 't';
            case '\b' -> buffer[at++] = 'b';
            case '\f' -> buffer[at++] = 'f';
            default -> {
                return unicodeEscape(c, at - 1);
            }
        }
        return at;
    }

    /** Writes {@code \\uXXXX} at {@code at}; returns the new size. */
    private int unicodeEscape(char c, int at) {
        byte[] buffer = this.buffer;
        buffer[at++] = '\\';
        buffer[at++] = 'u';
        buffer[at++] = HEX[(c >> 12) & 0xf];
        buffer[at++] = HEX[(c >> 8) & 0xf];
        buffer[at++] = HEX[(c >> 4) & 0xf];
        buffer[at++] = HEX[c & 0xf];
        return at;
    }

    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[size++] = (byte) text.charAt(i);
        }
    }

    private void put(char c) {
        ensure(1);
        buffer[size++] = (byte) c;
    }

    private void ensure(int extra) {
        if (size + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
        }
    }

    /** A string held a lone surrogate; the caller knows where. */
    static final class LoneSurrogateException extends RuntimeException {
        LoneSurrogateException() {
            super("lone surrogate", null, false, false);
        }
    }
}
