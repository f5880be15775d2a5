package dev.nbexport.core.bundle;

import dev.nbexport.core.verify.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads a zip bundle twice over, as a hostile zip demands: the central directory (what listing
 * tools show) and the local headers (what streaming tools extract) must tell the same story; the
 * entries must fill the file with nothing before, between or after them ({@link ZipLayout}); links,
 * special files and encrypted entries are refused; content is read through the local headers, each
 * expanded byte metered.
 */
final class ZipReading {

    /** Unix file type bits of an entry's mode, where the central directory records one. */
    private static final int TYPE_MASK = 0170000;
    private static final int REGULAR = 0100000;
    private static final int DIRECTORY = 0040000;
    private static final int SYMLINK = 0120000;
    /** A generous size of one central directory record, to bound the directory before it is loaded. */
    private static final long MAX_RECORD_BYTES = 1024;

    private enum Kind { FILE, DIRECTORY, LINK, SPECIAL, ENCRYPTED }

    /** What a header says about an entry; local and central must agree on all of it. */
    private record Header(String name, int method, long crc, long size, long compressedSize) {
        static Header of(ZipArchiveEntry entry) {
            return new Header(nameOf(entry), entry.getMethod(), entry.getCrc(), entry.getSize(), entry.getCompressedSize());
        }
    }

    private final BundleScan scan;

    ZipReading(BundleScan scan) {
        this.scan = scan;
    }

    /** Reads a zip; false when it could not be read to its end, so that its manifest cannot be judged. */
    boolean read(Path archive) throws IOException {
        Optional<ZipLayout.EndRecord> end = ZipLayout.endRecord(archive);
        if (end.isEmpty()) {
            scan.findings.archive(Rule.ARCHIVE_FORMAT, "no end of central directory record");
            return false;
        }
        scan.budget.checkEntries(end.get().entries());
        scan.budget.checkEntries(end.get().directorySize() / MAX_RECORD_BYTES);
        List<ZipArchiveEntry> central;
        try (ZipFile zip = ZipFile.builder().setPath(archive).setUseUnicodeExtraFields(false).get()) {
            central = Collections.list(zip.getEntriesInPhysicalOrder());
        } catch (IOException | RuntimeException e) {
            scan.findings.archive(Rule.ARCHIVE_FORMAT, "not a readable zip archive");
            return false;
        }
        scan.budget.checkEntries(central.size());
        Optional<String> layout = ZipLayout.problem(archive, end.get(), central);
        layout.ifPresent(problem -> scan.findings.archive(Rule.ARCHIVE_TRAILING, problem));
        ZipHeaderFields.problems(archive, end.get(), central)
                .forEach((index, problem) -> scan.findings.entry(Rule.ARCHIVE_TRAILING, nameOf(central.get(index)), problem));
        List<Kind> kinds = new ArrayList<>();
        for (ZipArchiveEntry entry : central) {
            kinds.add(judge(entry));
        }
        List<ZipArchiveEntry> local = readLocal(archive, kinds, central);
        if (local == null) {
            return false;
        }
        compare(central, kinds, local);
        return true;
    }

    /** The central directory's kind of entry, reported when it is refused. */
    private Kind judge(ZipArchiveEntry entry) {
        String name = nameOf(entry);
        UnicodePathExtraField unicode = (UnicodePathExtraField) entry.getExtraField(UnicodePathExtraField.UPATH_ID);
        if (unicode != null && !new String(unicode.getUnicodeName(), StandardCharsets.UTF_8).equals(name)) {
            scan.findings.entry(Rule.ARCHIVE_PATH, name, "its Unicode path field names another file");
        }
        if (entry.getGeneralPurposeBit().usesEncryption()) {
            scan.findings.entry(Rule.ARCHIVE_ENCRYPTED, name, "an encrypted entry");
            return Kind.ENCRYPTED;
        }
        int type = entry.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX ? entry.getUnixMode() & TYPE_MASK : 0;
        if (type == SYMLINK) {
            scan.findings.entry(Rule.ARCHIVE_LINK, name, "a symbolic link");
            return Kind.LINK;
        }
        if (type != 0 && type != REGULAR && type != DIRECTORY) {
            scan.findings.entry(Rule.ARCHIVE_SPECIAL, name, "a device, FIFO or other entry that is not a file or directory");
            return Kind.SPECIAL;
        }
        return name.endsWith("/") || type == DIRECTORY ? Kind.DIRECTORY : Kind.FILE;
    }

