package dev.nbexport.core.bundle;

import dev.nbexport.core.io.CountedStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Watches the bytes of a tar stream for data where only zeros belong: the padding after an entry's
 * content, and everything after the last entry (the end-of-archive records, the rest of the last
 * block, and whatever follows). The tar reader reads records exactly, so the position here is the
 * position in the tar.
 *
 * <p>It also caps what lies outside entries' content: headers, extended (PAX) headers and long
 * names, which the tar reader keeps in memory, and what follows the end. More than
 * {@link #MAX_METADATA_BYTES} there is a bomb, stopped while it is read.
 */
final class TarTail extends CountedStream {

    /** Header bytes allowed before an entry's content (or after the last), long names and PAX headers included. */
    static final long MAX_METADATA_BYTES = 1L << 20;

    private final ExpansionBudget budget;
    private long position;
    private long lastNonZero = -1;
    private long zerosFrom = Long.MAX_VALUE;
    private long zerosTo = Long.MAX_VALUE;
    private boolean dataInPadding;

    TarTail(InputStream in, ExpansionBudget budget) {
        super(in);
        this.budget = budget;
    }

    /** An entry's content of {@code size} bytes starts here; its padding to a whole record must be zeros. */
    void entryStarts(long size) {
        zerosFrom = position + size;
        zerosTo = position + (size + 511) / 512 * 512;
    }

    /** The end of the last entry's padding: from here on only zeros may follow. */
    long contentEnd() {
        return zerosTo == Long.MAX_VALUE ? 0 : zerosTo;
    }

    /** Whether a non-zero byte was read at or after {@code offset}. */
    boolean dataAfter(long offset) {
        return lastNonZero >= offset;
    }

    boolean dataInPadding() {
        return dataInPadding;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see(b, position++);
            checkMetadata();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            // Only bytes past the current entry's content can be out of place; content is not scanned here.
            long from = Math.max(0, Math.min(read, zerosFrom - position));
            for (long i = from; i < read; i++) {
                see(buffer[offset + (int) i], position + i);
            }
            position += read;
            checkMetadata();
        }
        return read;
    }

    private void checkMetadata() throws ReadingStopped {
        if (position - contentEnd() > MAX_METADATA_BYTES) {
            budget.stopMetadata(MAX_METADATA_BYTES);
        }
    }

    private void see(int b, long at) {
        if (b != 0) {
            lastNonZero = at;
            if (at >= zerosFrom && at < zerosTo) {
                dataInPadding = true;
            }
        }
    }
}
