package dev.nbexport.core.bundle;

import dev.nbexport.core.verify.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads a zip bundle twice over, as a hostile zip demands: the central directory (what most tools
 * list) and the local headers (what streaming tools extract) must tell the same story, entries must
 * follow each other with no bytes before, between or after them, and nothing may be encrypted.
 */
final class ZipReading {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int DATA_DESCRIPTOR = 0x08074b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;

    private final BundleVerifier.Run run;
    private final Path archive;
    private final ArchiveLimits limits;

    ZipReading(BundleVerifier.Run run, Path archive, ArchiveLimits limits) {
        this.run = run;
        this.archive = archive;
        this.limits = limits;
    }

    /** What a header says about an entry; local and central must agree on all of it. */
    private record Header(String name, int method, long crc, long size, long compressedSize) {
        static Header of(ZipArchiveEntry entry) {
            return new Header(entry.getName(), entry.getMethod(), entry.getCrc(), entry.getSize(), entry.getCompressedSize());
        }
    }

    void read() throws IOException {
        List<ZipArchiveEntry> central;
        try (ZipFile zip = ZipFile.builder().setPath(archive).setUseUnicodeExtraFields(false).get()) {
            central = Collections.list(zip.getEntriesInPhysicalOrder());
            if (central.size() > limits.maxEntries()) {
                run.archiveFinding(Rule.ARCHIVE_BOMB, "more than " + limits.maxEntries() + " entries");
                throw new BundleVerifier.Stop();
            }
            checkLayout(central);
        } catch (IOException e) {
            if (e instanceof BundleVerifier.Stop stop) {
                throw stop;
            }
            run.archiveFinding(Rule.ARCHIVE_FORMAT, "not a readable zip archive");
            return;
        }
        List<Header> local = readEntries();
        List<Header> expected = central.stream().filter(e -> !e.getGeneralPurposeBit().usesEncryption()).map(Header::of).toList();
        if (local != null && !local.equals(expected)) {
            run.archiveFinding(Rule.ARCHIVE_HEADER_MISMATCH, "the local headers disagree with the central directory");
        }
        for (ZipArchiveEntry entry : central) {
            UnicodePathExtraField unicode = (UnicodePathExtraField) entry.getExtraField(UnicodePathExtraField.UPATH_ID);
            if (unicode != null && !new String(unicode.getUnicodeName(), java.nio.charset.StandardCharsets.UTF_8).equals(entry.getName())) {
                run.entryFinding(Rule.ARCHIVE_PATH, entry.getName(), "its Unicode path field names another file");
            }
        }
    }

    /** Reads every entry through its local header, verifying content; returns the headers seen. */
    private List<Header> readEntries() throws IOException {
        List<Header> headers = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(archive);
             ZipArchiveInputStream zip = new ZipArchiveInputStream(raw, "UTF-8", false, true)) {
            for (ZipArchiveEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (entry.getGeneralPurposeBit().usesEncryption() || !zip.canReadEntryData(entry)) {
                    run.entryFinding(entry.getGeneralPurposeBit().usesEncryption() ? Rule.ARCHIVE_ENCRYPTED : Rule.ARCHIVE_FORMAT,
                            name, entry.getGeneralPurposeBit().usesEncryption() ? "an encrypted entry" : "an entry that cannot be read");
                    continue;
                }
                if (entry.isUnixSymlink()) {
                    run.entryFinding(Rule.ARCHIVE_LINK, name, "a link");
                    zip.transferTo(java.io.OutputStream.nullOutputStream());
                } else if (entry.isDirectory()) {
                    run.checkName(name);
                } else {
                    ZipArchiveInputStream current = zip;
                    run.entry(name, zip, () -> current.getCompressedCount() + compressedBefore(headers));
                }
                headers.add(Header.of(entry));
            }
        } catch (IOException e) {
            if (e instanceof BundleVerifier.Stop stop) {
                throw stop;
            }
            run.archiveFinding(Rule.ARCHIVE_FORMAT, "a local entry cannot be read");
            return null;
        }
        return headers;
    }

    private static long compressedBefore(List<Header> headers) {
        return headers.stream().mapToLong(Header::compressedSize).sum();
    }

    /** Entries must start at byte 0 and follow one another up to the central directory; the end record closes the file. */
    private void checkLayout(List<ZipArchiveEntry> central) throws IOException {
        try (FileChannel channel = FileChannel.open(archive, StandardOpenOption.READ)) {
            long size = channel.size();
            long expected = 0;
            for (ZipArchiveEntry entry : central) {
                if (entry.getLocalHeaderOffset() != expected) {
                    run.archiveFinding(Rule.ARCHIVE_TRAILING, "bytes before or between entries");
                    return;
                }
                expected = entry.getDataOffset() + entry.getCompressedSize();
                if (entry.getGeneralPurposeBit().usesDataDescriptor()) {
                    boolean signed = readInt(channel, expected) == DATA_DESCRIPTOR;
                    boolean zip64 = entry.getExtraField(new org.apache.commons.compress.archivers.zip.ZipShort(1)) != null;
                    expected += (signed ? 4 : 0) + (zip64 ? 20 : 12);
                }
            }
            long end = findEndRecord(channel, size);
            if (end < 0) {
                run.archiveFinding(Rule.ARCHIVE_FORMAT, "no end of central directory record");
                return;
            }
            ByteBuffer record = read(channel, end, 22);
            long centralOffset = Integer.toUnsignedLong(record.getInt(16));
            int commentLength = Short.toUnsignedInt(record.getShort(20));
            if (commentLength > 0 || end + 22 != size) {
                run.archiveFinding(Rule.ARCHIVE_TRAILING, "a zip comment or bytes after the end record");
            }
            if (centralOffset != 0xffffffffL && centralOffset != expected) {
                run.archiveFinding(Rule.ARCHIVE_TRAILING, "bytes between the last entry and the central directory");
            }
            if (!central.isEmpty() && readInt(channel, 0) != LOCAL_HEADER) {
                run.archiveFinding(Rule.ARCHIVE_TRAILING, "bytes before the first entry");
            }
        }
    }

    private static long findEndRecord(FileChannel channel, long size) throws IOException {
        long from = Math.max(0, size - 22 - 65535);
        ByteBuffer tail = read(channel, from, (int) (size - from));
        for (int i = tail.limit() - 22; i >= 0; i--) {
            if (tail.getInt(i) == END_OF_CENTRAL_DIRECTORY) {
                return from + i;
            }
        }
        return -1;
    }

    private static int readInt(FileChannel channel, long position) throws IOException {
        ByteBuffer buffer = read(channel, position, 4);
        return buffer.limit() < 4 ? 0 : buffer.getInt(0);
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // keep reading until the range is in or the file ends
        }
        buffer.flip();
        return buffer;
    }
}