    /**
     * Reads every entry through its local header, verifying files; returns the local entries (their
     * sizes and CRC complete once the next entry is reached), or null when the stream cannot be read.
     */
    private List<ZipArchiveEntry> readLocal(Path archive, List<Kind> kinds, List<ZipArchiveEntry> central) throws IOException {
        List<ZipArchiveEntry> local = new ArrayList<>();
        boolean encrypted = kinds.contains(Kind.ENCRYPTED);
        try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(archive));
             ZipArchiveInputStream zip = new ZipArchiveInputStream(counted, "UTF-8", false, true)) {
            for (ZipArchiveEntry entry; (entry = zip.getNextEntry()) != null; ) {
                scan.countEntry();
                Kind kind = local.size() < kinds.size() ? kinds.get(local.size()) : Kind.FILE;
                local.add(entry);
                String name = nameOf(entry);
                if (entry.getGeneralPurposeBit().usesEncryption() && kind != Kind.ENCRYPTED) {
                    scan.findings.entry(Rule.ARCHIVE_ENCRYPTED, name, "an encrypted entry");
                    encrypted = true;
                    kind = Kind.ENCRYPTED;
                }
                if (kind != Kind.FILE && kind != Kind.DIRECTORY) {
                    scan.contents.refuse(name);
                }
                if (kind == Kind.ENCRYPTED) {
                    continue;
                }
                if (!zip.canReadEntryData(entry)) {
                    scan.findings.entry(Rule.ARCHIVE_FORMAT, name, "compressed in a way nbexport cannot read");
                    return null;
                }
                InputStream content = scan.budget.meter(zip, counted::count);
                if (kind == Kind.FILE && !name.endsWith("/")) {
                    if (scan.accept(name)) {
                        scan.contents.read(name, content);
                    }
                } else {
                    boolean accepted = kind == Kind.DIRECTORY && scan.accept(name);
                    // Drained through the budget; a directory has no content, so any is hidden.
                    if (content.transferTo(OutputStream.nullOutputStream()) > 0 && accepted) {
                        scan.findings.entry(Rule.ARCHIVE_SPECIAL, name, "a directory entry with content");
                        scan.contents.refuse(name);
                    } else if (accepted) {
                        scan.findings.entry(Rule.ARCHIVE_NOT_INCLUDED, name, BundleFindings.DIRECTORY_ENTRY);
                    }
                }
                // A name refused above leaves its content unread: it is drained through the budget here.
                content.transferTo(OutputStream.nullOutputStream());
                if (local.size() <= central.size() && zip.getCompressedCount() != central.get(local.size() - 1).getCompressedSize()) {
                    // Unzip tools stop at the end of the compressed stream and skip the rest of the declared size.
                    scan.findings.entry(Rule.ARCHIVE_TRAILING, name, "bytes after the end of its compressed data");
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof EntryContents.OwnFailure own) {
                throw own;
            }
            scan.budget.rethrowIfStopped(e);
            if (!encrypted) {
                // After an encrypted entry the stream may not find the next one; that entry is already refused.
                scan.findings.archive(Rule.ARCHIVE_FORMAT, "a local entry cannot be read");
            }
            return null;
        }
        return local;
    }

    /** Local headers and central directory must agree entry by entry (encrypted entries aside). */
    private void compare(List<ZipArchiveEntry> central, List<Kind> kinds, List<ZipArchiveEntry> local) {
        if (central.size() != local.size()) {
            scan.findings.archive(Rule.ARCHIVE_HEADER_MISMATCH, "the local headers and the central directory list different entries");
            return;
        }
        for (int i = 0; i < central.size(); i++) {
            boolean encrypted = kinds.get(i) == Kind.ENCRYPTED || local.get(i).getGeneralPurposeBit().usesEncryption();
            if (!encrypted && !Header.of(central.get(i)).equals(Header.of(local.get(i)))) {
                scan.findings.entry(Rule.ARCHIVE_HEADER_MISMATCH, nameOf(central.get(i)),
                        "its local header disagrees with the central directory (name, method, CRC or size)");
            }
        }
    }

    /** The name as stored, decoded strictly as UTF-8; undecodable bytes become U+FFFD, which no name may hold. */
    private static String nameOf(ZipArchiveEntry entry) {
        byte[] raw = entry.getRawName();
        if (raw == null) {
            return entry.getName();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return new String(raw, StandardCharsets.UTF_8);
        }
    }
}
