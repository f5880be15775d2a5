package dev.nbexport.core.notebook;

/** Tells git's conflict markers from other invalid JSON, so that the error says what to do. */
public final class MergeConflicts {

    /** What a notebook with conflict markers is told. */
    public static final String ADVICE = "a merge conflict's markers; resolve the conflict first";

    /** How Jackson starts the message of a character where no value may start, the character next. */
    private static final String UNEXPECTED = "Unexpected character ('";

    private MergeConflicts() {
    }

    /**
     * Whether Jackson's error {@code message} is about a line that starts with {@code <}, {@code =}
     * or {@code >} (column 1): JSON has none there, git's markers do.
     */
    public static boolean isMarker(String message, long column) {
        return column == 1 && message != null && message.startsWith(UNEXPECTED) && message.length() > UNEXPECTED.length()
                && "<=>".indexOf(message.charAt(UNEXPECTED.length())) >= 0;
    }
}
