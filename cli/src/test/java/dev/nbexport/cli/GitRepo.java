package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A throw-away git repository for integration tests, with a private HOME and global configuration
 * so that nothing is read from or written to the machine's git configuration.
 */
final class GitRepo {

    /** The built launcher; integration tests run by failsafe get it as a system property. */
    static final Path LAUNCHER = Path.of(System.getProperty("nbexport.launcher", "cli/target/nbexport"));

    /**
     * Skips a test run outside failsafe (a unit-test run whose name filter happens to match it),
     * where there is no built launcher to run.
     */
    static void assumeLauncher() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("nbexport.launcher") != null,
                "needs the built launcher: run by failsafe (mvn verify)");
    }

    record Run(int exitCode, String out, String err) {
        Run ok() {
            assertEquals(0, exitCode, "exit code; stderr: " + err + "; stdout: " + out);
            return this;
        }
    }

    private final Path root;
    private final Path home;

    private GitRepo(Path root, Path home) {
        this.root = root;
        this.home = home;
    }

    /** A new repository {@code dir/repo} on branch main; HOME and the global configuration under {@code dir/home}. */
    static GitRepo create(Path dir) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("gitconfig"), "[user]\n\tname = Test\n\temail = test@example.org\n");
        GitRepo repo = new GitRepo(dir.resolve("repo"), home);
        Files.createDirectories(repo.root);
        repo.git("init", "-q", "-b", "main").ok();
        return repo;
    }

    Path root() {
        return root;
    }

    Path home() {
        return home;
    }

    Path globalConfig() {
        return home.resolve("gitconfig");
    }

    Path file(String name) {
        return root.resolve(name);
    }

    Path write(String name, String content) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    Run git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return run(command);
    }

    Run nbexport(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    /** Runs the build's link {@code nbstripout}, which takes nbstripout's command line. */
    Run nbstripout(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.resolveSibling("nbstripout").toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    /** Runs a command in the repository with the private environment; the launcher's folder first on PATH. */
    Run run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("GIT_") || name.startsWith("PRE_COMMIT") || name.equals("NBEXPORT_LAUNCHER"));
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CEILING_DIRECTORIES", root.getParent().toString());
        env.put("GIT_CONFIG_GLOBAL", globalConfig().toString());
        env.put("PRE_COMMIT_HOME", home.resolve("pre-commit").toString());
        env.put("PATH", LAUNCHER.getParent() + java.io.File.pathSeparator + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("JAVA_OPTS", "-Xmx128m");
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return process.getErrorStream().readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
        byte[] out = process.getInputStream().readAllBytes();
        int code = process.waitFor();
        return new Run(code, new String(out, StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
    }
}
