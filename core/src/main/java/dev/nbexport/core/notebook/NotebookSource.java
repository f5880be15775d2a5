package dev.nbexport.core.notebook;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Bytes of a notebook that can be read more than once, whole or a range at a time. Stripping
 * reads the file once, remembers where outputs sit, and reads those ranges again only when the
 * policy turns out to keep them; so a file never has to fit in memory.
 */
public interface NotebookSource {

    /** A short name for messages: the file name, or {@code <stdin>}. */
    String name();

    long length();

    /** Reads bytes {@code [start, end)}. */
    InputStream open(long start, long end) throws IOException;

    default InputStream open() throws IOException {
        return open(0, length());
    }

    /**
     * The whole file when it is already in memory (never to be changed), else null; a reader may
     * then look at bytes directly instead of through a stream.
     */
    default byte[] bytesInMemory() {
        return null;
    }

    static NotebookSource of(String name, byte[] bytes) {
        return new NotebookSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long length() {
                return bytes.length;
            }

            @Override
            public InputStream open(long start, long end) {
                return new ByteArrayInputStream(bytes, (int) start, (int) (end - start));
            }

            @Override
            public byte[] bytesInMemory() {
                return bytes;
            }
        };
    }

    /** A file, named by its path in messages; see {@link #of(Path, String)}. */
    static NotebookSource of(Path file) {
        return of(file, file.toString());
    }

    /**
     * A file, named {@code name} in messages (for example standard input spooled to disk). A file up
     * to {@link #WHOLE_FILE_LIMIT} is read once, on first use, and then served from memory (every
     * notebook is read at least twice: its head, then the whole); a larger one through positional
     * reads, so that memory stays bounded.
     */
    static NotebookSource of(Path file, String name) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FileSource(file, name, size);
    }

    /** The largest file that {@link #of(Path, String)} holds in memory. */
    long WHOLE_FILE_LIMIT = 16 << 20;

    /** A file: a small one read whole on first use, a large one a range at a time. Not thread-safe, like every source. */
    final class FileSource implements NotebookSource {
        private final Path file;
        private final String name;
        private final long size;
        private byte[] whole;

        private FileSource(Path file, String name, long size) {
            this.file = file;
            this.name = name;
            this.size = size;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public long length() {
            return size;
        }

        @Override
        public InputStream open(long start, long end) throws IOException {
            if (size > WHOLE_FILE_LIMIT) {
                return new RangeInputStream(FileChannel.open(file, StandardOpenOption.READ), start, end);
            }
            if (whole == null) {
                // At most the size measured: a file that grows (or a pipe) cannot make this unbounded.
                // Straight into one array, in as few reads as the system allows, not 8 KB at a time.
                byte[] bytes = new byte[(int) size];
                int read;
                try (InputStream in = openWhole(file)) {
                    read = in.readNBytes(bytes, 0, bytes.length);
                }
                whole = read == bytes.length ? bytes : Arrays.copyOf(bytes, read);
            }
            int from = (int) Math.min(start, whole.length);
            return new ByteArrayInputStream(whole, from, (int) Math.min(end, whole.length) - from);
        }

        @Override
        public byte[] bytesInMemory() {
            return whole;
        }

        private static InputStream openWhole(Path file) throws IOException {
            if (file.getFileSystem() != FileSystems.getDefault()) {
                return Files.newInputStream(file);
            }
            try {
                return new FileInputStream(file.toFile());
            } catch (FileNotFoundException e) {
                // java.io names a file by a string, in which a name that is not UTF-8 (Latin-1 from
                // an old archive) is lost, and says why only in its message: the path itself opens
                // such a file, and says why another cannot by the exception's type (permission
                // denied, no such file), which messages name.
                return Files.newInputStream(file);
            }
        }
    }

    /** Reads a byte range of a channel and closes the channel when closed. */
    final class RangeInputStream extends InputStream {
        private final FileChannel channel;
        private long position;
        private final long end;

        RangeInputStream(FileChannel channel, long start, long end) {
            this.channel = channel;
            this.position = start;
            this.end = end;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position >= end) {
                return -1;
            }
            int wanted = (int) Math.min(length, end - position);
            int read = channel.read(ByteBuffer.wrap(buffer, offset, wanted), position);
            if (read > 0) {
                position += read;
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
