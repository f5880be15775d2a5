package dev.nbexport.core.notebook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file source serves the same bytes whether it holds the file in memory (small) or reads ranges (large). */
class NotebookSourceTest {

    @TempDir
    Path dir;

    @Test
    void smallAndLargeFilesServeTheirRanges() throws IOException {
        assertRangesMatch(write("small.ipynb", 100_000));
        assertRangesMatch(write("large.ipynb", (int) NotebookSource.WHOLE_FILE_LIMIT + 1));
    }

    @Test
    void aFileInAnotherFileSystemIsReadToo() throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(dir.resolve("notebooks.zip"), Map.of("create", "true"))) {
            Path file = zip.getPath("/a.ipynb");
            byte[] bytes = "{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}".getBytes(StandardCharsets.UTF_8);
            Files.write(file, bytes);
            try (InputStream in = NotebookSource.of(file).open()) {
                assertArrayEquals(bytes, in.readAllBytes());
            }
        }
    }

    @Test
    void aSmallFileIsReadOnceEvenIfItChangesAfterwards() throws IOException {
        Path file = write("changing.ipynb", 1000);
        byte[] before = Files.readAllBytes(file);
        NotebookSource source = NotebookSource.of(file);
        try (InputStream in = source.open(0, 10)) {
            in.readAllBytes();
        }
        Files.write(file, new byte[1000]);
        try (InputStream in = source.open()) {
            assertArrayEquals(before, in.readAllBytes());
        }
    }

    private Path write(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }

    private static void assertRangesMatch(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        NotebookSource source = NotebookSource.of(file);
        assertEquals(bytes.length, source.length());
        int length = bytes.length;
        for (int[] range : new int[][] {{0, length}, {0, 10}, {length / 2, Math.min(length, length / 2 + 70_000)}, {length - 5, length}}) {
            try (InputStream in = source.open(range[0], range[1])) {
                assertArrayEquals(Arrays.copyOfRange(bytes, range[0], range[1]), in.readAllBytes());
            }
        }
    }
}
