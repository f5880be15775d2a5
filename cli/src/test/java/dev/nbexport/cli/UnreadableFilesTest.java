package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder or notebook this user may not read, below a folder named: reported on one line, exit 3,
 * and the other notebooks are worked on. (Root reads everything: there these tests are skipped.)
 */
@Tag("permissions")
class UnreadableFilesTest {

    @TempDir
    Path dir;
    private Path locked;
    private Path notebook;

    @BeforeEach
    void aProjectWithAFolderThatCannotBeOpened() throws Exception {
        notebook = Files.writeString(Files.createDirectories(dir.resolve("ok")).resolve("a.ipynb"), Notebooks.DIRTY);
        locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("b.ipynb"), Notebooks.DIRTY);
    }

    @AfterEach
    void unlock() throws Exception {
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }

    private void lock(Path path) throws Exception {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(path), "this user reads whatever the permissions (root)");
    }

    @Test
    void aFolderThatCannotBeOpenedIsReportedAndTheOtherNotebooksAreStripped() throws Exception {
        lock(locked);

        Cli.Result result = Cli.run("strip", dir.toString());

        assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), result.stderr());
        assertTrue(result.stderr().startsWith("nbexport: " + locked + ": permission denied\n"), result.stderr());
        assertEquals(Notebooks.DIRTY_STRIPPED, Files.readString(notebook));
    }

    @Test
    void checkingAndPrintingReportTheFolderToo() throws Exception {
        lock(locked);
        for (String flag : new String[] {"--check", "--verify", "--dry-run", "-t"}) {
            Cli.Result result = Cli.run("strip", flag, dir.toString());

            assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), flag + ": " + result.stderr());
            assertTrue(result.stderr().contains("nbexport: " + locked + ": permission denied\n"), flag + ": " + result.stderr());
        }
        assertEquals(Notebooks.DIRTY, Files.readString(notebook), "nothing written");
    }

    @Test
    void verifyFailsOnAFolderItCouldNotOpen() throws Exception {
        Files.writeString(notebook, Notebooks.DIRTY_STRIPPED);
        lock(locked);

        Cli.Result result = Cli.run("verify", dir.toString());

        assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), result.stderr());
        String report = new String(result.stdout(), StandardCharsets.UTF_8);
        assertTrue(report.contains(locked + "\n  error   unreadable         file: not verified: permission denied\n"), report);
    }

    /** The person exporting must not believe everything went when a folder did not: the bundle stops, as verify fails. */
    @Test
    void bundleStopsOnAFolderItCouldNotOpenNamingItAndWritesNothing() throws Exception {
        Files.writeString(notebook, Notebooks.DIRTY_STRIPPED);
        lock(locked);
        Path archive = dir.resolveSibling(dir.getFileName() + "-export.tar.gz");

        Cli.Result result = Cli.run("bundle", dir.toString(), "-o", archive.toString());

        assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), result.stderr());
        assertTrue(result.stderr().startsWith("nbexport: " + locked + ": permission denied\n"), result.stderr());
        assertTrue(result.stderr().contains("nothing written: 1 error finding above must be fixed first"
                + " (mend or exclude what cannot be read (its finding says why))"), result.stderr());
        assertTrue(result.out().contains("locked/\n  error   unreadable         file: cannot be read: permission denied\n"), result.out());
        assertFalse(Files.exists(archive));
    }

    @Test
    void aNotebookNamedInAFolderThatMayNotBeLookedIntoIsNotSaidToBeMissing() throws Exception {
        Path b = locked.resolve("b.ipynb");
        lock(locked);

        Cli.Result result = Cli.run("strip", b.toString());

        assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), result.stderr());
        assertEquals("nbexport: " + b + ": permission denied\n", result.stderr());
    }

    @Test
    void aNotebookThatCannotBeReadIsNamedOnceWithWhy() throws Exception {
        Files.writeString(notebook, Notebooks.DIRTY_STRIPPED);
        Path b = locked.resolve("b.ipynb");
        lock(b);

        for (String flag : new String[] {"--quiet", "--check", "-t"}) {
            Cli.Result result = Cli.run("strip", flag, dir.toString());

            assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), flag + ": " + result.stderr());
            assertEquals("nbexport: " + b + ": permission denied\n", result.stderr(), flag);
        }
    }
}
