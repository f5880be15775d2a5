package dev.nbexport.core.notebook;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/** The bytes of one line of a source, read in order; lines end as the parser ends them: at CR, LF or CRLF. */
final class LineBytes implements Closeable {

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int filled;
    private int next;
    private boolean ended;

    private LineBytes(InputStream in) {
        this.in = in;
    }

    /** The line {@code number} (from 1) of {@code source}, or null when the source has fewer lines. */
    static LineBytes of(NotebookSource source, long number) throws IOException {
        LineBytes line = new LineBytes(source.open());
        boolean found = false;
        try {
            found = line.skipLines(number - 1);
            return found ? line : null;
        } finally {
            if (!found) {
                line.close();
            }
        }
    }

    /** The next byte of the line (0-255), or -1 at its end. */
    int next() throws IOException {
        if (ended) {
            return -1;
        }
        int b = read();
        if (b == '\n' || b == '\r' || b < 0) {
            ended = true;
            return -1;
        }
        return b;
    }

    private boolean skipLines(long count) throws IOException {
        for (long skipped = 0; skipped < count; ) {
            int b = read();
            if (b < 0) {
                return false;
            }
            if (b == '\n' || b == '\r') {
                skipped++;
                if (b == '\r' && peek() == '\n') {
                    read();
                }
            }
        }
        return true;
    }

    private int read() throws IOException {
        int b = peek();
        if (b >= 0) {
            next++;
        }
        return b;
    }

    private int peek() throws IOException {
        while (next == filled) {
            int read = in.read(buffer);
            if (read < 0) {
                return -1;
            }
            filled = read;
            next = 0;
        }
        return buffer[next] & 0xff;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
