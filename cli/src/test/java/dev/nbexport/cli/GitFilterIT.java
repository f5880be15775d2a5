package dev.nbexport.cli;

import static dev.nbexport.cli.Notebooks.DIRTY;
import static dev.nbexport.cli.Notebooks.DIRTY_STRIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.fixtures.LargeNotebookGenerator;
import dev.nbexport.fixtures.LargeNotebookGenerator.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git filter and diff driver in real repositories, through the built launcher and the machine's git. */
class GitFilterIT {

    private static final Path EXAMPLE = Path.of(System.getProperty("nbexport.example", "examples/analysis.ipynb"));

    @TempDir
    Path dir;

    private GitRepo repo;

    @BeforeAll
    static void launcherBuilt() {
        GitRepo.assumeLauncher();
    }

    @BeforeEach
    void createRepository() throws Exception {
        repo = GitRepo.create(dir);
    }

    @Test
    void installWritesTheRunningLauncherIntoTheRepositoryConfiguration() throws Exception {
        assertEquals(1, repo.nbexport("git", "status").exitCode(), "not installed yet");
        repo.nbexport("git", "install").ok();
        String launcher = GitRepo.LAUNCHER.toRealPath().toString();
        assertEquals(launcher + " git filter-process\n", repo.git("config", "--local", "filter.nbexport.process").ok().out());
        assertEquals(launcher + " strip --stdin-filename=./%f\n", repo.git("config", "--local", "filter.nbexport.clean").ok().out());
        assertEquals("true\n", repo.git("config", "--local", "filter.nbexport.required").ok().out());
        assertEquals(launcher + " strip -t\n", repo.git("config", "--local", "diff.ipynb.textconv").ok().out());
        assertEquals("*.ipynb filter=nbexport\n*.ipynb diff=ipynb\n", Files.readString(repo.file(".git/info/attributes")));
        GitRepo.Run status = repo.nbexport("git", "status").ok();
        assertTrue(status.out().contains("filter.nbexport.process=" + launcher + " git filter-process"), status.out());
        assertEquals("", repo.git("config", "--global", "--get-regexp", "nbexport").out(), "nothing global");
    }

    @Test
    void theAttributesTakeANotebookNamedInCapitalsWhereGitIgnoresCaseAsTheFileSystemDoes() throws Exception {
        // git sets core.ignoreCase on a case-insensitive file system (Windows, macOS), and then
        // matches *.ipynb in any case; on Linux Jupyter itself opens only .ipynb as a notebook.
        repo.nbexport("git", "install").ok();
        assertEquals("Report.IPYNB: filter: nbexport\n",
                repo.git("-c", "core.ignoreCase=true", "check-attr", "filter", "--", "Report.IPYNB").ok().out());
        assertEquals("Report.IPYNB: diff: ipynb\n",
                repo.git("-c", "core.ignoreCase=true", "check-attr", "diff", "--", "Report.IPYNB").ok().out());
        assertEquals("Report.IPYNB: filter: unspecified\n",
                repo.git("-c", "core.ignoreCase=false", "check-attr", "filter", "--", "Report.IPYNB").ok().out());
    }

    @Test
    void statusTellsAValueAnotherVersionWroteSoThatInstallIsRunAgain() throws Exception {
        repo.nbexport("git", "install").ok();
        String launcher = GitRepo.LAUNCHER.toRealPath().toString();
        repo.git("config", "filter.nbexport.clean", launcher + " strip").ok();

        GitRepo.Run status = repo.nbexport("git", "status").ok();

        assertTrue(status.out().contains("filter.nbexport.clean=" + launcher + " strip (written by another version: run"
                + " 'nbexport git install' again)"), status.out());
        assertFalse(status.out().contains("process=" + GitRepo.LAUNCHER.toRealPath() + " git filter-process (written"), status.out());
    }

    @Test
    void statusOfAFilterWhoseLauncherIsGoneSaysSoAndFails() throws Exception {
        Path copy = copyOfLauncherFolder();
        GitRepo.Run install = repo.run(List.of(copy.resolve("nbexport").toString(), "git", "install")).ok();
        assertEquals("", install.err(), "a launcher outside a build folder: nothing to say");
        assertEquals(0, repo.nbexport("git", "status").exitCode());
        Files.delete(copy.resolve("nbexport"));

        GitRepo.Run status = repo.nbexport("git", "status");

        assertEquals(1, status.exitCode(), status.out());
        assertTrue(status.out().startsWith("nbexport git filter: installed, but the command it runs is missing: "
                + copy.resolve("nbexport") + "; run nbexport git install again"), status.out());
        assertEquals(1, repo.nbstripout("--is-installed").exitCode());
        assertEquals(1, repo.nbstripout("--status").exitCode());
        repo.nbexport("git", "install").ok();
        assertEquals(0, repo.nbexport("git", "status").exitCode(), "installed again, from where the launcher is");
    }

