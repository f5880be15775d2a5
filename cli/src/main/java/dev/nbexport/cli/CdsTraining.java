package dev.nbexport.cli;

import dev.nbexport.core.io.Folders;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The build's class-data sharing training run: the commands people start most often, run once each
 * in one JVM, so that a single class list covers them all. Not a command of the tool. Fails (exit 2)
 * when a command does not do what it should, so that a broken training cannot pass unnoticed.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    /**
     * Prints the version (what scripts and hook managers ask first), strips NOTEBOOK to stdout, verifies it, strips and verifies a folder of copies, bundles the
     * notebook's folder and verifies the bundle, cleans it as git's filter process, printing nothing.
     */
    public static void main(String[] args) throws IOException {
        Path notebook = Path.of(args[0]);
        Path work = Files.createTempDirectory("nbexport-cds-training");
        try {
            Path bundle = work.resolve("export.tar.gz");
            expect(0, "--version");
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
            // git's long-running clean filter: started by every git command that reads a notebook.
            expect(filterSession(Files.readAllBytes(notebook)), 0, "git", "filter-process");
        } finally {
            Folders.deleteTree(work);
        }
    }

    /** What git sends a filter process to clean one notebook: handshake, capabilities, one command, then the end. */
    private static byte[] filterSession(byte[] notebook) {
        ByteArrayOutputStream session = new ByteArrayOutputStream();
        for (String line : new String[] {"git-filter-client\n", "version=2\n", null, "capability=clean\n", "capability=smudge\n",
                null, "command=clean\n", "pathname=a.ipynb\n", null}) {
            packet(session, line == null ? null : line.getBytes(StandardCharsets.UTF_8));
        }
        for (int at = 0; at < notebook.length; at += 65516) {
            packet(session, Arrays.copyOfRange(notebook, at, Math.min(notebook.length, at + 65516)));
        }
        packet(session, null);
        return session.toByteArray();
    }

    /** One pkt-line: four hex digits of its length, then its bytes; null: a flush packet. */
    private static void packet(ByteArrayOutputStream out, byte[] data) {
        out.writeBytes(String.format("%04x", data == null ? 0 : data.length + 4).getBytes(StandardCharsets.US_ASCII));
        if (data != null) {
            out.writeBytes(data);
        }
    }

    private static void expect(int exitCode, String... args) {
        expect(new byte[0], exitCode, args);
    }

    private static void expect(byte[] input, int exitCode, String... args) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        int actual = Main.run(new ByteArrayInputStream(input), nowhere, nowhere, args);
        if (actual != exitCode) {
            System.err.println("CDS training: nbexport " + String.join(" ", args) + " exited " + actual + ", not " + exitCode);
            System.exit(2);
        }
    }
}
