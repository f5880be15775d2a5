package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        renameToLatin1(dir, "source.ipynb", "caf\\351.ipynb");

        Cli.Result result = Cli.run("strip", "--quiet", dir.toString());

        assertEquals(0, result.exitCode(), result.stderr());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> notebooks = files.toList();
            assertEquals(1, notebooks.size(), notebooks.toString());
            assertEquals(Notebooks.DIRTY_STRIPPED, Files.readString(notebooks.get(0)));
        }
    }

    @Test
    void aFileNamedInLatin1StaysHomeFromABundleAsTheGateWouldRefuseItsName(@TempDir Path out) throws Exception {
        Path project = Files.createDirectory(dir.resolve("project"));
        Files.writeString(project.resolve("source.ipynb"), Notebooks.DIRTY);
        Files.writeString(project.resolve("run.py"), "print('hello')\n");
        renameToLatin1(project, "source.ipynb", "caf\\351.ipynb");
        Path archive = out.resolve("export.tar.gz");

        Cli.Result bundle = Cli.run("bundle", project.toString(), "-o", archive.toString());

        assertEquals(0, bundle.exitCode(), bundle.stderr());
        assertTrue((bundle.out() + bundle.stderr()).contains("a name that is not UTF-8"), bundle.out() + bundle.stderr());
        Cli.Result gate = Cli.run("verify", archive.toString());
        assertEquals(0, gate.exitCode(), gate.out() + gate.stderr());
        assertTrue(gate.out().contains("1 file"), gate.out());
    }

    @Test
    void aDataFileNamedInLatin1IsStillKnownData(@TempDir Path out) throws Exception {
        Path project = Files.createDirectory(dir.resolve("project"));
        StringBuilder csv = new StringBuilder("name,email\n");
        for (String name : new String[] {"Ann Lee", "Bo Chen", "Cara Diaz", "Dev Patel", "Eva Novak", "Finn Berg",
                "Gia Russo", "Hana Sato", "Ivan Petrov", "Jade Moreau", "Kofi Mensah", "Lena Vogel"}) {
            csv.append(name).append(',').append(name.toLowerCase().replace(' ', '.')).append("@example.org\n");
        }
        Files.writeString(project.resolve("customers.csv"), csv);
        renameToLatin1(project, "customers.csv", "kund\\351n.csv");
        Files.writeString(project.resolve("notes.md"), "# Notes\n\nCalled Ann Lee and Bo Chen.\n");

        Cli.Result bundle = Cli.run("bundle", project.toString(), "-o", out.resolve("export.tar.gz").toString());

        assertEquals(1, bundle.exitCode(), bundle.out() + bundle.stderr());
        assertTrue((bundle.out() + bundle.stderr()).contains("known-data"), bundle.out() + bundle.stderr());
    }

    /** Renames {@code from} to a name given in printf's octal escapes: only a shell writes such bytes into a name. */
    private static void renameToLatin1(Path folder, String from, String printfName) throws Exception {
        Process rename = new ProcessBuilder("sh", "-c", "mv " + from + " \"$(printf '" + printfName + "')\"")
                .directory(folder.toFile()).inheritIO().start();
        Assumptions.assumeTrue(rename.waitFor(10, TimeUnit.SECONDS) && rename.exitValue() == 0, "this file system takes no such name");
    }
}