    @Test
    void statusReadsTheCommandAsGitsShellRunsItFromTheTopFolder() throws Exception {
        repo.nbexport("git", "install").ok();
        copyOfLauncherFolder(repo.home().resolve("tools"));
        copyOfLauncherFolder(repo.root().resolve("tools"));
        Files.createDirectories(repo.root().resolve("sub"));
        String home = repo.home().toRealPath().toString();
        int round = 0;
        for (String launcher : List.of("NBEXPORT_UNUSED=1 " + home + "/tools/nbexport", "~/tools/nbexport", "tools/nbexport")) {
            for (var entry : GitSetup.entries(launcher).entrySet()) {
                repo.git("config", entry.getKey(), entry.getValue()).ok();
            }
            GitRepo.Run status = repo.nbexport("git", "status", "-C", "sub");
            assertEquals(0, status.exitCode(), launcher + ": " + status.out() + status.err());
            assertEquals(0, repo.nbstripout("--is-installed").exitCode(), launcher);

            String print = "print('" + ++round + "')";
            repo.write("a.ipynb", DIRTY.replace("print('hello')", print));
            repo.git("-C", "sub", "add", "../a.ipynb").ok();
            assertEquals(DIRTY_STRIPPED.replace("print('hello')", print), repo.git("show", ":a.ipynb").ok().out(), "git ran " + launcher);
        }
    }

    @Test
    void installWarnsThatALauncherInAMavenBuildFolderGoesWithMvnClean() throws Exception {
        GitRepo.Run install = repo.nbexport("git", "install").ok();

        assertEquals("nbexport: the filter runs " + GitRepo.LAUNCHER.toRealPath() + ", inside a Maven build folder: 'mvn clean'"
                + " will break it; copy the launcher's folder elsewhere (say, to a folder on PATH) and run nbexport git install"
                + " from the copy\n", install.err());
    }

    /** The launcher and its jar, copied outside the build. */
    private Path copyOfLauncherFolder() throws Exception {
        return copyOfLauncherFolder(dir.resolve("tools"));
    }

    private static Path copyOfLauncherFolder(Path folder) throws Exception {
        Path copy = Files.createDirectories(folder).toRealPath();
        for (String file : List.of("nbexport", "nbexport.jar")) {
            Files.copy(GitRepo.LAUNCHER.resolveSibling(file), copy.resolve(file));
        }
        copy.resolve("nbexport").toFile().setExecutable(true);
        return copy;
    }

    @Test
    void installSaysWhenPreCommitRunsNbexportsHooksToo() throws Exception {
        Path launcher = copyOfLauncherFolder().resolve("nbexport");
        List<String> installCommand = List.of(launcher.toString(), "git", "install");
        assertEquals("", repo.run(installCommand).ok().err(), "no hooks, nothing to say");
        repo.write(".pre-commit-config.yaml", "repos:\n  - repo: local\n    hooks:\n      # - id: nbexport-strip\n");
        assertEquals("", repo.run(installCommand).ok().err(), "a hook commented out runs nothing");
        repo.write(".pre-commit-config.yaml", "repos:\n  - repo: local\n    hooks:\n      - id: nbexport-verify\n");

        GitRepo.Run install = repo.nbexport("git", "install").ok();

        assertTrue(install.err().contains("nbexport: .pre-commit-config.yaml runs nbexport's hooks too: use the filter or the hooks"),
                install.err());
    }

