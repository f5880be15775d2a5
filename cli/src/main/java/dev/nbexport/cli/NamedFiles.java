package dev.nbexport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Paths named on the command line: which of them can be read as files, and which file each one is. */
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
            // No such file, or one that may not be looked at, or a loop of links: said as such.
            problems.report(path.toString(), e);
            return false;
        }
        if (!attributes.isRegularFile()) {
            problems.report(path.toString(), new IOException("not a regular file (a pipe, device or socket is not read)"));
            return false;
        }
        return true;
    }

    /**
     * Whether a file found for the paths {@code named} is met for the first time, however it is
     * spelled (again, through a link, or inside a folder also named), so each file is worked on once.
     * One path named meets each file once: a folder's walk follows no link below it.
     */
    static Predicate<Path> firstMeeting(List<Path> named) {
        if (named.size() < 2) {
            return file -> true;
        }
        Set<Path> met = new HashSet<>();
        return file -> met.add(identity(file));
    }

    /** The file {@code path} is, links followed where it exists, however it is spelled. */
    static Path identity(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
