package dev.nbexport.core.notebook;

import java.io.IOException;
import java.io.InputStream;

/**
 * A place's column counted in UTF-16 code units, as SARIF counts columns by default, from the column
 * in bytes that the parser gives and strip's errors show. Lines end as the parser ends them: at CR,
 * LF or CRLF.
 */
public final class Utf16Columns {

    private Utf16Columns() {
    }

    /** The column of {@code where} in UTF-16 code units, from 1; -1 when it has no line and column. */
    public static long of(NotebookSource source, Location where) throws IOException {
        if (where.line() < 1 || where.column() < 1) {
            return -1;
        }
        long line = 1;
        // Bytes of the line before the column still to count, once the line is reached; else -1.
        long remaining = where.line() == 1 ? where.column() - 1 : -1;
        long units = 0;
        boolean lineStarts = true;
        int previous = -1;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = source.open()) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    int b = buffer[i] & 0xff;
                    boolean crlf = b == '\n' && previous == '\r';
                    previous = b;
                    if (remaining == 0) {
                        return units + 1;
                    } else if (remaining > 0) {
                        if (crlf && lineStarts) {
                            continue; // the end of the line before
                        }
                        if (b == '\n' || b == '\r') {
                            return units + remaining + 1; // past the end of the line: a byte counts one
                        }
                        units += unitsStartedBy(b);
                        remaining--;
                        lineStarts = false;
                    } else if ((b == '\n' || b == '\r') && !crlf && ++line == where.line()) {
                        remaining = where.column() - 1;
                    }
                }
            }
        }
        return remaining < 0 ? -1 : units + remaining + 1;
    }

    /** The UTF-16 code units of the character a UTF-8 byte starts: none for a continuation byte, two past U+FFFF. */
    private static int unitsStartedBy(int b) {
        if ((b & 0xc0) == 0x80) {
            return 0;
        }
        return (b & 0xf8) == 0xf0 ? 2 : 1;
    }
}