    @Test
    void commitsStrippedNotebooksKeepsOutputsInTheWorkingCopyAndShowsNoPhantomChanges() throws Exception {
        repo.nbexport("git", "install").ok();
        repo.write("a.ipynb", DIRTY);
        Files.createDirectories(repo.file("sub"));
        Files.copy(EXAMPLE, repo.file("sub/example.ipynb"));
        repo.git("add", ".").ok();
        repo.git("commit", "-q", "-m", "notebooks").ok();

        assertEquals(DIRTY_STRIPPED, repo.git("show", "HEAD:a.ipynb").ok().out());
        String exampleStripped = repo.nbexport("strip", "-t", EXAMPLE.toString()).ok().out();
        assertEquals(exampleStripped, repo.git("show", "HEAD:sub/example.ipynb").ok().out());
        assertEquals(DIRTY, Files.readString(repo.file("a.ipynb")), "the working copy keeps its outputs");
        assertEquals("", repo.git("status", "--porcelain").ok().out());

        repo.git("checkout", "-q", "-b", "other").ok();
        repo.write("b.ipynb", DIRTY.replace("print('hello')", "print('b')"));
        repo.git("add", "b.ipynb").ok();
        repo.git("commit", "-q", "-m", "b").ok();
        repo.git("checkout", "-q", "main").ok();
        assertEquals("", repo.git("status", "--porcelain").ok().out(), "after switching branches");
        repo.git("checkout", "-q", "other").ok();
        assertEquals("", repo.git("status", "--porcelain").ok().out(), "and back");
        assertEquals(DIRTY_STRIPPED.replace("print('hello')", "print('b')"), Files.readString(repo.file("b.ipynb")),
                "a checkout writes the committed, stripped notebook");

        repo.git("checkout", "-q", "main").ok();
        repo.write("a.ipynb", DIRTY.replace("hello-data", "HELLO-DATA").replace("\"execution_count\": 3", "\"execution_count\": 9"));
        assertEquals("", repo.git("status", "--porcelain").ok().out(), "new outputs alone are no change");
        // A working copy whose size changed is listed by git status without a look at its content
        // (git's own shortcut, nbstripout's too) until the next git add; git diff shows nothing.
        repo.write("a.ipynb", DIRTY.replace("hello-data", "longer-new-data"));
        assertEquals("", repo.git("diff", "--stat").ok().out());
        repo.git("add", "-A").ok();
        assertEquals("", repo.git("status", "--porcelain").ok().out());
        assertEquals("", repo.git("diff", "--cached", "--stat").ok().out(), "nothing to commit");
    }

    @Test
    void diffShowsStrippedNotebooksThroughTextconv() throws Exception {
        repo.nbexport("git", "install").ok();
        repo.write("a.ipynb", DIRTY);
        repo.git("add", "a.ipynb").ok();
        repo.git("commit", "-q", "-m", "a").ok();
        repo.write("a.ipynb", DIRTY.replace("print('hello')", "print('changed')").replace("hello-data", "secret-data"));

        String diff = repo.git("diff", "a.ipynb").ok().out();
        assertTrue(diff.contains("-    \"print('hello')\"") && diff.contains("+    \"print('changed')\""), diff);
        assertFalse(diff.contains("data"), "no outputs in the diff: " + diff);
        String stat = repo.git("diff", "--numstat", "a.ipynb").ok().out();
        assertEquals("1\t1\ta.ipynb\n", stat);
    }

    @Test
    void aMalformedNotebookFailsAloneWithAClearError() throws Exception {
        repo.nbexport("git", "install").ok();
        repo.write("bad.ipynb", "{\"nbformat\": 4,");
        repo.write("good.ipynb", DIRTY);

        GitRepo.Run bad = repo.git("add", "bad.ipynb");
        assertNotEquals(0, bad.exitCode());
        assertTrue(bad.err().contains("nbexport: bad.ipynb: line 1, column "), bad.err());
        assertTrue(bad.err().contains("bad.ipynb: clean filter 'nbexport' failed"), bad.err());

        repo.git("add", "good.ipynb").ok();
        assertEquals(DIRTY_STRIPPED, repo.git("show", ":good.ipynb").ok().out());
    }

    /** 40 MB of small cells, with the 128 MB heap the tests give: too large to strip, but it fails alone. */
    @Test
    void aNotebookTooLargeForTheHeapFailsAloneNamedAndLeavesTheFilterProcessAnswering() throws Exception {
        repo.nbexport("git", "install").ok();
        LargeNotebookGenerator.write(repo.file("big.ipynb"), 40L << 20, 7, Profile.CLEAN, true);

        GitRepo.Run big = repo.git("add", "big.ipynb");
        assertNotEquals(0, big.exitCode());
        assertTrue(big.err().contains("nbexport: big.ipynb: too large for the memory Java was given"), big.err());
        assertTrue(big.err().contains("big.ipynb: clean filter 'nbexport' failed"), big.err());
        assertFalse(big.err().contains("Exception") || big.err().contains("Error") || big.err().contains("pipe"), big.err());

        repo.write("good.ipynb", DIRTY);
        repo.git("add", "good.ipynb").ok();
        assertEquals(DIRTY_STRIPPED, repo.git("show", ":good.ipynb").ok().out());
    }

