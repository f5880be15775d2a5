package dev.nbexport.core.bundle;

import java.nio.file.Path;
import java.util.List;

/**
 * What a bundle takes from a tree, what it leaves home with the reason, and what it could not
 * look at, which stops the bundle: a folder or file that cannot be read may hold what the
 * bundle is expected to carry, or data to leave home.
 *
 * @param included   files to bundle, sorted by entry name
 * @param excluded   files and directories left out, sorted by path
 * @param unreadable folders and files of the tree that could not be read, sorted by path
 */
public record Selection(List<Included> included, List<Excluded> excluded, List<Unreadable> unreadable) {

    public Selection {
        included = List.copyOf(included);
        excluded = List.copyOf(excluded);
        unreadable = List.copyOf(unreadable);
    }

    public Selection(List<Included> included, List<Excluded> excluded) {
        this(included, excluded, List.of());
    }

    /**
     * A folder or file of the tree that could not be read ({@code /}-separated, relative; a folder
     * ends in {@code /}), and why, in the file system's words ({@code permission denied}).
     */
    public record Unreadable(String path, String problem) {
    }

    /** A file to bundle: where it is, and its name in the archive ({@code /}-separated, relative). */
    public record Included(Path file, String entryName, boolean notebook) {
    }

    /**
     * A path left out ({@code /}-separated, relative; directories end in {@code /}) and why;
     * {@code knownDataFile} is the file when it is a CSV or TSV file or an Excel workbook whose values
     * no entry may hold (known data), else null. The file is named by its own path, which keeps a name's
     * bytes that {@code path} could only show as U+FFFD.
     */
    public record Excluded(String path, String reason, Path knownDataFile) {
        public Excluded(String path, String reason) {
            this(path, reason, null);
        }
    }
}
