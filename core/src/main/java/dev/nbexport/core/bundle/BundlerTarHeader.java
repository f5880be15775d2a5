package dev.nbexport.core.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** The header records {@link ArchiveWriter} writes before a file's content, extended headers included. */
final class BundlerTarHeader {

    private BundlerTarHeader() {
    }

    static byte[] of(String name, long size, Instant time) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Blocks of one record: every header record reaches the output as soon as the entry is put.
        TarArchiveOutputStream tar = ArchiveWriter.tarStream(out, TarConstants.DEFAULT_RCDSIZE);
        try {
            tar.putArchiveEntry(ArchiveWriter.tarEntry(name, size, time));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
