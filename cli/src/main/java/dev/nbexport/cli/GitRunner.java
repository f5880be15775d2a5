package dev.nbexport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs {@code git} in a directory and captures what it prints; nothing more. */
final class GitRunner {

    /** What one git command did. */
    record Result(int exitCode, String out, String err) {
        boolean ok() {
            return exitCode == 0;
        }

        /** The first line of standard output, or "" when there is none. */
        String firstLine() {
            int end = out.indexOf('\n');
            return end < 0 ? out : out.substring(0, end);
        }
    }

    private final Path directory;

    GitRunner(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** Runs {@code git ARGS}; a missing git is an {@link IOException} saying so. */
    Result run(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).start();
        } catch (IOException e) {
            throw new IOException("cannot run git (is it installed and on PATH?): " + e.getMessage(), e);
        }
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(process.getErrorStream()));
        String out = text(process.getInputStream());
        try {
            return new Result(process.waitFor(), out, err.join());
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running git", e);
        }
    }

    /** Runs {@code git ARGS} and fails with git's own message unless it succeeds. */
    Result require(String... args) throws IOException {
        Result result = run(args);
        if (!result.ok()) {
            String message = result.err().strip();
            throw new IOException("git " + String.join(" ", args) + " failed"
                    + (message.isEmpty() ? " (exit " + result.exitCode() + ")" : ": " + message.lines().findFirst().orElse("")));
        }
        return result;
    }

    private static String text(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