    @Test
    void theOneShotCleanFilterServesGitWithoutTheProcessProtocol() throws Exception {
        repo.nbexport("git", "install").ok();
        repo.git("config", "--unset", "filter.nbexport.process").ok();
        repo.write("a.ipynb", DIRTY);
        repo.git("add", "a.ipynb").ok();
        assertEquals(DIRTY_STRIPPED, repo.git("show", ":a.ipynb").ok().out());
    }

    /** Git substitutes the path for %f, quoted for the shell: the one-shot filter looks up the policy there. */
    @Test
    void theOneShotFilterStoresWhatTheProcessStoresUnderAFolderPolicy() throws Exception {
        repo.nbexport("git", "install").ok();
        repo.write("sub/.nbexport.yaml", "strip:\n  keep-output: true\n");
        repo.write("sub/my notes.ipynb", DIRTY);
        repo.git("add", ".").ok();
        String byProcess = repo.git("show", ":sub/my notes.ipynb").ok().out();
        repo.git("rm", "-q", "--cached", "sub/my notes.ipynb").ok();

        repo.git("config", "--unset", "filter.nbexport.process").ok();
        repo.git("add", ".").ok();

        assertTrue(byProcess.contains("hello-data"), byProcess);
        assertEquals(byProcess, repo.git("show", ":sub/my notes.ipynb").ok().out());
    }

    @Test
    void theOneShotFilterTakesANotebookNamedLikeAnOption() throws Exception {
        repo.nbexport("git", "install").ok();
        repo.git("config", "--unset", "filter.nbexport.process").ok();
        repo.write("-v.ipynb", DIRTY);

        repo.git("add", "--", "-v.ipynb").ok();

        assertEquals(DIRTY_STRIPPED, repo.git("show", ":-v.ipynb").ok().out());
    }

    /** {@code echo > new.ipynb} leaves a line break: it holds no more than an empty file, and must not stop git add. */
    @Test
    void aNotebookOfWhiteSpaceAloneIsAddedAsItIsAsAnEmptyOneIsByEitherFilter() throws Exception {
        repo.nbexport("git", "install").ok();
        String blank = "\n  \t\r\n";
        repo.write("new.ipynb", blank);
        repo.write("empty.ipynb", "");

        repo.git("add", "new.ipynb", "empty.ipynb").ok();
        assertEquals(blank, repo.git("show", ":new.ipynb").ok().out());
        repo.git("rm", "-q", "--cached", "new.ipynb").ok();

        repo.git("config", "--unset", "filter.nbexport.process").ok();
        repo.git("add", "new.ipynb").ok();

        assertEquals(blank, repo.git("show", ":new.ipynb").ok().out());
        assertEquals("", repo.git("status", "--porcelain", "--untracked-files=no").ok().out().replaceAll("(?m)^A .*\n", ""));
    }

    @Test
    void theOneShotFilterNamesABadNotebookAsTheProcessDoes() throws Exception {
        repo.nbexport("git", "install").ok();
        repo.git("config", "--unset", "filter.nbexport.process").ok();
        repo.write("bad.ipynb", "{\"nbformat\": 4,");

        GitRepo.Run bad = repo.git("add", "bad.ipynb");

        assertNotEquals(0, bad.exitCode());
        assertTrue(bad.err().contains("nbexport: bad.ipynb: line 1, column "), bad.err());
    }

    @Test
    void aKeyEveryNotebookNeedsInNbstripoutsGitKeysIsIgnoredWithANote() throws Exception {
        repo.git("config", "filter.nbstripout.extrakeys", "cell.source metadata.papermill").ok();
        repo.write("a.ipynb", DIRTY);

        GitRepo.Run shown = repo.nbexport("strip", "-t", "a.ipynb").ok();

        assertTrue(shown.err().contains("Ignoring invalid extra key `cell.source`"), shown.err());
        assertTrue(shown.out().contains("print('hello')"), "the code stays");
        assertFalse(shown.out().contains("papermill"), shown.out());
    }

