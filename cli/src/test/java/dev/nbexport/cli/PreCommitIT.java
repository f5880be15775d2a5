package dev.nbexport.cli;

import static dev.nbexport.cli.Notebooks.DIRTY;
import static dev.nbexport.cli.Notebooks.DIRTY_STRIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hooks of {@code .pre-commit-hooks.yaml}, run by the real pre-commit tool from this
 * repository. Without pre-commit the tests are skipped, except in CI (CI=true), where they fail.
 */
class PreCommitIT {

    private static final Path PROJECT = Path.of(System.getProperty("nbexport.repo", "."));

    @TempDir
    Path dir;

    private GitRepo repo;

    @BeforeAll
    static void preCommitInstalled() throws Exception {
        GitRepo.assumeLauncher();
        boolean present;
        try {
            present = new ProcessBuilder("pre-commit", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            present = false;
        }
        if (!present) {
            if ("true".equals(System.getenv("CI"))) {
                fail("pre-commit is not installed (apt-get install -y pre-commit); CI runs these tests");
            }
            Assumptions.abort("pre-commit is not installed (apt-get install -y pre-commit)");
        }
    }

    @BeforeEach
    void createRepository() throws Exception {
        repo = GitRepo.create(dir);
    }

    private GitRepo.Run preCommit(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("pre-commit"));
        command.addAll(List.of(args));
        return repo.run(command);
    }

    @Test
    void stripHookStripsNotebooksAndFailsTheRunThatChangedThem() throws Exception {
        repo.write("x.ipynb", DIRTY);
        repo.write("notes.txt", "hello-data\n");
        repo.git("add", ".").ok();

        GitRepo.Run first = preCommit("try-repo", PROJECT.toString(), "nbexport-strip", "--files", "x.ipynb", "notes.txt");
        assertEquals(1, first.exitCode(), first.out() + first.err());
        assertTrue(first.out().contains("files were modified by this hook"), first.out());
        assertEquals(DIRTY_STRIPPED, Files.readString(repo.file("x.ipynb")));
        assertEquals("hello-data\n", Files.readString(repo.file("notes.txt")), "only notebooks are handed to the hook");

        GitRepo.Run second = preCommit("try-repo", PROJECT.toString(), "nbexport-strip", "--files", "x.ipynb");
        assertEquals(0, second.exitCode(), second.out() + second.err());
    }

    @Test
    void verifyHookIsAGateThatChangesNothing() throws Exception {
        repo.write("x.ipynb", DIRTY);
        repo.git("add", ".").ok();
        GitRepo.Run dirty = preCommit("try-repo", PROJECT.toString(), "nbexport-verify", "--files", "x.ipynb");
        assertEquals(1, dirty.exitCode(), dirty.out() + dirty.err());
        assertTrue(dirty.out().contains("x.ipynb"), dirty.out());
        assertEquals(DIRTY, Files.readString(repo.file("x.ipynb")));

        repo.write("x.ipynb", DIRTY_STRIPPED);
        GitRepo.Run clean = preCommit("try-repo", PROJECT.toString(), "nbexport-verify", "--files", "x.ipynb");
        assertEquals(0, clean.exitCode(), clean.out() + clean.err());
    }

    @Test
    void aConfigurationNamingThisRepositoryAndACommitRunsBothHooksOnCommit() throws Exception {
        Process process = new ProcessBuilder("git", "-C", PROJECT.toString(), "rev-parse", "HEAD").start();
        String rev = new String(process.getInputStream().readAllBytes()).strip();
        assertEquals(0, process.waitFor());
        repo.write(".pre-commit-config.yaml", """
                repos:
                  - repo: %s
                    rev: %s
                    hooks:
                      - id: nbexport-strip
                      - id: nbexport-verify
                """.formatted(PROJECT.toAbsolutePath(), rev));
        repo.write("x.ipynb", DIRTY);
        repo.git("add", ".").ok();
        repo.run(List.of("pre-commit", "install")).ok();

        GitRepo.Run refused = repo.git("commit", "-q", "-m", "notebook");
        assertEquals(1, refused.exitCode(), refused.out() + refused.err());
        assertEquals(DIRTY_STRIPPED, Files.readString(repo.file("x.ipynb")));

        repo.git("add", "x.ipynb").ok();
        repo.git("commit", "-q", "-m", "notebook").ok();
        assertEquals(DIRTY_STRIPPED, repo.git("show", "HEAD:x.ipynb").ok().out());
    }
}
