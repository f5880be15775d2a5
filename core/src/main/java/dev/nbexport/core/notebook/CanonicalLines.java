package dev.nbexport.core.notebook;

/**
 * Recognises, in a file's bytes, a JSON list of lines exactly as Jupyter writes one in nbformat 4
 * (Python's {@code json.dumps(..., indent=1, ensure_ascii=False)} of {@code text.splitlines(True)}):
 * one line per item at the given depth, Python's escapes and no others, UTF-8 in its shortest form,
 * and a split Jupyter would make again: every item but the last ends in a line break and holds no
 * other, none is empty, and no {@code \r} ending one item is followed by a {@code \n} starting the
 * next. Bytes that pass are what the writer would write for the text they hold, so they can be
 * copied instead of decoded and written again.
 */
final class CanonicalLines {

    /** Where an item stands in its text: no line break yet, after a lone {@code \r}, after its line break. */
    private static final int OPEN = 0;
    private static final int AFTER_CR = 1;
    private static final int ENDED = 2;

    private CanonicalLines() {
    }

    /**
     * A list in Jupyter's layout: it ends just before {@code end}; its items, one a line, and its
     * closing bracket each follow one of its {@code lineBreaks}.
     */
    record Span(int end, int lineBreaks) {
    }

    /**
     * The list that starts with the {@code [} at {@code open}, whose items sit at {@code depth} (one
     * space a level); null when the bytes there are not Jupyter's layout.
     */
    static Span span(byte[] bytes, int open, int depth) {
        if (open < 0) {
            return null;
        }
        Scan scan = new Scan(bytes);
        scan.at = open;
        if (!scan.take('[')) {
            return null;
        }
        if (scan.take(']')) {
            return new Span(scan.at, 0);
        }
        int previous = ENDED;
        int lineBreaks = 0;
        while (true) {
            if (!scan.newline(depth) || !scan.take('"')) {
                return null;
            }
            lineBreaks++;
            int state = scan.item(previous == AFTER_CR);
            if (state < 0) {
                return null;
            }
            if (scan.take(',')) {
                if (state == OPEN) {
                    return null;
                }
                previous = state;
                continue;
            }
            return scan.newline(depth - 1) && scan.take(']') ? new Span(scan.at, lineBreaks + 1) : null;
        }
    }

    /** A cursor over the bytes; every read is bounds-checked, so truncated input simply fails. */
    private static final class Scan {
        private final byte[] bytes;
        private int at;

        Scan(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean take(char expected) {
            if (at < bytes.length && bytes[at] == expected) {
                at++;
                return true;
            }
            return false;
        }

        boolean newline(int depth) {
            if (!take('\n') || PlainBytes.endOfSpaces(bytes, at) - at < depth) {
                return false;
            }
            at += depth;
            return true;
        }

        /**
         * Reads one string item up to and including its closing quote; returns its final state, or
         * -1 when it is empty, not in Python's form, or not a line of a fresh split.
         */
        int item(boolean afterLoneCr) {
            int state = OPEN;
            boolean empty = true;
            while (at < bytes.length) {
                // Printable ASCII and other characters that break no line, nearly every byte of
                // source code: text, allowed before a line break only.
                int plain = PlainBytes.endOfLineText(bytes, at) - at;
                if (plain > 0) {
                    if (state != OPEN) {
                        return -1;
                    }
                    empty = false;
                    at += plain;
                    if (at == bytes.length) {
                        return -1;
                    }
                }
                int b = bytes[at++] & 0xff;
                int kind;
                if (b == '"') {
                    return empty ? -1 : state;
                } else if (b == '\\') {
                    kind = escape();
                } else if (b < 0x20) {
                    return -1;
                } else {
                    kind = utf8();
                }
                if (kind < 0 || empty && afterLoneCr && kind == LF) {
                    return -1;
                }
                empty = false;
                state = next(state, kind);
                if (state < 0) {
                    return -1;
                }
            }
            return -1;
        }

        private static final int TEXT = 0;
        private static final int LF = 1;
        private static final int CR = 2;
        private static final int OTHER_BREAK = 3;

        private static int next(int state, int kind) {
            return switch (kind) {
                case TEXT -> state == OPEN ? OPEN : -1;
                case LF -> state == OPEN || state == AFTER_CR ? ENDED : -1;
                case CR -> state == OPEN ? AFTER_CR : -1;
                default -> state == OPEN ? ENDED : -1;
            };
        }

        /** After a backslash: the kind of character a Python escape stands for; -1 for any other escape. */
        private int escape() {
            if (at >= bytes.length) {
                return -1;
            }
            switch (bytes[at++]) {
                case '"', '\\', 't', 'b':
                    return TEXT;
                case 'n':
                    return LF;
                case 'r':
                    return CR;
                case 'f':
                    return OTHER_BREAK;
                case 'u':
                    break;
                default:
                    return -1;
            }
            // Python writes \\u00xx, lower-case, for the control characters without a short escape.
            if (at + 4 > bytes.length || bytes[at] != '0' || bytes[at + 1] != '0') {
                return -1;
            }
            int high = bytes[at + 2];
            int low = hex(bytes[at + 3]);
            at += 4;
            if (high != '0' && high != '1' || low < 0) {
                return -1;
            }
            int c = (high - '0') << 4 | low;
            return switch (c) {
                case '\b', '\t', '\n', '\f', '\r' -> -1;
                case 0x0b, 0x1c, 0x1d, 0x1e -> OTHER_BREAK;
                default -> TEXT;
            };
        }

        private static int hex(byte b) {
            if (b >= '0' && b <= '9') {
                return b - '0';
            }
            return b >= 'a' && b <= 'f' ? b - 'a' + 10 : -1;
        }

        /** A multi-byte UTF-8 sequence whose lead byte was just read: its kind, or -1 unless strict UTF-8. */
        private int utf8() {
            int cp = Utf8.scalarAt(bytes, at - 1);
            if (cp < 0) {
                return -1;
            }
            at += Utf8.length(bytes[at - 1] & 0xff) - 1;
            return cp == 0x85 || cp == 0x2028 || cp == 0x2029 ? OTHER_BREAK : TEXT;
        }
    }
}
