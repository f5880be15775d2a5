package dev.nbexport.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The program a command line in git's configuration runs, and whether it can run. Git runs a
 * filter's and a diff driver's command with {@code sh -c} in the top folder of the work tree; the
 * shell fails with "not found" when the launcher written by install has since moved or gone.
 *
 * <p>This reads what install writes and what people write by hand: variable assignments before
 * the program, quotes and backslashes, {@code ~/}, paths relative to the top folder, names found on
 * PATH. A line with anything more (expansions such as {@code $VAR}, operators such as {@code &&},
 * redirections, an unclosed quote) has no program it can tell, and is never called missing: a false
 * alarm fails scripts that check the setup.
 */
final class ConfiguredCommand {

    /** Names the shell runs itself, not from PATH: reserved words and builtins. */
    private static final Set<String> SHELL_WORDS = Set.of("!", "{", "}", "case", "do", "done", "elif", "else", "esac", "fi",
            "for", "if", "in", "then", "until", "while", ".", ":", "[", "alias", "bg", "break", "cd", "command", "continue",
            "echo", "eval", "exec", "exit", "export", "false", "fg", "getopts", "hash", "jobs", "kill", "local", "printf",
            "pwd", "read", "readonly", "return", "set", "shift", "test", "times", "trap", "true", "type", "ulimit", "umask",
            "unalias", "unset", "wait");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Characters that, outside quotes, make a line more than a simple command: this reading stops there. */
    private static final String UNFOLLOWED = "$`;&|<>()\n";

    private ConfiguredCommand() {
    }

    /**
     * A word as the shell reads it, unquoted; {@code plain} is how many of its first characters
     * were unquoted in the line, {@code glob} whether it has an unquoted {@code * ? [}.
     */
    private record Word(String text, int plain, boolean glob) {
    }

    /**
     * The program {@code commandLine} runs, as the shell reads it: the first word after any
     * variable assignments, unquoted, with {@code ~/} as HOME in {@code environment}. Empty when
     * there is none, or when the line holds what this reading does not follow.
     */
    static Optional<String> program(String commandLine, Map<String, String> environment) {
        Optional<List<Word>> words = words(commandLine);
        boolean pathAssigned = false;
        for (Word word : words.orElse(List.of())) {
            int equals = word.text().indexOf('=');
            if (equals > 0 && equals < word.plain() && VARIABLE_NAME.matcher(word.text().substring(0, equals)).matches()) {
                pathAssigned |= word.text().startsWith("PATH=");
                continue;
            }
            if (word.glob() || pathAssigned && !word.text().contains("/")) {
                return Optional.empty();
            }
            return expandHome(word, environment);
        }
        return Optional.empty();
    }

    /**
     * The program of {@code commandLine} when it surely cannot be run where git runs it: a path
     * that is missing or not executable, or a bare name found in no folder of PATH.
     * {@code topFolder} is the work tree's top folder, where relative paths start; when it is not
     * known, a relative path is never called missing.
     */
    static Optional<String> missingProgram(String commandLine, Map<String, String> environment, Optional<Path> topFolder) {
        return program(commandLine, environment)
                .filter(program -> !program.isEmpty() && !mayRun(program, environment, topFolder));
    }

    private static boolean mayRun(String program, Map<String, String> environment, Optional<Path> topFolder) {
        try {
            if (program.contains("/")) {
                Path path = Path.of(program);
                return path.isAbsolute() ? isExecutableFile(path) : topFolder.map(top -> isExecutableFile(top.resolve(path))).orElse(true);
            }
            String searched = environment.get("PATH");
            if (searched == null || SHELL_WORDS.contains(program)) {
                return true; // without PATH, the shell searches its own default
            }
            boolean unknownFolder = false;
            for (String entry : searched.split(File.pathSeparator, -1)) {
                Path folder = Path.of(entry.isEmpty() ? "." : entry);
                Optional<Path> absolute = folder.isAbsolute() ? Optional.of(folder) : topFolder.map(top -> top.resolve(folder));
                if (absolute.isEmpty()) {
                    unknownFolder = true;
                } else if (isExecutableFile(absolute.get().resolve(program))) {
                    return true;
                }
            }
            return unknownFolder;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean isExecutableFile(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }

    /** {@code ~} or {@code ~/…} unquoted: HOME's value in its place; another user's home is not followed. */
    private static Optional<String> expandHome(Word word, Map<String, String> environment) {
        String text = word.text();
        int slash = text.indexOf('/');
        int end = slash < 0 ? text.length() : slash;
        boolean tildePrefix = text.startsWith("~") && (slash < 0 ? text.length() <= word.plain() : slash < word.plain());
        if (!tildePrefix) {
            return Optional.of(text);
        }
        String home = environment.get("HOME");
        if (end > 1 || home == null || home.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(home + text.substring(end));
    }

    /**
     * The words of {@code line} up to a comment, with single and double quotes and backslashes as the
     * shell takes them; empty when the line holds anything else the shell would expand or act on.
     */
    private static Optional<List<Word>> words(String line) {
        List<Word> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean inWord = false;
        boolean glob = false;
        int plain = -1;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    text.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '$' || c == '`' || c == '\\' && next == '\n') {
                    return Optional.empty();
                } else if (c == '\\' && "\"\\$`".indexOf(next) >= 0) {
                    text.append(next);
                    i++;
                } else {
                    text.append(c);
                }
            } else if (c == ' ' || c == '\t') {
                if (inWord) {
                    words.add(new Word(text.toString(), plain < 0 ? text.length() : plain, glob));
                    text.setLength(0);
                    inWord = false;
                    glob = false;
                    plain = -1;
                }
            } else if (c == '#' && !inWord) {
                break;
            } else if (UNFOLLOWED.indexOf(c) >= 0 || c == '\\' && (next == 0 || next == '\n')) {
                return Optional.empty();
            } else {
                inWord = true;
                if (c == '\'' || c == '"' || c == '\\') {
                    plain = plain < 0 ? text.length() : plain;
                    if (c == '\\') {
                        text.append(next);
                        i++;
                    } else {
                        quote = c;
                    }
                } else {
                    glob |= c == '*' || c == '?' || c == '[';
                    text.append(c);
                }
            }
        }
        if (quote != 0) {
            return Optional.empty();
        }
        if (inWord) {
            words.add(new Word(text.toString(), plain < 0 ? text.length() : plain, glob));
        }
        return Optional.of(words);
    }
}
