package dev.nbexport.cli;

import dev.nbexport.core.policy.KeyPath;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metadata keys a team set for nbstripout in git's configuration: {@code filter.nbstripout.extrakeys}
 * and {@code filter.nbstripout.keepmetadatakeys}, space-separated lists that nbstripout adds to
 * {@code --extra-keys} and {@code --keep-metadata-keys}. Read once, the first time they are asked for,
 * by {@code git config} in the given directory as nbstripout does.
 */
final class NbstripoutGitKeys {

    static final String EXTRA_KEYS = "filter.nbstripout.extrakeys";
    static final String KEEP_METADATA_KEYS = "filter.nbstripout.keepmetadatakeys";

    /** What, in a configuration file, could set the keys: their names, or a file included. */
    private static final List<String> MENTIONS = List.of("extrakeys", "keepmetadatakeys", "include");
    /** Variables that hand git configuration outside the files, or move the repository. */
    private static final List<String> CONFIGURING_VARIABLES =
            List.of("GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GIT_CONFIG", "GIT_DIR", "GIT_COMMON_DIR");
    /** Where git builds keep the system configuration: Debian and most, /usr/local, Homebrew. */
    private static final List<String> SYSTEM_FILES = List.of("/etc/gitconfig", "/usr/local/etc/gitconfig", "/opt/homebrew/etc/gitconfig");
    private static final int MAX_SCANNED = 1 << 20;

    /** The two lists, each as git gave it (empty when unset). */
    record Values(String extraKeys, String keepMetadataKeys) {
        static final Values NONE = new Values("", "");
    }

    /** The two lists, parsed. */
    record Keys(List<KeyPath> extraKeys, List<KeyPath> keepMetadataKeys) {
        static final Keys NONE = new Keys(List.of(), List.of());
    }

    private final Path directory;
    private final Map<String, String> environment;
    private Keys keys;

    NbstripoutGitKeys(Path directory, Map<String, String> environment) {
        this.directory = directory;
        this.environment = environment;
    }

    static NbstripoutGitKeys inWorkingDirectory() {
        return new NbstripoutGitKeys(Path.of("").toAbsolutePath(), System.getenv());
    }

    /** The keys; ones that name neither notebook nor cell metadata are ignored with a note, as nbstripout does. */
    synchronized Keys keys(Problems problems) {
        if (keys == null) {
            Values values = values();
            // Not equals(): a record's is bootstrapped through method handles, costly at the start.
            keys = values == Values.NONE ? Keys.NONE : new Keys(
                    PolicyOptions.keyPaths(List.of(values.extraKeys()), NbstripoutGitKeys::removable, "extra key", problems),
                    PolicyOptions.keyPaths(List.of(values.keepMetadataKeys()), KeyPath::parse, "metadata key to keep", problems));
        }
        return keys;
    }

    /**
     * A key to remove, as {@link KeyPath#removable}; one every notebook needs is ignored with the note
     * for invalid keys, as the configuration is read where a usage error has no command line to name.
     */
    private static KeyPath removable(String dotted) {
        try {
            return KeyPath.removable(dotted);
        } catch (KeyPath.RequiredKeyException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /**
     * The lists as git's configuration holds them. Git is run only when a file it would read mentions
     * them: most strips have none set, and starting git would cost them a few milliseconds. A git that
     * is missing or fails sets none, as for nbstripout.
     */
    Values values() {
        if (!mayBeSet()) {
            return Values.NONE;
        }
        try {
            GitRunner.Result result = new GitRunner(directory)
                    .run("config", "-z", "--get-regexp", "^filter\\.nbstripout\\.(extrakeys|keepmetadatakeys)$");
            return result.ok() ? parse(result.out()) : Values.NONE;
        } catch (IOException e) {
            return Values.NONE;
        }
    }

    /** Reads {@code git config -z --get-regexp}: "key\nvalue\0" each; of a key set twice, the last value counts. */
    static Values parse(String output) {
        String extra = "";
        String keep = "";
        for (String entry : output.split("\0")) {
            int newline = entry.indexOf('\n');
            String key = (newline < 0 ? entry : entry.substring(0, newline)).toLowerCase(Locale.ROOT);
            String value = newline < 0 ? "" : entry.substring(newline + 1);
            if (key.equals(EXTRA_KEYS)) {
                extra = value;
            } else if (key.equals(KEEP_METADATA_KEYS)) {
                keep = value;
            }
        }
        return new Values(extra, keep);
    }

    /**
     * Whether git's configuration could set the keys: false only when no file git reads mentions them.
     * Loops, not streams: this runs at every start, before any stream machinery is loaded.
     */
    boolean mayBeSet() {
        for (String variable : CONFIGURING_VARIABLES) {
            if (environment.containsKey(variable)) {
                return true;
            }
        }
        List<Path> files = new ArrayList<>();
        if (!environment.containsKey("GIT_CONFIG_NOSYSTEM")) {
            String system = environment.get("GIT_CONFIG_SYSTEM");
            for (String file : system != null ? List.of(system) : SYSTEM_FILES) {
                files.add(Path.of(file));
            }
            // A conda environment's own git (data scientists' usual one) keeps its system file there.
            String conda = environment.get("CONDA_PREFIX");
            if (system == null && conda != null && !conda.isEmpty()) {
                files.add(Path.of(conda, "etc", "gitconfig"));
            }
        }
        String global = environment.get("GIT_CONFIG_GLOBAL");
        if (global != null) {
            files.add(Path.of(global));
        } else {
            String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
            String xdg = environment.get("XDG_CONFIG_HOME");
            files.add(xdg != null && !xdg.isEmpty() ? Path.of(xdg, "git", "config") : Path.of(home, ".config", "git", "config"));
            files.add(Path.of(home, ".gitconfig"));
        }
        for (Path folder = directory; folder != null; folder = folder.getParent()) {
            Path dotGit = folder.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                files.add(dotGit.resolve("config"));
                files.add(dotGit.resolve("config.worktree"));
                break;
            }
            if (Files.exists(dotGit)) {
                // A worktree or submodule: its configuration is elsewhere; let git find it.
                return true;
            }
        }
        for (Path file : files) {
            if (mentions(file)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return false;
            }
            if (Files.size(file) > MAX_SCANNED) {
                return true;
            }
            String text;
            // A FileInputStream, whose classes every run has loaded: Files.readAllBytes would load
            // the channel classes and their native library, a millisecond at each start.
            try (InputStream in = new FileInputStream(file.toFile())) {
                text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            }
            for (String mention : MENTIONS) {
                if (text.contains(mention)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
