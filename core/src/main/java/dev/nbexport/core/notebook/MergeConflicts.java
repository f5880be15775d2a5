package dev.nbexport.core.notebook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Tells git's conflict markers from other invalid JSON, so that the error says what to do. */
public final class MergeConflicts {

    /** What a notebook with conflict markers is told. */
    public static final String ADVICE = "a merge conflict's markers; resolve the conflict first";

    /** How Jackson starts the message of a character where no value may start, the character next. */
    private static final String UNEXPECTED = "Unexpected character ('";

    /** Git's first marker, which opens a conflict. */
    private static final byte[] OPENING = "<<<<<<<".getBytes(StandardCharsets.US_ASCII);

    private MergeConflicts() {
    }

    /**
     * Whether Jackson's error {@code message} is about a line that starts with {@code <}, {@code =}
     * or {@code >} (column 1): JSON has none there, git's markers do. On the first line, only git's
     * opening marker counts (a notebook both sides added): a web page saved under a notebook's name
     * (GitHub's page of it, say) starts with a {@code <} too. Without {@code source}, the character
     * alone decides.
     */
    public static boolean isMarker(String message, long line, long column, NotebookSource source) {
        if (column != 1 || message == null || !message.startsWith(UNEXPECTED) || message.length() <= UNEXPECTED.length()
                || "<=>".indexOf(message.charAt(UNEXPECTED.length())) < 0) {
            return false;
        }
        return line != 1 || source == null || opensWithMarker(source);
    }

    private static boolean opensWithMarker(NotebookSource source) {
        try (InputStream in = source.open(0, OPENING.length)) {
            return Arrays.equals(in.readNBytes(OPENING.length), OPENING);
        } catch (IOException e) {
            return false;
        }
    }
}
