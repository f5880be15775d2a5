package dev.nbexport.core.notebook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An nbformat 4 cell's {@code source} whose bytes in the file are already exactly what the writer
 * would write for it ({@link CanonicalLines}): written back by copying them, and decoded only if a
 * rule reads the text. Most of what a strip keeps is source, and most notebooks were written by
 * Jupyter; this spares decoding, joining, splitting and encoding it again.
 */
public final class VerbatimSource {

    /** Cells sit at depth 2 of a notebook, their members at 3, the lines of their source at 4. */
    static final int LINE_DEPTH = 4;

    private final byte[] file;
    private final int start;
    private final int end;
    private String text;

    VerbatimSource(byte[] file, int start, int end) {
        this.file = file;
        this.start = start;
        this.end = end;
    }

    /**
     * The text of a cell's {@code source} value: the value itself when it is a string, the decoded
     * text of a verbatim source, the lines joined when it is a list of strings (nbformat 1 keeps
     * lists as read), else null.
     */
    public static String textOf(Object source) {
        if (source instanceof VerbatimSource verbatim) {
            return verbatim.text();
        } else if (source instanceof List<?> lines && lines.stream().allMatch(String.class::isInstance)) {
            return String.join("", lines.stream().map(String.class::cast).toList());
        }
        return source instanceof String text ? text : null;
    }

    /**
     * Whether the text may hold {@code needle} (letters, digits and other printable ASCII but quote
     * and backslash, letters in any case), from the file's bytes without decoding them. It never
     * misses one: Jupyter's layout escapes none of those characters, and every line but the last
     * ends in a line break, so no needle spans two. It may say yes where only the hex digits of an
     * escape look like part of the needle.
     */
    public boolean mayContainIgnoringCase(String needle) {
        int last = end - needle.length();
        for (int i = start; i <= last; i++) {
            int j = 0;
            while (j < needle.length() && lower(file[i + j]) == lower((byte) needle.charAt(j))) {
                j++;
            }
            if (j == needle.length()) {
                return true;
            }
        }
        return false;
    }

    private static int lower(byte b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }

    /** The text, as Jupyter holds it in memory: the lines joined. */
    public String text() {
        if (text == null) {
            StringBuilder joined = new StringBuilder();
            try (JsonParser parser = JsonParsing.FACTORY.createParser(file, start, end - start)) {
                parser.nextToken();
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    joined.append(parser.getText());
                }
            } catch (IOException e) {
                // Bytes already checked to be a well-formed list of strings: this cannot happen.
                throw new UncheckedIOException(e);
            }
            text = joined.toString();
        }
        return text;
    }

    /** The file's bytes of the list, from its {@code [} to its {@code ]}. */
    byte[] bytes() {
        return file;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }
}
