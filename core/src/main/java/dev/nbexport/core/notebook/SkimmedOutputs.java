package dev.nbexport.core.notebook;

import java.util.List;

/**
 * Passes over a cell's list of outputs in a file's bytes, for the reader that drops them: finds the
 * list's closing bracket and counts its outputs and the images among them, faster than a JSON
 * parser that tokenises every string (plain runs of bytes go eight at a time). It accepts only
 * JSON that the parser accepts too, in a plain form (no {@code NaN}, numbers of at most
 * {@value #MAX_NUMBER} characters, keys within the parser's limit, at most {@value #MAX_DEPTH}
 * levels); anything else gives null, and the parser walks the list instead, with its own errors
 * and their places. It takes only strict UTF-8, so the bytes it passes over need no other check
 * (see {@link Utf8}).
 *
 * @param close the index of the list's closing bracket
 * @param outputs how many items the list holds
 * @param images how many of them carry an image (see {@link ImageOutputs})
 * @param lineBreaks line breaks passed over (CR, LF or CRLF each one), for the parser's line count
 * @param lineStart the index just past the last of them
 */
record SkimmedOutputs(int close, int outputs, int images, int lineBreaks, int lineStart) {

    /** Far deeper than any real output; keeps the parser's own depth limit out of reach. */
    static final int MAX_DEPTH = 64;
    static final int MAX_NUMBER = 100;

    /** The list of outputs whose {@code [} is at {@code open}, or null when it is not plain JSON in strict UTF-8. */
    static SkimmedOutputs skim(byte[] bytes, int open) {
        if (open < 0 || open >= bytes.length || bytes[open] != '[') {
            return null;
        }
        return new Scan(bytes, open + 1).outputs();
    }

    /** A cursor over the bytes; {@code fail} is set at the first thing that is not plain JSON, and every method then unwinds. */
    private static final class Scan {
        /** How an object's keys are looked at: not at all, as an output's, or as the keys of its {@code data}. */
        private static final int PLAIN = 0;
        private static final int OUTPUT = 1;
        private static final int DATA = 2;

        private final byte[] bytes;
        private int at;
        private boolean fail;
        private int lineBreaks;
        private int lineStart = -1;

