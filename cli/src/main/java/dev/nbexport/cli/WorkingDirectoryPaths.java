package dev.nbexport.cli;

import java.io.File;
import java.nio.file.Path;

/**
 * How the command line names a file it found by itself, such as the project file nearest a
 * notebook: relative to where the user stands, as the files they named, when it lies below that
 * folder or in one of the folders above it ({@code ../.nbexport.yaml}); elsewhere by its absolute path.
 */
final class WorkingDirectoryPaths {

    private WorkingDirectoryPaths() {
    }

    /** {@code file} as named from the current directory. */
    static String shown(Path file) {
        return shown(file, Path.of("").toAbsolutePath());
    }

    /** {@code file} as named from {@code here}, an absolute, normal folder. */
    static String shown(Path file, Path here) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        boolean near = absolute.startsWith(here) && !absolute.equals(here) || folder != null && here.startsWith(folder);
        return (near ? here.relativize(absolute) : absolute).toString().replace(File.separatorChar, '/');
    }
}
