package dev.nbexport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where {@code nbexport git install|uninstall|status} look: which git configuration, which attributes file. */
final class GitLocationOptions {

    static final class Scope {
        @Option(names = "--global", description = "The user's git configuration (~/.gitconfig), for every repository.")
        boolean global;

        @Option(names = "--system", description = "The machine's git configuration (/etc/gitconfig), for every user.")
        boolean system;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Scope scope;

    @Option(names = "--attributes", paramLabel = "FILE",
            description = "The attributes file to use (default: .git/info/attributes; with --global git's"
                    + " core.attributesFile or ~/.config/git/attributes; with --system /etc/gitattributes).")
    Path attributes;

    @Option(names = "-C", paramLabel = "DIR", description = "Run as if started in DIR, like git -C.")
    Path directory;

    GitScope scope() {
        if (scope != null && scope.global) {
            return GitScope.GLOBAL;
        }
        if (scope != null && scope.system) {
            return GitScope.SYSTEM;
        }
        return GitScope.LOCAL;
    }

    GitRunner git() {
        return new GitRunner(directory == null ? Path.of("").toAbsolutePath() : directory.toAbsolutePath());
    }

    /** The setup at these options; in the repository scope, outside a repository, a usage error. */
    GitSetup setup() throws IOException {
        GitRunner git = git();
        Map<String, String> environment = System.getenv();
        Path file = attributes != null
                ? git.directory().resolve(attributes)
                : GitSetup.defaultAttributesFile(git, scope(), environment);
        return new GitSetup(git, scope(), new GitAttributesFile(file));
    }
}
