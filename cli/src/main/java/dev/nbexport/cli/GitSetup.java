package dev.nbexport.cli;

import dev.nbexport.core.io.ShellWords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@code nbexport git install} writes, and where: the filter and diff drivers in one git
 * configuration, and two lines in one attributes file. Uninstall removes exactly these.
 */
final class GitSetup {

    static final String FILTER = "filter.nbexport";
    static final String DIFF = "diff.ipynb";
    static final List<String> ATTRIBUTES = List.of("*.ipynb filter=nbexport", "*.ipynb diff=ipynb");

    /** The environment variable the launcher script sets to its own absolute path. */
    static final String LAUNCHER_VARIABLE = "NBEXPORT_LAUNCHER";
    /** The launcher's name where only what follows it counts. */
    private static final String LAUNCHER_PLACEHOLDER = "nbexport";

    static final String PRE_COMMIT_CONFIG = ".pre-commit-config.yaml";
    /** A hook id of nbexport's on a line that is not a comment. */
    private static final Pattern NBEXPORT_HOOK = Pattern.compile("(?m)^[^#\\n]*\\bid:\\s*['\"]?nbexport-");

    private final GitRunner git;
    private final GitScope scope;
    private final GitConfig config;
    private final GitAttributesFile attributes;
    private final Map<String, String> environment;

    /** {@code environment} is the one git runs the filter's command in: its PATH finds a bare {@code nbexport}. */
    GitSetup(GitRunner git, GitScope scope, GitAttributesFile attributes, Map<String, String> environment) {
        this.git = git;
        this.scope = scope;
        this.config = new GitConfig(git, scope);
        this.attributes = attributes;
        this.environment = environment;
    }

    /** The configuration keys and values nbexport installs, with {@code launcher} as the command. */
    static Map<String, String> entries(String launcher) {
        Map<String, String> entries = new LinkedHashMap<>();
        // Git puts the notebook's path for %f, quoted: its policy is that of its own folder, as with the
        // process. After ./ a name such as -v.ipynb cannot pass for an option.
        entries.put(FILTER + ".clean", launcher + " strip --stdin-filename=./%f");
        entries.put(FILTER + ".smudge", "cat");
        entries.put(FILTER + ".process", launcher + " git filter-process");
        entries.put(FILTER + ".required", "true");
        entries.put(DIFF + ".textconv", launcher + " strip -t");
        return entries;
    }

    /**
     * The command git should run: the absolute path of the running launcher when it said so,
     * quoted for the shell if need be, else {@code nbexport} from PATH.
     */
    static String launcher(Map<String, String> environment) {
        String path = environment.get(LAUNCHER_VARIABLE);
        if (path == null || path.isEmpty() || !Files.isExecutable(Path.of(path))) {
            return "nbexport";
        }
        return ShellWords.quoted(path);
    }

    /**
     * Whether {@code launcher} lies in a Maven build folder: below a folder {@code target} beside a
     * {@code pom.xml}, which {@code mvn clean} deletes.
     */
    static boolean insideMavenBuild(Path launcher) {
        for (Path folder = launcher.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            Path name = folder.getFileName();
            if (name != null && name.toString().equals("target") && folder.getParent() != null
                    && Files.isRegularFile(folder.getParent().resolve("pom.xml"))) {
                return true;
            }
        }
        return false;
    }

    GitScope scope() {
        return scope;
    }

    Path attributesFile() {
        return attributes.path();
    }

    void install(String launcher) throws IOException {
        for (Map.Entry<String, String> entry : entries(launcher).entrySet()) {
            config.set(entry.getKey(), entry.getValue());
        }
        attributes.add(ATTRIBUTES);
    }

    /**
     * Whether the work tree's pre-commit configuration runs nbexport's hooks, which the filter makes
     * pointless (strip) or failing (verify reads the working copy, which keeps its outputs).
     */
    boolean preCommitRunsNbexportHooks() {
        try {
            Path config = topFolder().map(top -> top.resolve(PRE_COMMIT_CONFIG)).orElse(null);
            // Latin-1 reads any bytes: the hook ids are ASCII.
            return config != null && Files.isRegularFile(config)
                    && NBEXPORT_HOOK.matcher(Files.readString(config, StandardCharsets.ISO_8859_1)).find();
        } catch (IOException | RuntimeException e) {
            return false; // only a hint: the install is done
        }
    }

