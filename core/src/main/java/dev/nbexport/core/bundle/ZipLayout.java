package dev.nbexport.core.bundle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipShort;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * The byte layout of a zip, read directly: where the end record is and what it claims, and whether
 * the entries follow one another from byte 0 to the central directory, and the central directory
 * to the end record, with nothing before, between or after them.
 */
final class ZipLayout {

    static final int END_RECORD_SIZE = 22;
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int DATA_DESCRIPTOR = 0x08074b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    /** The smallest central directory record: 46 bytes before name, extra field and comment. */
    private static final int CENTRAL_RECORD_SIZE = 46;
    private static final ZipShort ZIP64_EXTRA = new ZipShort(1);

    /**
     * The end of central directory record.
     *
     * @param position        its offset in the file
     * @param entries         the entry count it claims (0xffff: see the zip64 record)
     * @param directorySize   the central directory's size it claims
     * @param directoryOffset the central directory's offset it claims (0xffffffff: see the zip64 record)
     * @param commentLength   the length of the zip comment
     */
    record EndRecord(long position, int entries, long directorySize, long directoryOffset, int commentLength) {

        boolean zip64() {
            return entries == 0xffff || directoryOffset == 0xffffffffL || directorySize == 0xffffffffL;
        }

        /** The most entries the central directory can hold, whatever the count claims. */
        long maxEntries() {
            return zip64() ? Long.MAX_VALUE : Math.max(entries, directorySize / CENTRAL_RECORD_SIZE);
        }
    }

    private ZipLayout() {
    }

    /** The last end record within the 64 KiB a comment can take, if any. */
    static Optional<EndRecord> endRecord(Path zip) throws IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = channel.size();
            long from = Math.max(0, size - END_RECORD_SIZE - 0xffff);
            ByteBuffer tail = read(channel, from, (int) (size - from));
            for (int i = tail.limit() - END_RECORD_SIZE; i >= 0; i--) {
                if (tail.getInt(i) == END_OF_CENTRAL_DIRECTORY) {
                    return Optional.of(new EndRecord(from + i, Short.toUnsignedInt(tail.getShort(i + 10)),
                            Integer.toUnsignedLong(tail.getInt(i + 12)), Integer.toUnsignedLong(tail.getInt(i + 16)),
                            Short.toUnsignedInt(tail.getShort(i + 20))));
                }
            }
            return Optional.empty();
        }
    }

    /**
     * What is wrong with the layout, in a few words, or empty. {@code central} is the central
     * directory in the order of the local headers.
     */
    static Optional<String> problem(Path zip, EndRecord end, List<ZipArchiveEntry> central) throws IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            if (end.commentLength() > 0 || end.position() + END_RECORD_SIZE != channel.size()) {
                return Optional.of("a zip comment or bytes after the end record");
            }
            if (!central.isEmpty() && readInt(channel, 0) != LOCAL_HEADER) {
                return Optional.of("bytes before the first entry");
            }
            long expected = 0;
            for (ZipArchiveEntry entry : central) {
                if (entry.getLocalHeaderOffset() != expected || entry.getDataOffset() < expected) {
                    return Optional.of("bytes before or between entries");
                }
                expected = entry.getDataOffset() + entry.getCompressedSize();
                if (entry.getGeneralPurposeBit().usesDataDescriptor()) {
                    boolean signed = readInt(channel, expected) == DATA_DESCRIPTOR;
                    boolean zip64 = entry.getExtraField(ZIP64_EXTRA) != null;
                    expected += (signed ? 4 : 0) + (zip64 ? 20 : 12);
                }
            }
            if (!end.zip64()) {
                if (end.directoryOffset() != expected) {
                    return Optional.of("bytes between the last entry and the central directory");
                }
                if (end.directoryOffset() + end.directorySize() != end.position()) {
                    return Optional.of("bytes between the central directory and its end record");
                }
            }
            return Optional.empty();
        }
    }

    private static int readInt(FileChannel channel, long position) throws IOException {
        ByteBuffer buffer = read(channel, position, 4);
        return buffer.limit() < 4 ? 0 : buffer.getInt(0);
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // until the range is in or the file ends
        }
        buffer.flip();
        return buffer;
    }
}
