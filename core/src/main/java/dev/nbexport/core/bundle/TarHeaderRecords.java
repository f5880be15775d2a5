package dev.nbexport.core.bundle;

import dev.nbexport.core.io.CountedStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps the raw header records of a tar stream: the bytes between the end of one entry's padded
 * content and the start of the next one's (extended headers included). What lies outside entries'
 * content is capped by {@link TarTail} below, so what is kept stays small.
 */
final class TarHeaderRecords extends CountedStream {

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long position;
    private long keepFrom;

    TarHeaderRecords(InputStream in) {
        super(in);
    }

    /** The header records of the entry whose content starts here. */
    byte[] headers() {
        return kept.toByteArray();
    }

    /** The entry whose headers were just read has {@code size} bytes of content; the next headers follow its padding. */
    void entryStarts(long size) {
        kept.reset();
        keepFrom = position + (size + 511) / 512 * 512;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            if (position >= keepFrom) {
                kept.write(b);
            }
            position++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            int from = (int) Math.max(0, Math.min(read, keepFrom - position));
            kept.write(buffer, offset + from, read - from);
            position += read;
        }
        return read;
    }
}
