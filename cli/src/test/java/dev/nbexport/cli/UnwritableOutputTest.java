package dev.nbexport.cli;

import static dev.nbexport.cli.Notebooks.DIRTY;
import static dev.nbexport.cli.Notebooks.DIRTY_STRIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.nbexport.fixtures.ProjectTree;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results that cannot be written: exit 3 and one line naming where they were to go, never silence. */
class UnwritableOutputTest {

    @TempDir
    Path dir;

    /** Standard output on a full disk. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    private static Cli.Result runOnFullDisk(byte[] stdin, String... args) {
        return Cli.runWritingTo(new FullDisk(), stdin, args);
    }

    private static void assertOneLine(String expected, Cli.Result result) {
        assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), result.stderr());
        assertEquals(expected + "\n", result.stderr());
    }

    @Test
    void aStrippedNotebookThatCannotReachStandardOutputExitsThree() {
        Cli.Result result = runOnFullDisk(DIRTY.getBytes(StandardCharsets.UTF_8), "strip");

        assertOneLine("nbexport: <stdout>: cannot write: No space left on device", result);
    }

    @Test
    void everyCommandThatPrintsItsResultsSaysWhenTheyWereNotWritten() {
        Path notebook = new ProjectTree(dir).write("a.ipynb", DIRTY);
        String file = notebook.toString();
        for (String[] args : new String[][] {{"strip", "-t", file}, {"strip", "--check", file}, {"verify", file},
                {"verify", "--format", "sarif", file}, {"policy", "show", file}, {"--help"}}) {
            Cli.Result result = runOnFullDisk(new byte[0], args);

            assertEquals("nbexport: <stdout>: cannot write: No space left on device\n", result.stderr(), String.join(" ", args));
            assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), String.join(" ", args));
        }
    }

    @Test
    void aReportFileThatCannotBeWrittenIsNamedAndExitsThree() {
        Path notebook = new ProjectTree(dir).write("a.ipynb", DIRTY_STRIPPED);
        Path notAFolder = new ProjectTree(dir).write("file", "");

        Cli.Result result = Cli.run("verify", "-o", notAFolder.resolve("report.json").toString(), notebook.toString());

        assertOneLine("nbexport: " + notAFolder.resolve("report.json") + ": cannot write: Not a directory", result);
    }

    @Test
    void aStrippedCopyThatCannotBeWrittenNamesTheCopyAndLeavesTheOriginal() throws IOException {
        Path notebook = new ProjectTree(dir).write("src/a.ipynb", DIRTY);
        Path notAFolder = new ProjectTree(dir).write("out", "");

        Cli.Result result = Cli.run("strip", "-q", "--output-dir", notAFolder.toString(), notebook.toString());

        assertOneLine("nbexport: " + notAFolder.resolve("a.ipynb") + ": cannot write: Not a directory", result);
        assertEquals(DIRTY, java.nio.file.Files.readString(notebook));
    }

    @Test
    void aPolicyFileThatCannotBeWrittenIsNamedAndExitsThree() {
        Path notAFolder = new ProjectTree(dir).write("file", "");

        Cli.Result result = Cli.run("policy", "init", notAFolder.resolve("project").toString());

        assertFalse(result.stderr().contains("internal error"), result.stderr());
        assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), result.stderr());
    }
}
