package dev.nbexport.core.report;

import dev.nbexport.core.io.ControlCharacters;
import java.util.Locale;

/**
 * Text from outside (file names, cell ids) made safe to print on one line of a terminal: control
 * characters are written as escapes ({@code \n}, {@code \t}, {@code \x1b}), so that a name can
 * neither break a message into two lines nor send commands to the terminal; so are the invisible
 * format characters (bidirectional overrides, zero-width ones) that make a name read as another,
 * and the line and paragraph separators ({@link ControlCharacters}).
 */
public final class Printable {

    private Printable() {
    }

    public static String escape(String text) {
        int first = 0;
        while (first < text.length() && !ControlCharacters.is(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ControlCharacters.is(c) && c <= 0xff) {
                        out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else if (ControlCharacters.is(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
