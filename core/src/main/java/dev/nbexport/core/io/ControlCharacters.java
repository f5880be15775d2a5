package dev.nbexport.core.io;

/**
 * The characters that text from outside must not carry into a report, a policy file or a manifest
 * as they are: C0, DEL and C1, which terminals act on rather than show; format characters
 * (bidirectional overrides, zero-width ones), which show nothing and make a name read as another;
 * and the line and paragraph separators, which YAML and some viewers take as line breaks.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean is(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || Character.getType(c) == Character.FORMAT;
    }

    /** Whether {@code text} holds none of them: it prints as one line, as it is. */
    public static boolean noneIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (is(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
