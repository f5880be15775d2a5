package dev.nbexport.core.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The bytes of one entry as it is read: in memory while they fit {@value #IN_MEMORY} bytes (nearly
 * every entry of a bundle), else in a file of the spool, so that a large entry costs disk, not heap.
 */
final class EntryBuffer {

    static final int IN_MEMORY = 16 << 20;

    private final Path spill;
    private byte[] bytes = new byte[8 * 1024];
    private int length;
    private OutputStream out;

    /** A buffer that spills to {@code spill} when the entry outgrows memory. */
    EntryBuffer(Path spill) {
        this.spill = spill;
    }

    void write(byte[] chunk, int offset, int count) throws IOException {
        if (out == null && (long) length + count <= IN_MEMORY) {
            if (length + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(IN_MEMORY, Math.max(2L * bytes.length, length + count)));
            }
            System.arraycopy(chunk, offset, bytes, length, count);
            length += count;
            return;
        }
        if (out == null) {
            out = Files.newOutputStream(spill);
            out.write(bytes, 0, length);
            bytes = null;
        }
        out.write(chunk, offset, count);
    }

    /** Ends the entry: its bytes in memory, or null when they are in {@link #spill()}. */
    byte[] finish() throws IOException {
        if (out != null) {
            out.close();
            return null;
        }
        return bytes.length == length ? bytes : Arrays.copyOf(bytes, length);
    }

    /** Closes the spill file, if any, after a failed read. */
    void abandon() throws IOException {
        if (out != null) {
            out.close();
        }
    }

    Path spill() {
        return spill;
    }
}
