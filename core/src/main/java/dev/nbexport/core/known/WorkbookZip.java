package dev.nbexport.core.known;

import dev.nbexport.core.io.CountedStream;
import dev.nbexport.core.io.ExpansionCounter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A workbook's zip, opened as a hostile file. Before the JDK loads its central directory, the end
 * record is read here: it must close the file (as every Office writer leaves it, so that this reading
 * and the JDK's find the same one), claim at most {@link #MAX_PARTS} entries in a directory of at
 * most {@link #MAX_DIRECTORY_BYTES}, and no zip64 record. Parts are read through streams that count
 * what they expand to ({@link ExpansionCounter}), never trusting the sizes headers claim: all parts
 * together end after {@code maxBytes} (the workbook is then {@link #truncated}), a part may have a
 * share of them where its reading ends and a smaller bound of its own, and a part that expands more
 * than {@link #MAX_RATIO} times its compressed size is a zip bomb.
 */
final class WorkbookZip implements Closeable {

    static final int MAX_PARTS = 10_000;
    static final long MAX_DIRECTORY_BYTES = 4L << 20;
    /** As a bundle's limit: Office's XML compresses 5 to 30 times, a bomb a thousand times. */
    static final long MAX_RATIO = 200;
    /** The most bytes between two brackets of markup: Excel's longest cell is 32,767 characters. */
    static final int MAX_VALUE_BYTES = 1 << 20;
    /** Expanded bytes of a part below which its ratio is not judged: a tiny part compresses anyhow. */
    private static final long RATIO_FLOOR = 1L << 20;
    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_COMMENT = 0xffff;
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_LOCATOR_SIZE = 20;

    private final ZipFile zip;
    /** All parts' bytes together: reading ends where they run out. */
    private final ExpansionCounter workbookBytes;
    private boolean truncated;
    private UnreadableWorkbook failure;

    WorkbookZip(Path file, long maxBytes) throws IOException {
        if (!file.toFile().toPath().equals(file)) {
            // The JDK's zip opens a file by a string, which cannot hold a name's bytes that are not UTF-8.
            throw new UnreadableWorkbook("a name that is not UTF-8 (rename the file to have it read)");
        }
        checkEndRecord(file);
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            // The JDK refuses encrypted entries, names that are not UTF-8 and broken headers.
            throw new UnreadableWorkbook("not a readable zip");
        }
        if (zip.size() > MAX_PARTS) {
            // The end record may understate what the directory holds; the JDK counts the directory itself.
            zip.close();
            throw new UnreadableWorkbook(String.format(Locale.ROOT, "more than %,d parts", MAX_PARTS));
        }
        this.workbookBytes = ExpansionCounter.ofBytes(maxBytes);
    }

    /**
     * The part of this name (in the zip's own spelling, {@code xl/workbook.xml}), or null when there
     * is none; at most {@code maxPartBytes} of it (more makes the workbook unreadable).
     */
    InputStream part(String name, long maxPartBytes) throws IOException {
        return part(name, maxPartBytes, Long.MAX_VALUE);
    }

    /**
     * The part of this name as {@link #part(String, long)} gives it, read no further than its first
     * {@code shareBytes} (what follows is not read, as past the workbook's bytes).
     */
    InputStream part(String name, long maxPartBytes, long shareBytes) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory()) {
            return null;
        }
        return new PartStream(zip.getInputStream(entry), entry.getCompressedSize(), maxPartBytes, shareBytes);
    }

    /**
     * The size the zip's directory gives for this part expanded, or -1 when it gives none or there is
     * no such part: a claim, good for sharing the bytes out, never for bounding them.
     */
    long claimedSize(String name) {
        ZipEntry entry = zip.getEntry(name);
        return entry == null || entry.isDirectory() ? -1 : entry.getSize();
    }

    /** The bytes of its parts the workbook has left to be read. */
    long bytesLeft() {
        return workbookBytes.left();
    }

    /** Whether the parts read ended at {@code maxBytes}: what follows was not read. */
    boolean truncated() {
        return truncated;
    }

    /** Why reading a part stopped, when this zip stopped it (a parser may have wrapped or swallowed the exception). */
    UnreadableWorkbook failure() {
        return failure;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static void checkEndRecord(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int tail = (int) Math.min(size, END_RECORD_SIZE + MAX_COMMENT + ZIP64_LOCATOR_SIZE);
            ByteBuffer buffer = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            while (buffer.hasRemaining() && channel.read(buffer, size - tail + buffer.position()) > 0) {
                // reads the tail whole
            }
            int end = lastEndRecord(buffer, tail);
            if (end < 0) {
                throw new UnreadableWorkbook("not a readable zip");
            }
            int entries = buffer.getShort(end + 10) & 0xffff;
            long directoryBytes = buffer.getInt(end + 12) & 0xffffffffL;
            boolean zip64 = end >= ZIP64_LOCATOR_SIZE && buffer.getInt(end - ZIP64_LOCATOR_SIZE) == ZIP64_LOCATOR_SIGNATURE;
            if (zip64) {
                throw new UnreadableWorkbook("a zip64 archive, which no workbook of the bounds read needs");
            }
            if (entries > MAX_PARTS) {
                throw new UnreadableWorkbook(String.format(Locale.ROOT, "more than %,d parts", MAX_PARTS));
            }
            if (directoryBytes > MAX_DIRECTORY_BYTES) {
                throw new UnreadableWorkbook("a directory of parts larger than " + (MAX_DIRECTORY_BYTES >> 20) + " MB");
            }
        }
    }

    /** Where the last end record starts, which must close the file with its comment; -1 if it does not. */
    private static int lastEndRecord(ByteBuffer buffer, int length) {
        for (int at = length - END_RECORD_SIZE; at >= 0; at--) {
            if (buffer.getInt(at) == END_SIGNATURE) {
                int comment = buffer.getShort(at + 20) & 0xffff;
                return at + END_RECORD_SIZE + comment == length ? at : -1;
            }
        }
        return -1;
    }

    /**
     * A part's bytes, counted as they are expanded: against the workbook's bytes (where reading ends)
     * and against the part's own bounds (a breach makes the workbook unreadable).
     */
    private final class PartStream extends CountedStream {
        private final InputStream raw;
        /** This part's bytes to be read, where reading ends as at the workbook's end. */
        private final ExpansionCounter share;
        /** Bytes since the last {@code <} or {@code >}: the XML parser holds a name or an attribute whole. */
        private int markupFree;

        PartStream(InputStream raw, long compressed, long maxPartBytes, long shareBytes) {
            super(new ExpansionCounter(maxPartBytes, MAX_RATIO, RATIO_FLOOR).meter(raw, () -> compressed, breach -> {
                throw fail(switch (breach) {
                    case BYTES -> "a part larger than " + (maxPartBytes >> 20) + " MB";
                    case RATIO -> "a part expanding more than " + MAX_RATIO + " times (a zip bomb)";
                });
            }));
            this.raw = raw;
            this.share = ExpansionCounter.ofBytes(shareBytes);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (failure != null) {
                throw failure;
            }
            if (length == 0) {
                return 0;
            }
            long left = Math.min(workbookBytes.left(), share.left());
            if (left <= 0) {
                // Peeked past the counting: whether more follows is all that is asked.
                truncated |= raw.read() >= 0;
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, left));
            if (read <= 0) {
                return read;
            }
            workbookBytes.count(read, () -> 0);
            share.count(read, () -> 0);
            for (int i = offset; i < offset + read; i++) {
                markupFree = buffer[i] == '<' || buffer[i] == '>' ? 0 : markupFree + 1;
                if (markupFree > MAX_VALUE_BYTES) {
                    throw fail("a value or name longer than " + (MAX_VALUE_BYTES >> 20) + " MB (a cell holds 32,767 characters)");
                }
            }
            return read;
        }
    }

    private UnreadableWorkbook fail(String reason) {
        failure = new UnreadableWorkbook(reason);
        return failure;
    }
}