        Scan(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        SkimmedOutputs outputs() {
            int outputs = 0;
            int images = 0;
            space();
            if (!take(']')) {
                do {
                    space();
                    outputs++;
                    if (peek() == '{') {
                        images += object(2, OUTPUT) ? 1 : 0;
                    } else {
                        value(2);
                    }
                    space();
                } while (!fail && take(','));
                expect(']');
            }
            return fail ? null : new SkimmedOutputs(at - 1, outputs, images, lineBreaks, lineStart);
        }

        /** A value at {@code depth} (the list of outputs is 1). */
        private void value(int depth) {
            switch (peek()) {
                case '{' -> object(depth, PLAIN);
                case '[' -> array(depth);
                case '"' -> string();
                case 't' -> word("true");
                case 'f' -> word("false");
                case 'n' -> word("null");
                default -> number();
            }
        }

        /** An object; whether a key tells of an image, looked for as {@code role} says. */
        private boolean object(int depth, int role) {
            if (depth > MAX_DEPTH) {
                fail = true;
                return false;
            }
            at++;
            space();
            if (take('}')) {
                return false;
            }
            boolean image = false;
            do {
                space();
                int keyStart = at + 1;
                // Keys are compared as bytes, which is what they mean only without escapes.
                if (string() && role != PLAIN) {
                    fail = true;
                }
                int keyEnd = at - 1;
                // The parser measures every key, even in what it skips; a key's bytes are never fewer than its characters.
                if (keyEnd - keyStart > JsonParsing.MAX_KEY_LENGTH) {
                    fail = true;
                }
                space();
                expect(':');
                space();
                if (role == OUTPUT && is(keyStart, keyEnd, "data") && peek() == '{') {
                    image |= object(depth + 1, DATA);
                } else {
                    image |= role == OUTPUT && isAny(keyStart, keyEnd, ImageOutputs.NBFORMAT3_KEYS)
                            || role == DATA && startsWith(keyStart, keyEnd, ImageOutputs.MIME_PREFIX);
                    value(depth + 1);
                }
                space();
            } while (!fail && take(','));
            expect('}');
            return image;
        }

        private void array(int depth) {
            if (depth > MAX_DEPTH) {
                fail = true;
                return;
            }
            at++;
            space();
            if (take(']')) {
                return;
            }
            do {
                space();
                value(depth + 1);
                space();
            } while (!fail && take(','));
            expect(']');
        }

        /** A string from its opening quote past its closing one; whether it holds an escape. */
        private boolean string() {
            if (!take('"')) {
                fail = true;
                return false;
            }
            boolean escaped = false;
            while (!fail) {
                at = PlainBytes.endOfText(bytes, at);
                if (at >= bytes.length) {
                    fail = true;
                    break;
                }
                int b = bytes[at++] & 0xff;
                if (b == '"') {
                    return escaped;
                } else if (b == '\\') {
                    escaped = true;
                    escape();
                } else {
                    fail = true;
                }
            }
            return escaped;
        }

        /** After a backslash: one of JSON's escapes, {@code \\u} with four hex digits. */
        private void escape() {
            if (at >= bytes.length) {
                fail = true;
                return;
            }
            switch (bytes[at++]) {
                case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                }
                case 'u' -> {
                    for (int i = 0; i < 4; i++) {
                        if (at >= bytes.length || Character.digit(bytes[at++], 16) < 0) {
                            fail = true;
                        }
                    }
                }
                default -> fail = true;
            }
        }

        /** A number as JSON writes one: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
        private void number() {
            int start = at;
            take('-');
            if (!take('0') && digits() == 0) {
                fail = true;
            }
            if (take('.') && digits() == 0) {
                fail = true;
            }
            if (take('e') || take('E')) {
                if (!take('+')) {
                    take('-');
                }
                if (digits() == 0) {
                    fail = true;
                }
            }
            if (at - start > MAX_NUMBER) {
                fail = true;
            }
        }

        private int digits() {
            int start = at;
            while (at < bytes.length && bytes[at] >= '0' && bytes[at] <= '9') {
                at++;
            }
            return at - start;
        }

        private void word(String word) {
            if (at + word.length() > bytes.length || !is(at, at + word.length(), word)) {
                fail = true;
                return;
            }
            at += word.length();
        }

        /** Spaces, tabs and line breaks, counting the breaks as the parser does. */
        private void space() {
            while (at < bytes.length) {
                byte b = bytes[at];
                if (b == ' ' || b == '\t') {
                    at++;
                } else if (b == '\n' || b == '\r') {
                    at++;
                    if (b == '\r' && at < bytes.length && bytes[at] == '\n') {
                        at++;
                    }
                    lineBreaks++;
                    lineStart = at;
                    at = PlainBytes.endOfSpaces(bytes, at);
                } else {
                    return;
                }
            }
        }

        /** Whether bytes {@code [from, to)} are the ASCII {@code text}. */
        private boolean is(int from, int to, String text) {
            if (to - from != text.length()) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (bytes[from + i] != text.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private boolean isAny(int from, int to, List<String> texts) {
            for (String text : texts) {
                if (is(from, to, text)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether bytes {@code [from, to)} start with the ASCII {@code prefix}. */
        private boolean startsWith(int from, int to, String prefix) {
            return to - from >= prefix.length() && is(from, from + prefix.length(), prefix);
        }

        private int peek() {
            return at < bytes.length ? bytes[at] : -1;
        }

        private boolean take(char expected) {
            if (at < bytes.length && bytes[at] == expected) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char expected) {
            if (!take(expected)) {
                fail = true;
            }
        }
    }
}
