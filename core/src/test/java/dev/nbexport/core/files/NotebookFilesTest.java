package dev.nbexport.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nbexport.fixtures.ProjectTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookFilesTest {

    @TempDir
    Path dir;

    private Path touch(String name) {
        return new ProjectTree(dir).write(name, "{}");
    }

    @Test
    void walksDirectoriesForNotebooksInOrderSkippingCheckpointsLanguageServerCopiesAndVersionControl() throws Exception {
        Path b = touch("b/two.ipynb");
        Path a = touch("a.ipynb");
        touch("b/.ipynb_checkpoints/two-checkpoint.ipynb");
        touch(".git/x.ipynb");
        touch("b/.virtual_documents/two.ipynb");
        touch("notes.md");
        assertEquals(List.of(a, b), NotebookFiles.find(List.of(dir), false));
    }

    @Test
    void aNotebookIsFoundWhateverTheCaseOfItsExtension() throws Exception {
        Path upper = touch("Report.IPYNB");
        Path mixed = touch("b.IpYnB");
        touch("ipynb");
        touch("x.ipynb.bak");
        assertEquals(List.of(upper, mixed), NotebookFiles.find(List.of(dir), false));
    }

    @Test
    void takesNamedFilesAsTheyAreAndEveryFileWhenAsked() throws Exception {
        Path notes = touch("notes.md");
        Path nb = touch("a.ipynb");
        assertEquals(List.of(notes), NotebookFiles.find(List.of(notes), false));
        assertEquals(List.of(nb, notes), NotebookFiles.find(List.of(dir), true));
    }

    @Test
    @Tag("permissions")
    void aFolderThatCannotBeOpenedIsListedForTheCommandToReportAndTheWalkGoesOn() throws Exception {
        Path a = touch("a.ipynb");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path c = touch("z/c.ipynb");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "this user reads whatever the permissions (root)");

            assertEquals(List.of(a, locked, c), NotebookFiles.find(List.of(dir), false));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    @Tag("permissions")
    void aFolderThatWouldBeSkippedStaysSkippedWhenItCannotBeOpened() throws Exception {
        Path a = touch("a.ipynb");
        Path checkpoints = Files.createDirectory(dir.resolve(".ipynb_checkpoints"));
        Files.setPosixFilePermissions(checkpoints, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(checkpoints), "this user reads whatever the permissions (root)");

            assertEquals(List.of(a), NotebookFiles.find(List.of(dir), false));
        } finally {
            Files.setPosixFilePermissions(checkpoints, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void doesNotFollowSymbolicLinks(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("secret.ipynb"), "{}");
        Files.createSymbolicLink(dir.resolve("link"), outside);
        assertEquals(List.of(), NotebookFiles.find(List.of(dir), false));
    }

    @Test
    void aFolderNamedThroughALinkIsWalkedAndItsFilesKeepTheNameGiven(@TempDir Path elsewhere) throws Exception {
        new ProjectTree(elsewhere).write("project/sub/a.ipynb", "{}");
        Files.createSymbolicLink(elsewhere.resolve("project/sub/linked"), dir);
        touch("not-followed.ipynb");
        Path named = Files.createSymbolicLink(dir.resolve("work"), elsewhere.resolve("project"));

        assertEquals(List.of(named.resolve("sub/a.ipynb")), NotebookFiles.find(List.of(named), false));
    }
}