    /** A team that switches from nbstripout keeps these keys in its git configuration. */
    @Test
    void nbstripoutsKeysInGitConfigurationApplyToCommitsDiffsAndStrip() throws Exception {
        repo.git("config", "filter.nbstripout.extrakeys", "metadata.papermill cell.metadata.tags").ok();
        repo.git("config", "filter.nbstripout.keepmetadatakeys", "cell.metadata.scrolled").ok();
        repo.nbexport("git", "install").ok();
        repo.write("a.ipynb", DIRTY);
        repo.git("add", "a.ipynb").ok();

        String committed = repo.git("show", ":a.ipynb").ok().out();
        assertFalse(committed.contains("papermill") || committed.contains("tags"), committed);
        assertTrue(committed.contains("\"scrolled\": true"), committed);
        assertEquals(committed, repo.nbexport("strip", "-t", "a.ipynb").ok().out());
        assertEquals(committed, repo.nbstripout("-t", "a.ipynb").ok().out());
        repo.write("committed.ipynb", committed);
        repo.nbexport("verify", "committed.ipynb").ok();
        assertFalse(repo.nbexport("strip", "-t", "--preset", "export", "a.ipynb").ok().out().contains("scrolled"),
                "the export preset keeps only what the command line lets through");
    }

    @Test
    void nbstripoutsSetupFlagsWorkThroughTheLink() throws Exception {
        GitRepo.Run before = repo.nbstripout("--is-installed");
        assertEquals(1, before.exitCode(), before.err());
        assertEquals("", before.out() + before.err(), "--is-installed is silent");
        assertEquals(1, repo.nbstripout("--status").exitCode());

        repo.nbstripout("--install", "--python", "/usr/bin/python3").ok();
        String launcher = GitRepo.LAUNCHER.toRealPath().toString();
        assertEquals(launcher + " git filter-process\n", repo.git("config", "--local", "filter.nbexport.process").ok().out());
        GitRepo.Run installed = repo.nbstripout("--is-installed").ok();
        assertEquals("", installed.out() + installed.err());
        GitRepo.Run status = repo.nbstripout("--status").ok();
        assertTrue(status.out().contains("installed"), status.out());
        repo.write("a.ipynb", DIRTY);
        repo.git("add", "a.ipynb").ok();
        assertEquals(DIRTY_STRIPPED, repo.git("show", ":a.ipynb").ok().out());

        repo.nbstripout("--uninstall").ok();
        assertEquals(1, repo.nbstripout("--is-installed").exitCode());
        assertTrue(repo.nbstripout("--version").ok().out().startsWith("nbexport "));
    }

    @Test
    void projectPolicyFilesApplyToThePathsBelowThem() throws Exception {
        repo.nbexport("git", "install").ok();
        repo.write("keep/.nbexport.yaml", "strip:\n  keep-output: true\n");
        repo.write("keep/a.ipynb", DIRTY);
        repo.write("a.ipynb", DIRTY);
        repo.git("add", ".").ok();
        assertTrue(repo.git("show", ":keep/a.ipynb").ok().out().contains("hello-data"));
        assertEquals(DIRTY_STRIPPED, repo.git("show", ":a.ipynb").ok().out());
    }

    @Test
    void uninstallRemovesExactlyWhatInstallAdded() throws Exception {
        String config = Files.readString(repo.file(".git/config"));
        repo.write(".git/info/attributes", "*.csv -diff\n");
        repo.nbexport("git", "install").ok();
        repo.nbexport("git", "uninstall").ok();
        assertEquals(config, Files.readString(repo.file(".git/config")));
        assertEquals("*.csv -diff\n", Files.readString(repo.file(".git/info/attributes")));
        assertEquals(1, repo.nbexport("git", "status").exitCode());

        String global = Files.readString(repo.globalConfig());
        repo.nbexport("git", "install", "--global").ok();
        Path globalAttributes = repo.home().resolve(".config/git/attributes");
        assertEquals("*.ipynb filter=nbexport\n*.ipynb diff=ipynb\n", Files.readString(globalAttributes));
        assertEquals(0, repo.nbexport("git", "status", "--global").exitCode());
        repo.write("a.ipynb", DIRTY);
        repo.git("add", "a.ipynb").ok();
        assertEquals(DIRTY_STRIPPED, repo.git("show", ":a.ipynb").ok().out(), "a global install filters this repository");
        repo.nbexport("git", "uninstall", "--global").ok();
        assertEquals(global, Files.readString(repo.globalConfig()));
        assertFalse(Files.exists(globalAttributes));
        assertEquals(1, repo.nbexport("git", "status", "--global").exitCode());
    }

    @Test
    void installOutsideARepositoryIsAUsageError() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        GitRepo.Run run = repo.nbexport("git", "install", "-C", outside.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("not in a git repository"), run.err());
    }
}
