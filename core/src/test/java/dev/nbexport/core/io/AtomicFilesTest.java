package dev.nbexport.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void doesNotTouchAFileThatAlreadyHoldsTheBytes() throws Exception {
        Path file = Files.writeString(dir.resolve("a.ipynb"), "same");
        FileTime before = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, before);
        assertFalse(AtomicFiles.writeIfDifferent(file, "same".getBytes(StandardCharsets.UTF_8)));
        assertEquals(before, Files.getLastModifiedTime(file));
    }

    @Test
    void replacesContentKeepingPermissionsAndLeavesNoTemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("a.ipynb"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
        assertTrue(AtomicFiles.writeIfDifferent(file, "new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aNotebookWhoseNameNearlyFillsTheFileSystemsLimitIsReplaced() throws Exception {
        // 255 bytes is the limit of a name (ext4, XFS, tmpfs): 78 Chinese characters are 240 of them.
        for (String name : List.of("a".repeat(249) + ".ipynb", "数".repeat(78) + ".ipynb", "😀".repeat(62) + ".ipynb")) {
            Path file = Files.writeString(dir.resolve(name), "old with outputs");

            assertTrue(AtomicFiles.writeIfDifferent(file, "new".getBytes(StandardCharsets.UTF_8)), name);

            assertEquals("new", Files.readString(file));
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of(file), files.toList(), "no temporary file left");
            }
            Files.delete(file);
        }
    }

    @Test
    void aFailedReplaceLeavesTheTargetAndNoTemporaryFile() throws Exception {
        Path occupied = Files.createDirectory(dir.resolve("a.ipynb"));
        Files.writeString(occupied.resolve("inside"), "kept");
        assertThrows(IOException.class, () -> AtomicFiles.writeIfDifferent(occupied, "new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("kept", Files.readString(occupied.resolve("inside")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(occupied), files.toList());
        }
    }

    @Test
    void aFileSavedAgainAfterItWasReadIsLeftAsSaved() throws Exception {
        Path file = Files.writeString(dir.resolve("a.ipynb"), "as read");
        FileState readAs = FileState.of(file);
        // An editor saves the way Jupyter does: a new file moved over the old one.
        Path saved = Files.writeString(dir.resolve("a.ipynb.saving"), "as saved");
        Files.move(saved, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThrows(AtomicFiles.ChangedMeanwhileException.class,
                () -> AtomicFiles.writeIfDifferent(file, "stripped".getBytes(StandardCharsets.UTF_8), readAs));

        assertEquals("as saved", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
        assertTrue(AtomicFiles.writeIfDifferent(file, "stripped".getBytes(StandardCharsets.UTF_8), FileState.of(file)));
    }

    @Test
    void aSaveInPlaceWithinTheSameClockTickAsTheReadIsLeftAsSaved() throws Exception {
        Path file = Files.writeString(dir.resolve("a.ipynb"), "as read");
        FileState readAs = FileState.of(file);
        // An editor rewrites the file itself, to the same size, within the same tick of the file
        // system's clock: no attribute tells the two versions apart, only the content.
        Files.writeString(file, "as save");
        Files.setLastModifiedTime(file, readAs.modified());

        assertThrows(AtomicFiles.ChangedMeanwhileException.class,
                () -> AtomicFiles.writeIfDifferent(file, "stripped".getBytes(StandardCharsets.UTF_8), readAs));

        assertEquals("as save", Files.readString(file));
    }

    @Test
    void onlyARecentlyModifiedFileIsReadAgainBeforeItIsReplaced() throws Exception {
        Path file = Files.writeString(dir.resolve("a.ipynb"), "as read");
        assertTrue(FileState.of(file).contentChecksum() != null, "modified just now: a later save might keep its time");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        FileState old = FileState.of(file);
        assertEquals(null, old.contentChecksum(), "modified a minute ago: any later save changes its time");

        assertTrue(AtomicFiles.writeIfDifferent(file, "stripped".getBytes(StandardCharsets.UTF_8), old));
        assertEquals("stripped", Files.readString(file));
    }

    @Test
    void aReadOnlyFileIsLeftAsItIsUnlessItAlreadyHoldsTheBytes() throws Exception {
        Path file = Files.writeString(dir.resolve("a.ipynb"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        assertThrows(AtomicFiles.ReadOnlyException.class, () -> AtomicFiles.writeIfDifferent(file, "new".getBytes(StandardCharsets.UTF_8)));

        assertEquals("old", Files.readString(file));
        assertFalse(AtomicFiles.writeIfDifferent(file, "old".getBytes(StandardCharsets.UTF_8)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
    }

    @Test
    void aFileOfAnotherUserStaysTheirsWhereThisProcessMayGiveItAway() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "only root may give files away");
        var users = dir.getFileSystem().getUserPrincipalLookupService();
        Path file = Files.writeString(dir.resolve("a.ipynb"), "old");
        Files.setOwner(file, users.lookupPrincipalByName("nobody"));

        assertTrue(AtomicFiles.writeIfDifferent(file, "new".getBytes(StandardCharsets.UTF_8)));

        assertEquals("nobody", Files.getOwner(file).getName());
        assertEquals("new", Files.readString(file));
    }

    @Test
    void writesThroughASymbolicLinkInsteadOfReplacingIt() throws Exception {
        Path target = Files.writeString(dir.resolve("real.ipynb"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.ipynb"), target);
        AtomicFiles.writeIfDifferent(link, "new".getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals("new".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
    }

    @Test
    void aFileWithOtherNamesIsWrittenInPlaceSoThatEveryNameHoldsTheNewBytes() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"));
        Path file = Files.writeString(dir.resolve("a.ipynb"), "old with outputs");
        Path other = Files.createLink(dir.resolve("b.ipynb"), file);
        Object inode = Files.getAttribute(file, "unix:ino");

        assertTrue(AtomicFiles.writeIfDifferent(file, "new".getBytes(StandardCharsets.UTF_8)));

        assertEquals("new", Files.readString(other));
        assertEquals(inode, Files.getAttribute(file, "unix:ino"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("a.ipynb", "b.ipynb"), files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    /**
     * When the write into a file with other names fails, the whole replacement is moved over this
     * name after all, and the other names keep the old content, whole. A running program is a file
     * Linux lets no one open for writing ("text file busy") but lets be replaced: the write into it
     * fails for real, before it has changed a byte.
     */
    @Test
    void aFileWithOtherNamesThatCannotBeWrittenIntoGetsTheReplacementUnderThisNameAlone() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"));
        Path program = Files.copy(Path.of("/bin/sleep"), dir.resolve("a.ipynb"));
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path other = Files.createLink(dir.resolve("b.ipynb"), program);
        byte[] old = Files.readAllBytes(program);
        Process running = new ProcessBuilder(program.toString(), "60").start();
        try {
            assumeTrue(busyWithin(program, 10_000), "this system lets a running program's file be written into");

            assertTrue(AtomicFiles.writeIfDifferent(program, "new".getBytes(StandardCharsets.UTF_8)));

            assertEquals("new", Files.readString(program));
            assertArrayEquals(old, Files.readAllBytes(other), "the other name keeps the old content, whole");
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of("a.ipynb", "b.ipynb"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                        "no temporary file left");
            }
        } finally {
            running.destroyForcibly().waitFor();
        }
    }

    /** Whether {@code file} becomes one that cannot be opened for writing (its program started) within {@code millis}. */
    private static boolean busyWithin(Path file, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            try (FileChannel ignored = FileChannel.open(file, StandardOpenOption.WRITE)) {
                Thread.sleep(20);
            } catch (IOException busy) {
                return true;
            }
        }
        return false;
    }

    @Test
    void createsANewFileReadableByOthers() throws Exception {
        Path file = dir.resolve("sub/new.ipynb");
        AtomicFiles.writeIfDifferent(file, "x".getBytes(StandardCharsets.UTF_8));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
