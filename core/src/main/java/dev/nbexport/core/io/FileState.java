package dev.nbexport.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * A file as it was when it was read: the same file (inode), size and modification time later say
 * that nobody replaced or rewrote it meanwhile, an editor saving it for one. A file modified within
 * {@link #RACY_WINDOW} of being looked at could be rewritten again within the same tick of the file
 * system's clock, its times unchanged: for such a file the state also holds a checksum of its
 * content (CRC-32C: an accidental rewrite to the same size within the same tick goes unseen once in
 * four billion times; a cryptographic hash took as long as the strip itself).
 *
 * @param contentChecksum the content's CRC-32C when the modification was that recent, else null
 */
public record FileState(Object key, FileTime modified, long size, Long contentChecksum) {

    /**
     * How recent a modification must not be for its time to tell every later change: wider than any
     * file system's timestamp granularity (FAT's two seconds) and a little clock skew.
     */
    public static final Duration RACY_WINDOW = Duration.ofSeconds(2);

    /** The state of {@code file} (through a symbolic link), or null when there is no such file. */
    public static FileState of(Path file) throws IOException {
        Instant now = Instant.now();
        BasicFileAttributes attributes = attributesOf(file);
        if (attributes == null) {
            return null;
        }
        Long checksum;
        try {
            checksum = isRacy(attributes.lastModifiedTime(), now) ? checksum(file) : null;
        } catch (NoSuchFileException gone) {
            return null;
        }
        return new FileState(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size(), checksum);
    }

    /** Whether a modification at {@code modified}, seen at {@code now}, might be followed by another with the same time. */
    public static boolean isRacy(FileTime modified, Instant now) {
        return modified.toInstant().isAfter(now.minus(RACY_WINDOW));
    }

    /** Whether {@code file} is still as this state describes it: not replaced, rewritten or gone. */
    public boolean describes(Path file) throws IOException {
        BasicFileAttributes attributes = attributesOf(file);
        try {
            return attributes != null && Objects.equals(key, attributes.fileKey())
                    && modified.equals(attributes.lastModifiedTime()) && size == attributes.size()
                    && (contentChecksum == null || contentChecksum == checksum(file));
        } catch (NoSuchFileException gone) {
            return false;
        }
    }

    private static long checksum(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    private static BasicFileAttributes attributesOf(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
