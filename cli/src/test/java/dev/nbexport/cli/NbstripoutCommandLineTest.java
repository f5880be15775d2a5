package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Version;
import java.util.List;
import org.junit.jupiter.api.Test;

/** nbstripout's command line, as the launcher called by that name passes it, turned into nbexport's. */
class NbstripoutCommandLineTest {

    private static List<String> translated(String... args) {
        return NbstripoutCommandLine.translate(List.of(args)).args();
    }

    @Test
    void strippingFlagsGoToStripUnchanged() {
        assertEquals(List.of("strip", "--keep-output", "--extra-keys", "metadata.foo", "a.ipynb"),
                translated("--keep-output", "--extra-keys", "metadata.foo", "a.ipynb"));
        assertEquals(List.of("strip"), translated());
        assertEquals(List.of("strip", "--dry-run", "--", "--install"), translated("--dry-run", "--", "--install"),
                "after -- a name is a file's, even one that looks like a task");
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
