package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writable notebook in a folder this user may not write: a notebook is replaced through a new
 * file beside it, so it cannot be stripped in place. Said on one line, exit 3, the notebook as it
 * was, the others stripped. (Root writes everywhere: there these tests are skipped.)
 */
@Tag("permissions")
class ReadOnlyFolderTest {

    @TempDir
    Path dir;
    private Path folder;
    private Path locked;
    private Path other;

    @BeforeEach
    void aWritableNotebookInAFolderThatIsNot() throws Exception {
        folder = Files.createDirectories(dir.resolve("shared"));
        locked = Files.writeString(folder.resolve("a.ipynb"), Notebooks.DIRTY);
        other = Files.writeString(Files.createDirectories(dir.resolve("own")).resolve("b.ipynb"), Notebooks.DIRTY);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        Assumptions.assumeFalse(Files.isWritable(folder), "this user writes whatever the permissions (root)");
        assertTrue(Files.isWritable(locked));
    }

    @AfterEach
    void unlock() throws Exception {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void theNotebookIsNamedWithWhyAndLeftAsItWasAndTheOthersAreStripped() throws Exception {
        Cli.Result result = Cli.run("strip", dir.toString());

        assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), result.stderr());
        assertTrue(result.stderr().startsWith("nbexport: " + locked + ": cannot write: its folder is not writable, so left as it is"
                + " (it is replaced through a new file beside it, never written over; make the folder writable to have it"
                + " written)\n"), result.stderr());
        assertEquals(Notebooks.DIRTY, Files.readString(locked));
        assertEquals(Notebooks.DIRTY_STRIPPED, Files.readString(other));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(locked), files.toList());
        }
    }

    @Test
    void checkingAndDryRunsStillSayItWouldChange() throws Exception {
        Cli.Result check = Cli.run("strip", "--check", locked.toString());
        Cli.Result dryRun = Cli.run("strip", "--dry-run", locked.toString());

        assertEquals(ExitCode.FINDINGS, check.exitCode(), check.stderr());
        assertEquals(locked + "\n", check.out());
        assertEquals(ExitCode.OK, dryRun.exitCode(), dryRun.stderr());
        assertEquals("Dry run: would have stripped " + locked + "\n", dryRun.out());
        assertEquals(Notebooks.DIRTY, Files.readString(locked));
    }
}
