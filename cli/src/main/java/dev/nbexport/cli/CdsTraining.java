package dev.nbexport.cli;

import dev.nbexport.core.io.Folders;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The build's class-data sharing training run: the commands people start most often, run once each
 * in one JVM, so that a single class list covers them all. Not a command of the tool. Fails (exit 2)
 * when a command does not do what it should, so that a broken training cannot pass unnoticed.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    /**
     * Strips NOTEBOOK to stdout, verifies it, strips and verifies a folder of copies, bundles the
     * notebook's folder and verifies the bundle, printing nothing.
     */
    public static void main(String[] args) throws IOException {
        Path notebook = Path.of(args[0]);
        Path work = Files.createTempDirectory("nbexport-cds-training");
        try {
            Path bundle = work.resolve("export.tar.gz");
            expect(0, "strip", "--textconv", notebook.toString());
            // The example carries outputs: verify finds them.
            expect(1, "verify", notebook.toString());
            // A folder of two copies: the parallel path, and writing in place.
            Path folder = Files.createDirectories(work.resolve("notebooks"));
            Files.copy(notebook, folder.resolve("a.ipynb"));
            Files.copy(notebook, folder.resolve("b.ipynb"));
            expect(0, "strip", "-q", folder.toString());
            expect(0, "verify", "-q", folder.toString());
            expect(0, "bundle", "-q", notebook.toAbsolutePath().getParent().toString(), "-o", bundle.toString());
            expect(0, "verify", "-q", bundle.toString());
        } finally {
            Folders.deleteTree(work);
        }
    }

    private static void expect(int exitCode, String... args) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        int actual = Main.run(InputStream.nullInputStream(), nowhere, nowhere, args);
        if (actual != exitCode) {
            System.err.println("CDS training: nbexport " + String.join(" ", args) + " exited " + actual + ", not " + exitCode);
            System.exit(2);
        }
    }
}
