package dev.nbexport.cli;

import java.util.Optional;

/** Which git configuration nbexport is installed into. */
enum GitScope {
    /** The repository's own configuration, {@code .git/config}. */
    LOCAL("--local", "repository"),
    /** The user's, {@code ~/.gitconfig}. */
    GLOBAL("--global", "global"),
    /** The machine's, {@code /etc/gitconfig}. */
    SYSTEM("--system", "system"),
    /** Reading only: what git uses, all files together. */
    EFFECTIVE(null, "effective");

    private final String flag;
    private final String label;

    GitScope(String flag, String label) {
        this.flag = flag;
        this.label = label;
    }

    Optional<String> flag() {
        return Optional.ofNullable(flag);
    }

    String label() {
        return label;
    }
}
