package dev.nbexport.core.io;

import java.util.regex.Pattern;

/** Words for a POSIX shell command line, such as those written into git's configuration or shown in hints. */
public final class ShellWords {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private ShellWords() {
    }

    /** {@code value} as the shell reads it back: as it is when that is safe, else in single quotes. */
    public static String quoted(String value) {
        return SAFE.matcher(value).matches() ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
