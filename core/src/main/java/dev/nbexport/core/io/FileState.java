package dev.nbexport.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * A file as it was when it was read: the same file (inode), size and modification time later say
 * that nobody replaced or rewrote it meanwhile, an editor saving it for one.
 */
public record FileState(Object key, FileTime modified, long size) {

    /** The state of {@code file} (through a symbolic link), or null when there is no such file. */
    public static FileState of(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileState(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
