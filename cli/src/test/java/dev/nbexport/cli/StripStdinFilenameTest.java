package dev.nbexport.cli;

import static dev.nbexport.cli.Notebooks.DIRTY;
import static dev.nbexport.cli.Notebooks.DIRTY_STRIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.fixtures.ProjectTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strip --stdin-filename PATH}: standard input's notebook gets the policy and the name of PATH, as git's one-shot filter needs. */
class StripStdinFilenameTest {

    @TempDir
    Path dir;

    private static final byte[] INPUT = DIRTY.getBytes(StandardCharsets.UTF_8);

    @Test
    void theNotebookGetsThePolicyOfItsOwnFolder() {
        new ProjectTree(dir).write("sub/.nbexport.yaml", "strip:\n  keep-output: true\n");

        Cli.Result inSub = Cli.runWithInput(INPUT, "strip", "--stdin-filename", dir.resolve("sub/a.ipynb").toString());
        Cli.Result atTop = Cli.runWithInput(INPUT, "strip", "--stdin-filename", dir.resolve("a.ipynb").toString());

        assertEquals(0, inSub.exitCode(), inSub.stderr());
        assertTrue(inSub.out().contains("hello-data"), "outputs kept, as sub/.nbexport.yaml says: " + inSub.out());
        assertEquals(0, atTop.exitCode(), atTop.stderr());
        assertEquals(DIRTY_STRIPPED, atTop.out());
    }

    @Test
    void errorsNameTheFile() {
        Cli.Result result = Cli.runWithInput(Notebooks.TRUNCATED.getBytes(StandardCharsets.UTF_8),
                "strip", "--stdin-filename", "notebooks/bad.ipynb");

        assertEquals(ExitCode.INVALID_INPUT, result.exitCode());
        assertEquals(1, result.stderr().lines().count(), result.stderr());
        assertTrue(result.stderr().startsWith("nbexport: notebooks/bad.ipynb: line "), result.stderr());
    }

    @Test
    void itNamesStandardInputSoAPathBesideItIsAUsageError() {
        Cli.Result result = Cli.runWithInput(INPUT, "strip", "--stdin-filename", "a.ipynb", "b.ipynb");

        assertEquals(ExitCode.USAGE, result.exitCode(), result.stderr());
    }
}
