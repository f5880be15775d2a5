package dev.nbexport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Paths named on the command line that are not directories: which of them can be read as files. */
final class NamedFiles {

    private NamedFiles() {
    }

    /**
     * Whether {@code path} (a link followed) is a regular file; reports it otherwise. Found without
     * opening it: reading a named pipe or a device such as /dev/zero would wait, or go on, forever.
     */
    static boolean isRegularFile(Path path, Problems problems) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            problems.report(path.toString(), new NoSuchFileException(path.toString()));
            return false;
        }
        if (!attributes.isRegularFile()) {
            problems.report(path.toString(), new IOException("not a regular file (a pipe, device or socket is not read)"));
            return false;
        }
        return true;
    }
}
