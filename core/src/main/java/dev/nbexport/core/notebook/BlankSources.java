package dev.nbexport.core.notebook;

import java.io.IOException;
import java.io.InputStream;

/**
 * Files that hold nothing: no bytes, or only JSON's white space (spaces, tabs, line breaks), as
 * {@code touch}, {@code echo > new.ipynb} or an editor's new file leaves them. Neither is a notebook
 * Jupyter can open, and neither holds anything to strip or find: both are left as they are, so
 * that a git filter does not stop every git command over such a file.
 */
public final class BlankSources {

    private BlankSources() {
    }

    /** Whether {@code source} is empty or white space alone; reads past the first byte only when that is white space. */
    public static boolean holdsNothing(NotebookSource source) throws IOException {
        if (source.length() == 0) {
            return true;
        }
        try (InputStream in = source.open()) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                for (int i = 0; i < read; i++) {
                    if (!isWhiteSpace(buffer[i])) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Whether {@code b} is white space as JSON has it: a space, tab, line feed or carriage return. */
    public static boolean isWhiteSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
