package dev.nbexport.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The program a command line in git's configuration runs (its first word, as the shell reads it),
 * and whether it can run: git starts it through the shell, which fails with "not found" when the
 * launcher written by install has since moved or gone.
 */
final class ConfiguredCommand {

    private ConfiguredCommand() {
    }

    /** The program {@code commandLine} names, unquoted: single and double quotes and backslashes, as the shell takes them. */
    static String program(String commandLine) {
        String line = commandLine.stripLeading();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                break;
            } else {
                word.append(c);
            }
        }
        return word.toString();
    }

    /**
     * The program of {@code commandLine} when it cannot be run: a path that is missing or not
     * executable, or a bare name found in no folder of PATH.
     */
    static Optional<String> missingProgram(String commandLine, Map<String, String> environment) {
        String program = program(commandLine);
        if (program.isEmpty()) {
            return Optional.empty();
        }
        return runnable(program, environment) ? Optional.empty() : Optional.of(program);
    }

    private static boolean runnable(String program, Map<String, String> environment) {
        try {
            if (program.contains("/")) {
                return isExecutableFile(Path.of(program));
            }
            for (String folder : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (isExecutableFile(Path.of(folder.isEmpty() ? "." : folder, program))) {
                    return true;
                }
            }
            return false;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean isExecutableFile(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }
}