    void uninstall() throws IOException {
        for (String key : entries("nbexport").keySet()) {
            if (key.startsWith(DIFF + ".")) {
                // The diff driver's name is shared with other tools: remove it only if it is ours.
                Optional<String> value = config.get(key);
                if (value.isEmpty() || !value.get().endsWith(" strip -t")) {
                    continue;
                }
            }
            config.unset(key);
        }
        config.removeSectionIfEmpty(FILTER);
        config.removeSectionIfEmpty(DIFF);
        attributes.remove(ATTRIBUTES);
    }

    /**
     * What is installed: each key's value (empty when unset), each attributes line's presence, and
     * the program of a key that runs nbexport when it cannot be run.
     */
    Status status() throws IOException {
        Map<String, Optional<String>> values = new LinkedHashMap<>();
        Optional<Path> topFolder = scope == GitScope.LOCAL ? topFolder() : Optional.empty();
        Optional<String> missing = Optional.empty();
        for (Map.Entry<String, String> entry : entries(LAUNCHER_PLACEHOLDER).entrySet()) {
            Optional<String> value = config.get(entry.getKey());
            values.put(entry.getKey(), value);
            if (missing.isEmpty() && value.isPresent() && entry.getValue().startsWith(LAUNCHER_PLACEHOLDER + " ")) {
                missing = ConfiguredCommand.missingProgram(value.get(), environment, topFolder);
            }
        }
        Map<String, Boolean> lines = new LinkedHashMap<>();
        for (String line : ATTRIBUTES) {
            lines.put(line, attributes.contains(line));
        }
        return new Status(values, lines, missing);
    }

    /**
     * Where git runs the commands of this repository's configuration: the top folder of its work
     * tree. Those of the global and system configurations run in every repository's own.
     */
    private Optional<Path> topFolder() throws IOException {
        GitRunner.Result top = git.run("rev-parse", "--show-toplevel");
        return top.ok() && !top.firstLine().isEmpty() ? Optional.of(Path.of(top.firstLine())) : Optional.empty();
    }

    /**
     * The installed state. Complete means every key set and every attributes line present;
     * installed means complete and the command the keys run there to run: else every {@code git add}
     * of a notebook fails.
     */
    record Status(Map<String, Optional<String>> values, Map<String, Boolean> attributeLines, Optional<String> missingProgram) {
        boolean complete() {
            return values.values().stream().allMatch(Optional::isPresent)
                    && attributeLines.values().stream().allMatch(Boolean::booleanValue);
        }

        boolean installed() {
            return complete() && missingProgram.isEmpty();
        }
    }

    /**
     * Where the attributes go by default: the repository's {@code info/attributes}; for the global
     * scope git's {@code core.attributesFile}, else {@code $XDG_CONFIG_HOME/git/attributes}; for the
     * system scope {@code /etc/gitattributes} (or where this git keeps it).
     */
    static Path defaultAttributesFile(GitRunner git, GitScope scope, Map<String, String> environment) throws IOException {
        switch (scope) {
            case GLOBAL -> {
                Optional<String> configured = new GitConfig(git, GitScope.GLOBAL).get("core.attributesFile");
                if (configured.isPresent() && !configured.get().isBlank()) {
                    return expandHome(configured.get(), environment);
                }
                String xdg = environment.get("XDG_CONFIG_HOME");
                Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : home(environment).resolve(".config");
                return base.resolve("git").resolve("attributes");
            }
            case SYSTEM -> {
                GitRunner.Result result = git.run("var", "GIT_ATTR_SYSTEM");
                return result.ok() && !result.firstLine().isBlank() ? Path.of(result.firstLine()) : Path.of("/etc/gitattributes");
            }
            default -> {
                GitRunner.Result inside = git.run("rev-parse", "--is-inside-work-tree");
                if (!inside.ok()) {
                    throw new UsageException("not in a git repository: " + git.directory().toAbsolutePath()
                            + " (use --global or --system to install for every repository)");
                }
                String path = git.require("rev-parse", "--git-path", "info/attributes").firstLine();
                return git.directory().resolve(path).toAbsolutePath().normalize();
            }
        }
    }

    private static Path expandHome(String path, Map<String, String> environment) {
        if (path.equals("~")) {
            return home(environment);
        }
        if (path.startsWith("~/")) {
            return home(environment).resolve(path.substring(2));
        }
        return Path.of(path);
    }

    private static Path home(Map<String, String> environment) {
        String home = environment.get("HOME");
        return Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"));
    }
}
