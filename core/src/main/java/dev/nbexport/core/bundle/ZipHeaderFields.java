package dev.nbexport.core.bundle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * The spare fields of a zip entry's headers, which no extracting tool shows: a comment and extra
 * fields. A bundle's entries carry only what {@link ArchiveWriter} writes: no comment, and extra
 * fields of a few kinds at the sizes it writes them (times before 1980, zip64 sizes), plus a Unicode
 * path field that repeats the name (checked on its own); anything else is room for hidden data.
 * Read from the raw headers: the library re-serialises the fields it knows, and would hide their
 * excess bytes.
 */
final class ZipHeaderFields {

    private static final int CENTRAL_RECORD = 0x02014b50;
    private static final int UNICODE_PATH = 0x7075;
    /** Extra field header ids the writer may produce, with the most data bytes it puts in each. */
    private static final Map<Integer, Integer> WRITTEN = Map.of(
            0x0001, 28, // zip64 sizes and offset, for entries or archives past 4 GiB
            0x5455, 5, // extended timestamp: flags and modification time, for times before 1980
            0x000a, 32); // NTFS times, for times before 1980

    private ZipHeaderFields() {
    }

    /**
     * What each entry hides in its headers' comment or extra fields, by its index in {@code central}
     * (in the order of the local headers). The central directory records are read when the end record
     * locates them (not in zip64 archives, which a bundle never is below 4 GiB).
     */
    static Map<Integer, String> problems(Path zip, ZipLayout.EndRecord end, List<ZipArchiveEntry> central) throws IOException {
        Map<Integer, String> problems = new TreeMap<>();
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            for (int i = 0; i < central.size(); i++) {
                ByteBuffer header = read(channel, central.get(i).getLocalHeaderOffset(), 30);
                if (header.limit() == 30) {
                    int nameLength = Short.toUnsignedInt(header.getShort(26));
                    int extraLength = Short.toUnsignedInt(header.getShort(28));
                    long at = central.get(i).getLocalHeaderOffset() + 30 + nameLength;
                    int index = i;
                    extraProblem(read(channel, at, extraLength), nameLength).ifPresent(problem -> problems.put(index, problem));
                }
            }
            if (!end.zip64()) {
                ByteBuffer directory = read(channel, end.directoryOffset(), (int) Math.min(end.directorySize(), Integer.MAX_VALUE));
                Map<Long, Integer> byOffset = new TreeMap<>();
                for (int i = 0; i < central.size(); i++) {
                    byOffset.put(central.get(i).getLocalHeaderOffset(), i);
                }
                for (int at = 0; at + 46 <= directory.limit() && directory.getInt(at) == CENTRAL_RECORD; ) {
                    int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
                    int extraLength = Short.toUnsignedInt(directory.getShort(at + 30));
                    int commentLength = Short.toUnsignedInt(directory.getShort(at + 32));
                    Integer index = byOffset.get(Integer.toUnsignedLong(directory.getInt(at + 42)));
                    int extraAt = at + 46 + nameLength;
                    if (index != null && extraAt + extraLength <= directory.limit()) {
                        Optional<String> problem = commentLength > 0 ? Optional.of("a comment on the entry")
                                : extraProblem(directory.slice(extraAt, extraLength).order(ByteOrder.LITTLE_ENDIAN), nameLength);
                        problem.ifPresent(found -> problems.putIfAbsent(index, found));
                    }
                    at = extraAt + extraLength + commentLength;
                }
            }
        }
        return problems;
    }

    private static Optional<String> extraProblem(ByteBuffer extra, int nameLength) {
        for (int at = 0; at < extra.limit(); ) {
            if (at + 4 > extra.limit()) {
                return Optional.of("an extra field the bundler does not write");
            }
            int id = Short.toUnsignedInt(extra.getShort(at));
            int length = Short.toUnsignedInt(extra.getShort(at + 2));
            // A Unicode path field holds a version, a CRC and the name in UTF-8, at most 4 bytes a character.
            int most = id == UNICODE_PATH ? 5 + 4 * nameLength : WRITTEN.getOrDefault(id, -1);
            if (length > most || at + 4 + length > extra.limit()) {
                return Optional.of("an extra field the bundler does not write");
            }
            at += 4 + length;
        }
        return Optional.empty();
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
