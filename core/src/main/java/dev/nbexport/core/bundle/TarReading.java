package dev.nbexport.core.bundle;

import dev.nbexport.core.verify.Rule;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads a tar or tar.gz bundle as hostile input: regular files and directories only, zeros only in
 * padding and after the end, one gzip member with a bare header, and every expanded byte metered.
 */
final class TarReading {

    /** Gzip header flags that carry data of their own: extra field, file name, comment. */
    private static final int GZIP_DATA_FLAGS = 0x04 | 0x08 | 0x10;
    private static final int GZIP_RESERVED_FLAGS = 0xe0;

    private final BundleScan scan;
    /** The one time every file of a bundle carries: the first file's. */
    private Instant archiveTime;

    TarReading(BundleScan scan) {
        this.scan = scan;
    }

    /** Reads a plain tar; false when it could not be read to its end. */
    boolean readTar(Path archive) throws IOException {
        try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(archive))) {
            return readEntries(new BufferedInputStream(counted, 64 * 1024), counted);
        }
    }

    /** Reads a tar.gz whose first bytes are {@code head}; false when it could not be read to its end. */
    boolean readTarGz(Path archive, byte[] head) throws IOException {
        int flags = head.length > 3 ? head[3] & 0xff : 0;
        if ((flags & GZIP_RESERVED_FLAGS) != 0) {
            scan.findings.archive(Rule.ARCHIVE_FORMAT, "not a readable gzip stream");
            return false;
        }
        if ((flags & GZIP_DATA_FLAGS) != 0) {
            // Our bundles never carry them, and the library would read a name or comment of any length into memory.
            scan.findings.archive(Rule.ARCHIVE_TRAILING, "a file name, comment or extra field in the gzip header");
            return false;
        }
        try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(archive))) {
            // Mark and reset on this buffer let the decompressor stop exactly at the end of the first member.
            BufferedInputStream compressed = new BufferedInputStream(counted, 64 * 1024);
            GzipCompressorInputStream gzip;
            try {
                gzip = new GzipCompressorInputStream(compressed, false);
            } catch (IOException e) {
                scan.findings.archive(Rule.ARCHIVE_FORMAT, "not a readable gzip stream");
                return false;
            }
            if (!readEntries(gzip, counted)) {
                return false;
            }
            if (compressed.read() >= 0) {
                scan.findings.archive(Rule.ARCHIVE_TRAILING, "bytes after the first gzip member");
            }
            return true;
        }
    }

    /** Reads the tar in {@code decompressed} to its very end; false when it is not a readable tar. */
    private boolean readEntries(InputStream decompressed, CountingInputStream compressed) throws IOException {
        TarTail tail = new TarTail(scan.budget.meter(decompressed, compressed::count), scan.budget);
        TarHeaderRecords headers = new TarHeaderRecords(tail);
        boolean extended = false;
        try {
            TarArchiveInputStream tar = new TarArchiveInputStream(headers, "UTF-8");
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                scan.countEntry();
                tail.entryStarts(Math.max(0, entry.getSize()));
                byte[] header = headers.headers();
                headers.entryStarts(Math.max(0, entry.getSize()));
                if (!entry.getExtraPaxHeaders().isEmpty()) {
                    if (!extended) {
                        // Keys the format does not need (a comment, attributes): text that no rule would read.
                        scan.findings.archive(Rule.ARCHIVE_TRAILING, "data in extended (PAX) headers");
                        extended = true;
                    }
                } else if (isRegularFile(entry) && !writtenByBundler(entry, header)) {
                    scan.findings.entry(Rule.ARCHIVE_HEADER_MISMATCH, entry.getName(),
                            "a tar header other than the bundler writes (owner names, link name, spare bytes)");
                }
                read(entry, tar);
            }
            long end = tail.contentEnd();
            byte[] buffer = new byte[64 * 1024];
            while (tail.read(buffer) >= 0) {
                // Drained through the budget: zeros after the end count like any other expanded byte.
            }
            if (tail.dataInPadding() || tail.dataAfter(end)) {
                scan.findings.archive(Rule.ARCHIVE_TRAILING, "data in padding or after the tar archive's end");
            }
            return true;
        } catch (IOException | RuntimeException e) {
            if (e instanceof EntryContents.OwnFailure own) {
                throw own;
            }
            scan.budget.rethrowIfStopped(e);
            scan.findings.archive(Rule.ARCHIVE_FORMAT, "not a readable tar archive");
            return false;
        }
    }

    /**
     * Whether {@code header} holds exactly the records the bundler writes for this file, at the time
     * of the archive's first file: any other byte (a user name, a link name, bytes after the name's
     * end, the header's unused area) could carry data.
     */
    private boolean writtenByBundler(TarArchiveEntry entry, byte[] header) {
        if (archiveTime == null) {
            archiveTime = entry.getLastModifiedTime().toInstant();
        }
        return Arrays.equals(header, BundlerTarHeader.of(entry.getName(), entry.getSize(), archiveTime));
    }

    /** A file the bundler could have written; links, devices and the like have their own findings. */
    private static boolean isRegularFile(TarArchiveEntry entry) {
        byte type = entry.getLinkFlag();
        return (type == TarConstants.LF_NORMAL || type == TarConstants.LF_OLDNORM) && !entry.getName().endsWith("/")
                && !entry.isSparse() && !entry.isSymbolicLink() && !entry.isLink();
    }

    private void read(TarArchiveEntry entry, TarArchiveInputStream tar) throws IOException {
        String name = entry.getName();
        byte type = entry.getLinkFlag();
        if (entry.isSymbolicLink() || entry.isLink()) {
            scan.findings.entry(Rule.ARCHIVE_LINK, name, "a symbolic or hard link");
            scan.contents.refuse(name);
        } else if (type == TarConstants.LF_DIR && entry.getSize() == 0) {
            if (scan.accept(name)) {
                scan.findings.entry(Rule.ARCHIVE_NOT_INCLUDED, name, BundleFindings.DIRECTORY_ENTRY);
            }
        } else if (isRegularFile(entry)) {
            if (scan.accept(name)) {
                scan.contents.read(name, tar);
            }
        } else {
            scan.findings.entry(Rule.ARCHIVE_SPECIAL, name, "a device, FIFO or other entry that is not a file or directory");
            scan.contents.refuse(name);
        }
    }
}
