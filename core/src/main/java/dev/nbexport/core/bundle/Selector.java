package dev.nbexport.core.bundle;

import dev.nbexport.core.files.NotebookFiles;
import dev.nbexport.core.verify.FileKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses what a bundle takes from a tree, failing closed: a file goes only if it is on the include
 * list, is not excluded by a pattern, and neither its name nor its first bytes say it is data or an
 * archive. Everything else is listed with its reason. Symbolic links are never followed.
 */
public final class Selector {

    public static final String IGNORE_FILE = ".nbexportignore";

    /** Source-like files, by extension. */
    static final Set<String> SOURCE_EXTENSIONS = Set.of("ipynb", "py", "ipy", "pyi", "r", "rmd", "qmd", "jl", "sql",
            "md", "txt", "rst", "toml", "yaml", "yml", "cfg", "ini", "sh", "bash", "ps1", "scala", "java", "kt", "tex",
            "bib", "css", "js", "ts", "lua", "m", "do", "sas");
    /** Source-like files without a telling extension. */
    static final Set<String> SOURCE_NAMES = Set.of("DESCRIPTION", "NAMESPACE", "Makefile", "Dockerfile", "LICENSE",
            "README", "renv.lock", "Pipfile", "Pipfile.lock", "poetry.lock", ".gitignore", ".gitattributes",
            IGNORE_FILE, ".nbexport.yaml", ".Rbuildignore", ".pre-commit-config.yaml");
    /** Directories never taken, and why. */
    static final Map<String, String> SKIPPED_DIRECTORIES = Map.of(
            ".ipynb_checkpoints", "Jupyter checkpoint copies (whole notebooks with their outputs)",
            ".git", "version control history",
            ".hg", "version control history",
            ".svn", "version control history",
            "__pycache__", "compiled Python",
            "node_modules", "installed packages",
            ".Rproj.user", "RStudio session state",
            ".venv", "a virtual environment",
            ".mypy_cache", "a tool cache",
            ".pytest_cache", "a tool cache");

    private final Path root;
    private final IgnorePatterns patterns;

    public Selector(Path root, List<String> excludes) {
        this.root = root.toAbsolutePath().normalize();
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
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String path = relative(dir) + "/";
                String skipped = SKIPPED_DIRECTORIES.get(dir.getFileName().toString());
                if (skipped == null && Files.isRegularFile(dir.resolve("pyvenv.cfg"))) {
                    skipped = "a virtual environment";
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
                String path = relative(file);
                String reason = reasonToLeave(file, path, attributes);
                if (reason == null) {
                    included.add(new Selection.Included(file, path, NotebookFiles.isNotebookName(path)));
                } else {
                    excluded.add(new Selection.Excluded(path, reason));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                excluded.add(new Selection.Excluded(relative(file), "cannot be read"));
                return FileVisitResult.CONTINUE;
            }
        });
        leaveNameCollisions(included, excluded);
        included.sort(Comparator.comparing(Selection.Included::entryName));
        excluded.sort(Comparator.comparing(Selection.Excluded::path));
        return new Selection(included, excluded);
    }

    private String reasonToLeave(Path file, String path, BasicFileAttributes attributes) throws IOException {
        if (attributes.isSymbolicLink()) {
            return "a symbolic link";
        }
        if (!attributes.isRegularFile()) {
            return "not a regular file";
        }
        String pattern = patterns.match(path, false);
        if (pattern != null) {
            return "excluded by pattern '" + pattern + "'";
        }
        if (!EntryNames.isPortable(path)) {
            return "a name that is not portable (control characters, backslashes or colons)";
        }
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".nb.html") || lower.endsWith(".nbconvert.ipynb")) {
            return "a rendering of a notebook (it carries the outputs)";
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        FileKind.Verdict verdict = FileKind.of(name, head);
        switch (verdict.kind()) {
            case DATA:
                return "data (" + verdict.why() + ")";
            case ARCHIVE:
                return "an archive (" + verdict.why() + ")";
            default:
                break;
        }
        String extension = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
        boolean listed = SOURCE_EXTENSIONS.contains(extension) || SOURCE_NAMES.contains(name)
                || lower.startsWith("requirements") && lower.endsWith(".txt") || lower.equals("environment.yml");
        if (!listed) {
            return "not on the include list" + (extension.isEmpty() ? "" : " (." + extension + ")");
        }
        if (verdict.kind() == FileKind.BINARY) {
            return "binary content";
        }
        return null;
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
