package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A notebook whose name is not UTF-8 (Latin-1, as an old archive unpacked on Linux leaves it) is
 * stripped: Java keeps such a name's bytes in the path a folder's walk finds, not in a string.
 */
class NonUtf8NamesTest {

    @TempDir
    Path dir;

    @Test
    void aNotebookNamedInLatin1IsStripped() throws Exception {
        Files.writeString(dir.resolve("source.ipynb"), Notebooks.DIRTY);
        // "café.ipynb" in Latin-1: only a shell can write the byte 0xE9 into a name.
        Process copy = new ProcessBuilder("sh", "-c", "cp source.ipynb \"$(printf 'caf\\351.ipynb')\" && rm source.ipynb")
                .directory(dir.toFile()).inheritIO().start();
        Assumptions.assumeTrue(copy.waitFor(10, TimeUnit.SECONDS) && copy.exitValue() == 0, "this file system takes no such name");

        Cli.Result result = Cli.run("strip", "--quiet", dir.toString());

        assertEquals(0, result.exitCode(), result.stderr());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> notebooks = files.toList();
            assertEquals(1, notebooks.size(), notebooks.toString());
            assertEquals(Notebooks.DIRTY_STRIPPED, Files.readString(notebooks.get(0)));
        }
    }
}
