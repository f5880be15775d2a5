package dev.nbexport.cli;

/** Which git configuration nbexport is installed into. */
enum GitScope {
    /** The repository's own configuration, {@code .git/config}. */
    LOCAL("--local", "repository"),
    /** The user's, {@code ~/.gitconfig}. */
    GLOBAL("--global", "global"),
    /** The machine's, {@code /etc/gitconfig}. */
    SYSTEM("--system", "system");

    private final String flag;
    private final String label;

    GitScope(String flag, String label) {
        this.flag = flag;
        this.label = label;
    }

    /** The {@code git config} option that selects this configuration file. */
    String flag() {
        return flag;
    }

    String label() {
        return label;
    }
}
