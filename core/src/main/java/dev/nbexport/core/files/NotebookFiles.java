package dev.nbexport.core.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The files a command works on: files named explicitly are taken as they are; directories are
 * walked recursively for notebooks (or for every file), in sorted order, skipping Jupyter's
 * checkpoint copies and version-control folders, never following symbolic links out (a folder
 * named through a link is walked: see {@link NamedFolder}).
 */
public final class NotebookFiles {

    /**
     * Directories never walked into: Jupyter's autosave copies, JupyterLab's language-server copies
     * of notebooks' code (text under the notebooks' names) and version control.
     */
    public static final Set<String> SKIPPED_DIRECTORIES = Set.of(".ipynb_checkpoints", ".virtual_documents", ".git", ".hg", ".svn");

    private NotebookFiles() {
    }

    /**
     * @param roots    files and directories
     * @param anyFile  take every file under a directory, not only {@code *.ipynb}
     */
    public static List<Path> find(List<Path> roots, boolean anyFile) {
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                found.addAll(walk(root, anyFile));
            } else {
                found.add(root);
            }
        }
        return found;
    }

    private static List<Path> walk(Path root, boolean anyFile) {
        return walk(root, dir -> false, file -> anyFile || isNotebook(file));
    }

    /**
     * The regular files below {@code root} that {@code take} accepts, sorted, never descending into
     * {@link #SKIPPED_DIRECTORIES} nor into directories {@code prune} accepts, never following links;
     * with them the folders below that could not be opened, for the command to report.
     */
    public static List<Path> walk(Path root, Predicate<Path> prune, Predicate<Path> take) {
        List<Path> files = new ArrayList<>();
        NamedFolder folder = NamedFolder.of(root);
        try {
            Files.walkFileTree(folder.walked(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return skipped(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                private boolean skipped(Path dir) {
                    return !dir.equals(folder.walked())
                            && (SKIPPED_DIRECTORIES.contains(dir.getFileName().toString()) || prune.test(folder.asNamed(dir)));
                }

                /**
                 * A folder that cannot be opened (no permission to read it) is taken as a file,
                 * as is a notebook that cannot be looked at: the command reads it, reports why it
                 * cannot at that path alone, and works on the others. A folder that would be skipped
                 * anyway (a checkpoint folder a container left to root) stays skipped, and a file
                 * gone since the folder was listed (an editor's temporary save) is no file to report.
                 */
                @Override
                public FileVisitResult visitFileFailed(Path file, IOException problem) {
                    Path named = folder.asNamed(file);
                    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                        if (!skipped(file)) {
                            files.add(named);
                        }
                    } else if (!(problem instanceof NoSuchFileException) && take.test(named)) {
                        files.add(named);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    Path named = folder.asNamed(file);
                    if (attributes.isRegularFile() && take.test(named)) {
                        files.add(named);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    /** Whether a file is a notebook by its name: {@code .ipynb} in any case ({@code Report.IPYNB} is one too). */
    public static boolean isNotebook(Path file) {
        return isNotebookName(file.getFileName().toString());
    }

    public static boolean isNotebookName(String name) {
        return endsWith(name, ".ipynb");
    }

    /** Whether a file is a Zeppelin note by its name: {@code .zpln} in any case. */
    public static boolean isZeppelinNote(Path file) {
        return endsWith(file.getFileName().toString(), ".zpln");
    }

    private static boolean endsWith(String name, String extension) {
        return name.regionMatches(true, name.length() - extension.length(), extension, 0, extension.length());
    }
}
