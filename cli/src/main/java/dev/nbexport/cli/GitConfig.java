package dev.nbexport.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes keys of one git configuration file (repository, global or system) through {@code git config}. */
final class GitConfig {

    private final GitRunner git;
    private final GitScope scope;

    GitConfig(GitRunner git, GitScope scope) {
        this.git = git;
        this.scope = scope;
    }

    /** The key's value in this scope's file. */
    Optional<String> get(String key) throws IOException {
        GitRunner.Result result = git.run(args("--get", key));
        if (result.exitCode() == 1) {
            return Optional.empty();
        }
        if (!result.ok()) {
            git.require(args("--get", key));
        }
        return Optional.of(result.firstLine());
    }

    void set(String key, String value) throws IOException {
        git.require(args(key, value));
    }

    /** Removes the key; a key that is not set is not an error. */
    void unset(String key) throws IOException {
        GitRunner.Result result = git.run(args("--unset-all", key));
        if (!result.ok() && result.exitCode() != 5) {
            git.require(args("--unset-all", key));
        }
    }

    /** Removes a section such as {@code filter.nbexport} if no key is left in it. */
    void removeSectionIfEmpty(String section) throws IOException {
        String pattern = "^" + section.replace(".", "\\.") + "\\.";
        if (git.run(args("--get-regexp", pattern)).exitCode() == 1) {
            git.run(args("--remove-section", section));
        }
    }

    private String[] args(String... rest) {
        List<String> args = new ArrayList<>();
        args.add("config");
        args.add(scope.flag());
        args.addAll(List.of(rest));
        return args.toArray(String[]::new);
    }
}
