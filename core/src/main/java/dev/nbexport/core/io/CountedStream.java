package dev.nbexport.core.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A filter whose every byte passes through {@link #read(byte[], int, int)}: skipping reads (so
 * skipped bytes are counted and checked too) and there is no mark to rewind past a check.
 */
public abstract class CountedStream extends FilterInputStream {

    protected CountedStream(InputStream in) {
        super(in);
    }

    @Override
    public final long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 1))];
        int read = read(buffer, 0, (int) Math.min(n, buffer.length));
        return Math.max(read, 0);
    }

    @Override
    public final boolean markSupported() {
        return false;
    }
}
