package dev.nbexport.core.bundle;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * Writes archives whose bytes depend only on the entries given: names in the order given (the
 * caller sorts), one fixed time, owner 0:0 with no names, fixed modes, no extra timestamp fields,
 * and a gzip header written explicitly (no name, no time, "unknown" operating system).
 */
final class ArchiveWriter implements AutoCloseable {

    private static final int FILE_MODE = 0100644;
    private static final int UNKNOWN_OS = 255;

    private final ArchiveFormat format;
    private final Instant time;
    private final TarArchiveOutputStream tar;
    private final ZipArchiveOutputStream zip;

    ArchiveWriter(OutputStream out, ArchiveFormat format, Instant time) throws IOException {
        this.format = format;
        this.time = time;
        if (format == ArchiveFormat.ZIP) {
            zip = new ZipArchiveOutputStream(out);
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            zip.setEncoding("UTF-8");
            zip.setUseLanguageEncodingFlag(true);
            tar = null;
        } else {
            OutputStream target = out;
            if (format == ArchiveFormat.TAR_GZ) {
                GzipParameters parameters = new GzipParameters();
                parameters.setModificationTime(0);
                parameters.setOperatingSystem(UNKNOWN_OS);
                // zlib's default level: twice as fast as the best, for archives a few percent larger.
                parameters.setCompressionLevel(Deflater.DEFAULT_COMPRESSION);
                parameters.setBufferSize(64 * 1024);
                // Tar writes 512-byte records; the deflater is called once per 64 KB instead.
                target = new BufferedOutputStream(new GzipCompressorOutputStream(out, parameters), 64 * 1024);
            }
            tar = tarStream(target, TarConstants.DEFAULT_BLKSIZE);
            zip = null;
        }
    }

    void add(String name, byte[] content) throws IOException {
        add(name, content.length, new java.io.ByteArrayInputStream(content));
    }

    void add(String name, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            add(name, Files.size(file), in);
        }
    }

    private void add(String name, long size, InputStream content) throws IOException {
        if (zip != null) {
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            entry.setTime(dosTimeInThisZone());
            entry.setUnixMode(FILE_MODE);
            entry.setSize(size);
            zip.putArchiveEntry(entry);
            content.transferTo(zip);
            zip.closeArchiveEntry();
        } else {
            tar.putArchiveEntry(tarEntry(name, size, time));
            content.transferTo(tar);
            tar.closeArchiveEntry();
        }
    }

    /** A tar stream as bundles are written: UTF-8 names, PAX headers for long names and large numbers. */
    static TarArchiveOutputStream tarStream(OutputStream out, int blockSize) {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out, blockSize, "UTF-8");
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        return tar;
    }

    /** The tar entry of a bundled file: fixed mode, owner 0:0 without names, the archive's one time. */
    static TarArchiveEntry tarEntry(String name, long size, Instant time) {
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setModTime(time.toEpochMilli());
        entry.setMode(FILE_MODE);
        entry.setUserId(0);
        entry.setGroupId(0);
        entry.setUserName("");
        entry.setGroupName("");
        entry.setSize(size);
        return entry;
    }

    /**
     * Zip stores local date and time fields, which the library derives through the default time
     * zone; feeding it the instant whose local fields equal our UTC time makes them the same on
     * every machine.
     */
    private long dosTimeInThisZone() {
        LocalDateTime utc = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        return utc.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    ArchiveFormat format() {
        return format;
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.finish();
            zip.close();
        } else {
            tar.finish();
            tar.close();
        }
    }
}
