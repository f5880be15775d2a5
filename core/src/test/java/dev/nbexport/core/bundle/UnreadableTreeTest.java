package dev.nbexport.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder or file of the tree that this user may not read: a bundle without it would not be the
 * project its maker believes is leaving, so it stops the bundle, named, as a notebook that cannot
 * be read does; what the bundle passes over anyway stays passed over. (Root reads everything:
 * there these tests are skipped.)
 */
@Tag("permissions")
class UnreadableTreeTest {

    @TempDir
    Path project;
    @TempDir
    Path out;
    private final List<Path> locked = new ArrayList<>();

    @AfterEach
    void unlock() throws Exception {
        for (Path path : locked) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private Path write(String name, String content) throws Exception {
        Path file = project.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private void lock(Path path) throws Exception {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
        locked.add(path);
        Assumptions.assumeFalse(Files.isReadable(path), "this user reads whatever the permissions (root)");
    }

    private BundleResult bundle(List<String> excludes) throws Exception {
        return new Bundler(Preset.EXPORT.policy(), ArchiveFormat.TAR_GZ, Bundler.DEFAULT_TIME)
                .bundle(project, excludes, out.resolve("export.tar.gz"));
    }

    @Test
    void aFolderThatCannotBeOpenedStopsTheBundleNamedAndNothingIsWritten() throws Exception {
        write("src/clean.py", "x = 1\n");
        write("reports/q3.py", "y = 2\n");
        lock(project.resolve("reports"));

        BundleResult result = bundle(List.of());

        assertTrue(result.archive().isEmpty(), "written without reports/");
        assertFalse(Files.exists(out.resolve("export.tar.gz")));
        List<Finding> errors = result.report().findings();
        assertEquals(List.of(Rule.UNREADABLE), errors.stream().map(Finding::rule).toList(), errors.toString());
        assertEquals("reports/", errors.get(0).file());
        assertEquals("cannot be read: permission denied", errors.get(0).message());
        assertTrue(result.report().hasUnreadable());
        assertTrue(result.selection().excluded().isEmpty(), "not listed as left out: " + result.selection().excluded());
        assertEquals(List.of("src/clean.py"), result.selection().included().stream().map(Selection.Included::entryName).toList());
    }

    @Test
    void aProjectFolderThatCannotBeOpenedIsNoEmptyBundle() throws Exception {
        write("src/clean.py", "x = 1\n");
        lock(project);

        BundleResult result = bundle(List.of());

        assertTrue(result.archive().isEmpty());
        assertEquals(List.of("./: cannot be read: permission denied"),
                result.report().findings().stream().map(f -> f.file() + ": " + f.message()).toList());
    }

    @Test
    void aFileThatCannotBeReadStopsTheBundleNamedToo() throws Exception {
        write("src/clean.py", "x = 1\n");
        lock(write("src/secret.py", "z = 3\n"));

        BundleResult result = bundle(List.of());

        assertTrue(result.archive().isEmpty());
        assertEquals(List.of("src/secret.py: cannot be read: permission denied"),
                result.report().findings().stream().map(f -> f.file() + ": " + f.message()).toList());
    }

    @Test
    void whatTheBundlePassesOverAnywayStaysPassedOverWhenItCannotBeOpened() throws Exception {
        write("src/clean.py", "x = 1\n");
        write(".ipynb_checkpoints/a-checkpoint.ipynb", "{}");
        write("scratch/notes.md", "private\n");
        lock(project.resolve(".ipynb_checkpoints"));
        lock(project.resolve("scratch"));

        BundleResult result = bundle(List.of("scratch/"));

        assertTrue(result.archive().isPresent(), result.report().findings().toString());
        assertEquals(List.of(".ipynb_checkpoints/", "scratch/"),
                result.selection().excluded().stream().map(Selection.Excluded::path).toList());
        assertEquals(List.of("src/clean.py"), result.selection().included().stream().map(Selection.Included::entryName).toList());
    }
}
