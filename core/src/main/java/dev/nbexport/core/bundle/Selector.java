package dev.nbexport.core.bundle;

import dev.nbexport.core.files.NamedFolder;
import dev.nbexport.core.files.NotebookFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses what a bundle takes from a tree, failing closed: a file goes only if it is a regular file
 * with a portable name, is not excluded by a pattern, and the {@link IncludeRule} takes it.
 * Everything else is listed with its reason. Symbolic links are never followed.
 */
public final class Selector {

    public static final String IGNORE_FILE = ".nbexportignore";

    private final Path root;
    private final IgnorePatterns patterns;
    private final Set<Path> outside;

    public Selector(Path root, List<String> excludes) {
        this(root, excludes, List.of());
    }

    /**
     * A selector that also passes over {@code outside}: directories and files under the root that are
     * not part of the tree (a build's output directories, the bundle being written), neither taken nor
     * listed as left out, so that the selection is the same whether they exist yet or not.
     */
    public Selector(Path root, List<String> excludes, Collection<Path> outside) {
        NamedFolder folder = NamedFolder.of(root.toAbsolutePath().normalize());
        this.root = folder.walked();
        this.outside = outside.stream().map(path -> folder.asWalked(path.toAbsolutePath().normalize()))
                .collect(Collectors.toUnmodifiableSet());
        List<String> lines = new ArrayList<>(excludes);
        Path ignoreFile = this.root.resolve(IGNORE_FILE);
        if (Files.isRegularFile(ignoreFile)) {
            try {
                lines.addAll(0, Files.readAllLines(ignoreFile));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        this.patterns = IgnorePatterns.parse(lines);
    }

    public Selection select() throws IOException {
        List<Selection.Included> included = new ArrayList<>();
        List<Selection.Excluded> excluded = new ArrayList<>();
        List<Selection.Unreadable> unreadable = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                if (outside.contains(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                String path = relative(dir) + "/";
                String skipped = IncludeRule.skippedDirectory(dir.getFileName().toString()).orElse(null);
                if (skipped == null && Files.isRegularFile(dir.resolve(IncludeRule.VIRTUAL_ENVIRONMENT_MARK))) {
                    skipped = IncludeRule.VIRTUAL_ENVIRONMENT;
                }
                String pattern = patterns.match(relative(dir), true);
                if (skipped != null || pattern != null) {
                    excluded.add(new Selection.Excluded(path, skipped != null ? skipped : "excluded by pattern '" + pattern + "'"));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (outside.contains(file)) {
                    return FileVisitResult.CONTINUE;
                }
                String path = relative(file);
                IncludeRule.Left left;
                try {
                    left = reasonToLeave(file, path, attributes);
                } catch (NoSuchFileException gone) {
                    return FileVisitResult.CONTINUE; // removed since the folder was listed: nothing to take
                } catch (IOException e) {
                    unreadable.add(new Selection.Unreadable(path, problem(e)));
                    return FileVisitResult.CONTINUE;
                }
                if (left == null) {
                    included.add(new Selection.Included(file, path, NotebookFiles.isNotebookName(path)));
                } else {
                    excluded.add(new Selection.Excluded(path, left.reason(), left.knownData() ? file : null));
                }
                return FileVisitResult.CONTINUE;
            }

            /**
             * A folder that cannot be opened, or a file that cannot be looked at: what the bundle
             * would pass over anyway (a checkpoint folder, a pattern's match, build output) stays
             * passed over; anything else could not be judged, and stops the bundle.
             */
            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (outside.contains(file) || e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                boolean directory = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
                String path = file.equals(root) ? "./" : relative(file) + (directory ? "/" : "");
                String skipped = directory ? IncludeRule.skippedDirectory(file.getFileName().toString()).orElse(null) : null;
                String pattern = patterns.match(relative(file), directory);
                if (skipped != null || pattern != null) {
                    excluded.add(new Selection.Excluded(path, skipped != null ? skipped : "excluded by pattern '" + pattern + "'"));
                } else {
                    unreadable.add(new Selection.Unreadable(path, problem(e)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        leaveNameCollisions(included, excluded);
        included.sort(Comparator.comparing(Selection.Included::entryName));
        excluded.sort(Comparator.comparing(Selection.Excluded::path));
        unreadable.sort(Comparator.comparing(Selection.Unreadable::path));
        return new Selection(included, excluded, unreadable);
    }

    /** Why a file could not be read, in the file system's words, without the path its message repeats. */
    private static String problem(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Why the file stays home, or null when it is taken. */
    private IncludeRule.Left reasonToLeave(Path file, String path, BasicFileAttributes attributes) throws IOException {
        if (attributes.isSymbolicLink()) {
            return left("a symbolic link");
        }
        if (!attributes.isRegularFile()) {
            return left("not a regular file");
        }
        String pattern = patterns.match(path, false);
        if (pattern != null) {
            return left("excluded by pattern '" + pattern + "'");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(IncludeRule.HEAD);
        }
        // Its kind first: a data file stays home as data, and is read as known data, whatever its name.
        IncludeRule.Left byKind = IncludeRule.reasonToLeave(path, head).orElse(null);
        if (byKind != null) {
            return byKind;
        }
        if (!EntryNames.isPortable(path)) {
            return left("a name that is not portable (control characters, backslashes, colons, or a dot or space ending a part)");
        }
        if (!EntryNames.isText(path)) {
            return left("a name that is not UTF-8 (rename the file to take it: the gate refuses such a name)");
        }
        return null;
    }

    private static IncludeRule.Left left(String reason) {
        return new IncludeRule.Left(reason, false);
    }

    /** Two names equal after case folding and Unicode normalisation would collide when unpacked: both stay home. */
    private static void leaveNameCollisions(List<Selection.Included> included, List<Selection.Excluded> excluded) {
        Map<String, List<Selection.Included>> byKey = new HashMap<>();
        for (Selection.Included file : included) {
            byKey.computeIfAbsent(EntryNames.collisionKey(file.entryName()), k -> new ArrayList<>()).add(file);
        }
        for (List<Selection.Included> group : byKey.values()) {
            if (group.size() > 1) {
                for (Selection.Included file : group) {
                    included.remove(file);
                    excluded.add(new Selection.Excluded(file.entryName(),
                            "its name differs from another only by case or Unicode normalisation"));
                }
            }
        }
    }

    private String relative(Path path) {
        return Normalizer.normalize(root.relativize(path).toString().replace(java.io.File.separatorChar, '/'),
                Normalizer.Form.NFC);
    }
}
