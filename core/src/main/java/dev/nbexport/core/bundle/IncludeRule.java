package dev.nbexport.core.bundle;

import dev.nbexport.core.verify.FileKind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a bundle may hold, failing closed: a file under no skipped directory, not a rendering of a
 * notebook, neither data nor an archive by name or first bytes ({@link FileKind}), on the include
 * list, and text. The bundler takes a file, and the gate accepts an entry, only by this rule.
 */
final class IncludeRule {

    /** Source-like files, by extension. */
    private static final Set<String> SOURCE_EXTENSIONS = Set.of("ipynb", "py", "ipy", "pyi", "r", "rmd", "qmd", "jl",
            "sql", "md", "txt", "rst", "toml", "yaml", "yml", "cfg", "ini", "sh", "bash", "ps1", "scala", "java", "kt",
            "tex", "bib", "css", "js", "ts", "lua", "m", "do", "ado", "sas", "gradle", "kts", "groovy", "sbt", "rproj", "stan",
            "smk", "nf", "wdl", "c", "h", "cc", "cpp", "hpp", "go", "rs");
    /** Source-like files without a telling extension. */
    private static final Set<String> SOURCE_NAMES = Set.of("DESCRIPTION", "NAMESPACE", "Makefile", "Dockerfile",
            "LICENSE", "README", "renv.lock", "Pipfile", "Pipfile.lock", "poetry.lock", ".gitignore", ".gitattributes",
            Selector.IGNORE_FILE, ".nbexport.yaml", ".Rbuildignore", ".pre-commit-config.yaml",
            // The builds of the JVM sources above: without them the project that comes back does not build.
            "pom.xml", "mvnw", "mvnw.cmd", "maven-wrapper.properties", "gradlew", "gradlew.bat", "gradle-wrapper.properties",
            "Snakefile", "Jenkinsfile", "Procfile", "MANIFEST.in", "NEWS", "CHANGELOG", ".editorconfig", ".dockerignore");
    /** Directories never taken, and why. */
    private static final Map<String, String> SKIPPED_DIRECTORIES = Map.ofEntries(
            Map.entry(".ipynb_checkpoints", "Jupyter checkpoint copies (whole notebooks with their outputs)"),
            Map.entry(".virtual_documents", "JupyterLab's language-server copies of notebooks' code"),
            Map.entry(".git", "version control history"),
            Map.entry(".hg", "version control history"),
            Map.entry(".svn", "version control history"),
            Map.entry("__pycache__", "compiled Python"),
            Map.entry("node_modules", "installed packages"),
            Map.entry(".Rproj.user", "RStudio session state"),
            Map.entry(".venv", "a virtual environment"),
            Map.entry(".mypy_cache", "a tool cache"),
            Map.entry(".pytest_cache", "a tool cache"));
    /** How many first bytes of a file its kind is judged by. */
    static final int HEAD = 4096;
    /** The file that marks a directory as a virtual environment. */
    static final String VIRTUAL_ENVIRONMENT_MARK = "pyvenv.cfg";
    static final String VIRTUAL_ENVIRONMENT = "a virtual environment";

    /**
     * Why a file stays home.
     *
     * @param reason       in a few words, for the list of files left out
     * @param byKind       whether {@link FileKind} (data, archive, binary) said so, which the content rules report on their own
     * @param knownData    whether its values are read as known data (a CSV or TSV file, an Excel workbook)
     */
    record Left(String reason, boolean byKind, boolean knownData) {
        Left(String reason, boolean byKind) {
            this(reason, byKind, false);
        }
    }

    private IncludeRule() {
    }

    /** Why a directory of this name is never taken, if it is one of those. */
    static Optional<String> skippedDirectory(String directoryName) {
        return Optional.ofNullable(SKIPPED_DIRECTORIES.get(directoryName));
    }

    /**
     * Why the file at {@code path} ({@code /}-separated, relative) whose first bytes are {@code head}
     * stays home, or empty when a bundle takes it.
     */
    static Optional<Left> reasonToLeave(String path, byte[] head) {
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        if (slash >= 0) {
            for (String directory : path.substring(0, slash).split("/")) {
                Optional<String> skipped = skippedDirectory(directory);
                if (skipped.isPresent()) {
                    return left(skipped.get());
                }
            }
            // The bundler never walks into a directory holding this mark, so it never takes the mark itself.
            if (name.equals(VIRTUAL_ENVIRONMENT_MARK)) {
                return left(VIRTUAL_ENVIRONMENT);
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".nb.html") || lower.endsWith(".nbconvert.ipynb")) {
            return left("a rendering of a notebook (it carries the outputs)");
        }
        FileKind.Verdict verdict = FileKind.of(name, head);
        switch (verdict.kind()) {
            case DATA:
                return Optional.of(new Left("data (" + verdict.why() + ")", true, FileKind.isKnownDataFile(name, head)));
            case ARCHIVE:
                return Optional.of(new Left("an archive (" + verdict.why() + ")", true));
            default:
                break;
        }
        String extension = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
        boolean listed = SOURCE_EXTENSIONS.contains(extension) || SOURCE_NAMES.contains(name)
                || lower.startsWith("requirements") && lower.endsWith(".txt") || lower.equals("environment.yml");
        if (!listed) {
            return left("not on the include list" + (extension.isEmpty() ? "" : " (." + extension + ")"));
        }
        if (verdict.kind() == FileKind.BINARY) {
            return Optional.of(new Left(verdict.why(), true));
        }
        return Optional.empty();
    }

    private static Optional<Left> left(String reason) {
        return Optional.of(new Left(reason, false));
    }
}
