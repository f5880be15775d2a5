package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Version;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void versionComesFromTheBuild() {
        Cli.Result result = Cli.run("--version");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("nbexport " + Version.get() + "\n"), result.out());
        assertTrue(!Version.get().equals("unknown"));
        assertEquals(result.out(), Cli.run("-V").out());
    }

    @Test
    void everyCommandHasHelpWithExamplesAndExitCodes() {
        for (String[] args : new String[][] {{"--help"}, {"strip", "--help"}, {"verify", "--help"}}) {
            Cli.Result result = Cli.run(args);
            assertEquals(0, result.exitCode());
            assertTrue(result.out().contains("Exit codes:"), String.join(" ", args));
        }
        assertTrue(Cli.run("strip", "--help").out().contains("Examples:"));
        assertTrue(Cli.run("verify", "--help").out().contains("Examples:"));
    }

    @Test
    void usageErrorsExitTwoWithAHint() {
        Cli.Result unknown = Cli.run("strip", "--no-such-flag");
        Cli.Result noCommand = Cli.run();
        Cli.Result badCommand = Cli.run("polish");

        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.stderr().contains("Run 'nbexport strip --help'"), unknown.stderr());
        assertEquals(2, noCommand.exitCode());
        assertEquals(2, badCommand.exitCode());
        assertTrue(Cli.run("strp", "a.ipynb").stderr().contains("(did you mean strip?)"));
        assertTrue(Cli.run("strip", "--keep-outptu", "a.ipynb").stderr().contains("(did you mean --keep-output?)"));
    }

    @Test
    void missingAndConflictingArgumentsAreUsageErrors() {
        Cli.Result noPath = Cli.run("verify");
        Cli.Result bothScopes = Cli.run("git", "install", "--global", "--system");

        assertEquals(2, noPath.exitCode());
        assertTrue(noPath.stderr().contains("Missing required parameter: 'PATH'"), noPath.stderr());
        assertEquals(2, bothScopes.exitCode());
        assertTrue(bothScopes.stderr().contains("mutually exclusive"), bothScopes.stderr());
    }

    @Test
    void badFlagValuesAreUsageErrors() {
        assertEquals(2, Cli.run("strip", "--drop-output-type", "a:b:c", "x.ipynb").exitCode());
        assertEquals(2, Cli.run("verify", "--format", "xml", "x.ipynb").exitCode());
        assertEquals(2, Cli.run("strip", "--policy", "/no/such/policy.yaml", "x.ipynb").exitCode());
    }

    @Test
    void manualPageCoversEveryCommandAndTheExitCodes() {
        Cli.Result result = Cli.run("man");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith(".TH NBEXPORT 1"), result.out());
        for (String section : new String[] {"NBEXPORT STRIP", "NBEXPORT VERIFY", "NBEXPORT POLICY SHOW", "EXIT STATUS"}) {
            assertTrue(result.out().contains(section), section);
        }
        assertTrue(result.out().contains("\\-\\-keep\\-output"), "option names are escaped for roff");
    }

    @Test
    void shellCompletionKnowsTheCommandsAndFlags() {
        Cli.Result result = Cli.run("generate-completion");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("complete -F"), "a bash completion function");
        assertTrue(result.out().contains("--keep-output"));
        assertTrue(result.out().contains("strip"));
    }
}
