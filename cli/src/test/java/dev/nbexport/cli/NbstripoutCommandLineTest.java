package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nbstripout's command line, as the launcher called by that name passes it, turned into nbexport's. */
class NbstripoutCommandLineTest {

    private static List<String> translated(String... args) {
        return NbstripoutCommandLine.translate(List.of(args)).args();
    }

    @Test
    void strippingFlagsGoToStripUnchanged() {
        assertEquals(List.of("strip", "--quiet", "--keep-output", "--extra-keys", "metadata.foo", "a.ipynb"),
                translated("--keep-output", "--extra-keys", "metadata.foo", "a.ipynb"));
        assertEquals(List.of("strip", "--quiet"), translated());
        assertEquals(List.of("strip", "--quiet", "--dry-run", "--", "--install"), translated("--dry-run", "--", "--install"),
                "after -- a name is a file's, even one that looks like a task");
    }

    @Test
    void stripIsQuietAsNbstripoutIsUnlessAlreadyAskedTo() {
        assertEquals(List.of("strip", "-q", "a.ipynb"), translated("-q", "a.ipynb"));
        assertEquals(List.of("strip", "-vq", "a.ipynb"), translated("-vq", "a.ipynb"));
        assertEquals(List.of("strip", "-qj2", "a.ipynb"), translated("-qj2", "a.ipynb"), "grouped with a flag's value");
        assertEquals(List.of("strip", "--quiet=true", "a.ipynb"), translated("--quiet=true", "a.ipynb"));
        assertEquals(List.of("strip", "--quiet", "--", "-q"), translated("--", "-q"), "a file named -q");
    }

    @Test
    void aStripThatSucceedsPrintsNothingAndOneThatFailsSaysWhy(@TempDir Path dir) throws Exception {
        Path notebook = Files.writeString(dir.resolve("m.ipynb"), Notebooks.DIRTY);
        Path broken = Files.writeString(dir.resolve("broken.ipynb"), "{");

        Cli.Result stripped = Cli.run("nbstripout", notebook.toString());
        Cli.Result failed = Cli.run("nbstripout", broken.toString());

        assertEquals(0, stripped.exitCode(), stripped.stderr());
        assertEquals("", stripped.out() + stripped.stderr());
        assertEquals(Notebooks.DIRTY_STRIPPED, Files.readString(notebook));
        assertNotEquals(0, failed.exitCode());
        assertTrue(failed.stderr().contains("broken.ipynb"), failed.stderr());
    }

    @Test
    void anUnknownFlagPointsAtNbstripoutsHelp() {
        Cli.Result result = Cli.run("nbstripout", "--keep-outputs", "x.ipynb");

        assertEquals(ExitCode.USAGE, result.exitCode());
        assertTrue(result.stderr().endsWith("\nRun 'nbstripout --help' for usage.\n"), result.stderr());
        assertFalse(result.stderr().contains("nbexport strip --help"), result.stderr());
    }

    @Test
    void setupTasksBecomeGitCommandsWithTheirLocation() {
        assertEquals(List.of("git", "install"), translated("--install"));
        assertEquals(List.of("git", "install", "--global"), translated("--install", "--global"));
        assertEquals(List.of("git", "install", "--attributes", ".gitattributes"), translated("--install", "--attributes", ".gitattributes"));
        assertEquals(List.of("git", "uninstall", "--system", "--attributes", "a"), translated("--system", "--uninstall", "--attributes=a"));
        assertEquals(List.of("git", "status"), translated("--status"));
        assertEquals(List.of("git", "status", "--global"), translated("--is-installed", "--global"));
        assertEquals(List.of("--version"), translated("--version"));
    }

    @Test
    void pythonIsIgnoredWithANote() {
        NbstripoutCommandLine.Translation translation = NbstripoutCommandLine.translate(List.of("--install", "--python", "/usr/bin/python3"));

        assertEquals(List.of("git", "install"), translation.args());
        assertEquals(List.of("ignoring --python /usr/bin/python3: git runs nbexport's launcher, not a Python module"), translation.notes());
    }

    @Test
    void combinationsNbstripoutWouldNotHonourAreRefused() {
        for (List<String> args : List.of(
                List.of("--install", "--status"),
                List.of("--install", "--dry-run"),
                List.of("--install", "--keep-output"),
                List.of("--global", "a.ipynb"),
                List.of("--attributes"),
                List.of("--version", "a.ipynb"))) {
            assertThrows(UsageException.class, () -> NbstripoutCommandLine.translate(args), args.toString());
        }
    }

    @Test
    void runsThroughTheEntryPointWithNbstripoutsHelpHint() {
        Cli.Result version = Cli.run("nbstripout", "--version");
        Cli.Result refused = Cli.run("nbstripout", "--install", "--status");

        assertEquals(0, version.exitCode(), version.stderr());
        assertTrue(version.out().startsWith("nbexport " + Version.get() + "\n"), version.out());
        assertEquals(ExitCode.USAGE, refused.exitCode());
        assertEquals("nbexport: --install and --status do not go together\nRun 'nbstripout --help' for usage.\n", refused.stderr());
    }

    @Test
    void helpListsNbstripoutsTasks() {
        Cli.Result help = Cli.run("nbstripout", "--help");

        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Usage: nbexport strip") && help.out().contains("--install, --uninstall"), help.out());
    }

    @Test
    void isInstalledIsSilentAndAnyFailureReadsAsNotInstalled() {
        // No attributes file: not installed (1), also where nbexport's status fails, outside a repository.
        Cli.Result result = Cli.run("nbstripout", "--is-installed", "--attributes", "/nonexistent/dir/attributes");

        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertEquals("", result.stderr());
    }
}
