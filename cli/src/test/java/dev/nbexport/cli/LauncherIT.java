package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.fixtures.HostileWorkbooks;
import dev.nbexport.fixtures.LargeNotebookGenerator;
import dev.nbexport.fixtures.LargeNotebookGenerator.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built launcher, {@code cli/target/nbexport}, as a user would. */
class LauncherIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("nbexport.launcher"));
    private static final Path EXAMPLE = Path.of(System.getProperty("nbexport.example"));

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(Path stdin, String... args) throws IOException, InterruptedException {
        return run(LAUNCHER, Map.of("JAVA_OPTS", "-Xmx64m"), stdin, args);
    }

    private static Run run(Path launcher, Map<String, String> environment, Path stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        return new Run(process.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void stripsFilesDirectoriesAndStandardInput() throws Exception {
        Path single = Files.copy(EXAMPLE, dir.resolve("single.ipynb"));
        Path tree = Files.createDirectories(dir.resolve("tree/sub"));
        Path inTree = Files.copy(EXAMPLE, tree.resolve("nested.ipynb"));

        Run fromStdin = run(EXAMPLE, "strip");
        assertEquals(0, fromStdin.exitCode(), fromStdin.err());
        assertTrue(fromStdin.out().contains("\"outputs\": []"));

        Run file = run(null, "strip", single.toString());
        assertEquals(0, file.exitCode(), file.err());
        assertEquals(fromStdin.out(), Files.readString(single));

        Run directory = run(null, "strip", dir.resolve("tree").toString());
        assertEquals(0, directory.exitCode(), directory.err());
        assertEquals(fromStdin.out(), Files.readString(inTree));

        Run verify = run(null, "verify", single.toString(), inTree.toString());
        assertEquals(0, verify.exitCode(), verify.out());
    }

    @Test
    void aRunStoppedByASignalLeavesNoTemporaryFileBehind(@TempDir Path temporary) throws Exception {
        // Standard input over 16 MB is spooled to a temporary file while it is read; the input stays open.
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "strip");
        builder.environment().put("JAVA_OPTS", "-Djava.io.tmpdir=" + temporary);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        var in = process.getOutputStream();
        in.write(("{\"cells\": [], \"metadata\": {\"padding\": \"" + "x".repeat(20 << 20)).getBytes(StandardCharsets.UTF_8));
        in.flush();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (listing(temporary).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1, listing(temporary).size(), "the input is being spooled");
        assertTrue(process.isAlive(), "the run is still reading its input");

        process.destroy(); // SIGTERM, as kill and a CI's timeout send it
        assertEquals(143, process.waitFor(), "stopped by the signal");
        assertEquals(List.of(), listing(temporary));
        try {
            in.close();
        } catch (IOException pipeClosedByTheStop) {
            // Nothing to flush: the input was written and flushed above.
        }
    }

    private static List<Path> listing(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith("nbexport-stdin-")).toList();
        }
    }

    @Test
    void aStrippedNotebookThatCannotBeWrittenToStandardOutputFailsWithOneLine() throws Exception {
        for (List<String> args : List.of(List.of("strip"), List.of("strip", "-t", EXAMPLE.toString()))) {
            List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
            command.addAll(args);
            Process process = new ProcessBuilder(command).redirectInput(EXAMPLE.toFile()).start();
            // Nobody reads: the pipe is closed before Java has started, and every write to it fails.
            process.getInputStream().close();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertEquals(3, process.waitFor(), String.join(" ", args));
            assertEquals("nbexport: <stdout>: cannot write: Broken pipe\n", err, String.join(" ", args));
        }
    }

    @Test
    void namesThatAreNotAsciiWorkWithoutAUtf8Locale() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Path inTree = Files.copy(EXAMPLE, tree.resolve("données.ipynb"));
        Path named = Files.copy(EXAMPLE, dir.resolve("naïve ☃.ipynb"));
        for (Map<String, String> locale : List.of(Map.<String, String>of(), Map.of("LC_ALL", "C"), Map.of("LANG", "POSIX"))) {
            for (Path path : List.of(tree, named)) {
                Files.copy(EXAMPLE, inTree, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.copy(EXAMPLE, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "strip", "-q", path.toString());
                builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
                builder.environment().putAll(locale);
                Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

                assertEquals(0, process.waitFor(), locale + " " + path + ": " + err);
                Path stripped = path.equals(tree) ? inTree : named;
                assertNotEquals(Files.readString(EXAMPLE), Files.readString(stripped), locale + " " + path);
            }
        }
    }

    @Test
    void aCopyInstalledElsewhereMakesItsOwnClassDataArchiveAndStartsWithIt() throws Exception {
        Path install = Files.createDirectories(dir.resolve("install")).toRealPath();
        for (String file : List.of("nbexport", "nbexport.jar", "nbexport.jsa", "cds.classlist", "cds.home")) {
            Files.copy(LAUNCHER.resolveSibling(file), install.resolve(file));
        }
        Path launcher = install.resolve("nbexport");
        launcher.toFile().setExecutable(true);
        Path cache = dir.resolve("a cache");
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_OPTS", "");
        // With sharing required, the JVM refuses to start on an archive made for another folder,
        // as the build's own is.
        Map<String, String> sharingRequired = Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_OPTS", "-Xshare:on");

        Run first = run(launcher, environment, null, "--version");
        assertEquals(0, first.exitCode(), first.err());
        Path archive = cache.resolve("nbexport" + install).resolve("nbexport.jsa");
        for (int i = 0; i < 600 && !Files.exists(archive); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(archive), "no archive made at " + archive);

        Run shared = run(launcher, sharingRequired, null, "--version");
        assertEquals(0, shared.exitCode(), shared.out() + shared.err());

        // A jar put back with an older time (as cp -p or tar do) is another jar: the archive is made again.
        FileTime made = Files.getLastModifiedTime(archive);
        Files.setLastModifiedTime(install.resolve("nbexport.jar"), FileTime.fromMillis(0));
        assertEquals(0, run(launcher, environment, null, "--version").exitCode());
        for (int i = 0; i < 600 && (!Files.exists(archive) || Files.getLastModifiedTime(archive).equals(made)); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(archive) && !Files.getLastModifiedTime(archive).equals(made), "the archive was not made again");
        Run again = run(launcher, sharingRequired, null, "--version");
        assertEquals(0, again.exitCode(), again.out() + again.err());
    }

    @Test
    void reportsVersionAndExitCodes() throws Exception {
        Run version = run(null, "--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("nbexport "), version.out());
        assertTrue(version.err().isEmpty(), "no JVM warnings on stderr: " + version.err());

        Path bad = Files.writeString(dir.resolve("bad.ipynb"), "{\"nbformat\": 4,");
        Run invalid = run(null, "strip", bad.toString());
        assertEquals(3, invalid.exitCode());
        assertEquals("{\"nbformat\": 4,", Files.readString(bad));

        assertEquals(2, run(null, "strip", "--no-such-flag").exitCode());
    }

    /**
     * 40 MB of small cells, about 130,000: the verifier judges each cell as it reads it, so the
     * 64 MB heap holds one cell at a time; a strip holds them all to write them back, and a file
     * too large for the heap fails alone, with one line, and is left as it was; a bundle refuses it.
     */
    @Test
    void aNotebookOfManyCellsVerifiesInA64MegabyteHeapAndOneTooLargeToStripFailsAlone(@TempDir Path elsewhere) throws Exception {
        Path big = dir.resolve("big.ipynb");
        LargeNotebookGenerator.write(big, 40L << 20, 7, Profile.CLEAN, true);
        byte[] before = Files.readAllBytes(big);

        Run verify = run(null, "verify", "-q", big.toString());
        assertEquals(0, verify.exitCode(), verify.err());
        assertEquals("1 file checked: 0 errors, 0 warnings in 0 files", verify.out().strip());

        Path small = Files.copy(EXAMPLE, dir.resolve("small.ipynb"));
        Run strip = run(null, "strip", "-j", "1", dir.toString());
        assertEquals(3, strip.exitCode(), strip.err());
        List<String> errors = strip.err().lines().filter(line -> !line.startsWith("nbexport: stripped")).toList();
        assertEquals(List.of("nbexport: " + big + ": " + Problems.OUT_OF_MEMORY), errors);
        assertArrayEquals(before, Files.readAllBytes(big), "the file too large is left as it was");
        assertTrue(Files.readString(small).contains("\"outputs\": []"), "the other file is stripped");

        Run stdin = run(big, "strip");
        assertEquals(3, stdin.exitCode(), stdin.err());
        assertEquals("", stdin.out());
        assertEquals("nbexport: <stdin>: " + Problems.OUT_OF_MEMORY, stdin.err().strip());

        Path archive = elsewhere.resolve("export.tar.gz");
        Run bundle = run(null, "bundle", dir.toString(), "-o", archive.toString());
        assertEquals(3, bundle.exitCode(), bundle.err());
        assertTrue(bundle.out().contains("error   unreadable         file: too large for the memory Java was given (raise its -Xmx)"), bundle.out());
        assertTrue(Files.notExists(archive), "nothing written");
    }

    /**
     * One markdown cell of 37 MB of prose, bundled with the default heap: the gate, given 64 MB,
     * cannot hold the cell's text and refuses that entry as too large, exit 3, where it stopped as
     * an internal error.
     */
    @Test
    void aBundledCellTooLargeForTheGatesHeapIsRefusedAsTooLarge(@TempDir Path elsewhere) throws Exception {
        String[] words = "the of and to in is that it for on was with as by at from this be or an are which not have but".split(" ");
        java.util.Random random = new java.util.Random(1);
        StringBuilder cell = new StringBuilder("{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"id\": \"a\",\n"
                + "   \"metadata\": {},\n   \"source\": [\n");
        for (int line = 0; line < 800_000; line++) {
            cell.append("    \"");
            for (int word = 5 + random.nextInt(8); word > 0; word--) {
                cell.append(words[random.nextInt(words.length)]).append(word > 1 ? " " : "");
            }
            cell.append(line < 799_999 ? "\\n\",\n" : "\"\n");
        }
        cell.append("   ]\n  }\n ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n");
        Path project = Files.createDirectories(elsewhere.resolve("project"));
        Files.writeString(project.resolve("notes.ipynb"), cell);
        Path archive = elsewhere.resolve("export.tar.gz");
        Run bundle = run(LAUNCHER, Map.of(), null, "bundle", "-q", project.toString(), "-o", archive.toString());
        assertEquals(0, bundle.exitCode(), bundle.out() + bundle.err());

        Run gate = run(null, "verify", archive.toString());

        assertEquals(3, gate.exitCode(), gate.out() + gate.err());
        assertTrue(gate.out().contains("export.tar.gz!notes.ipynb"), gate.out());
        assertTrue(gate.out().contains("error   unreadable         file: too large for the memory Java was given (raise its -Xmx)"), gate.out());
    }

    /**
     * A 6 MB workbook whose million values stand one a column over 3,900 sheets: read as known data
     * in a 64 MB heap, where every column held its arrays until the last sheet (760 MB).
     */
    @Test
    void aWorkbookOfAMillionColumnsOfOneValueIsReadInA64MegabyteHeap(@TempDir Path elsewhere) throws Exception {
        Path workbook = Files.write(elsewhere.resolve("wide.xlsx"), HostileWorkbooks.valuesOneAColumn(3_900));
        Path notes = Files.writeString(elsewhere.resolve("notes.md"), "# Notes\n");

        Run verify = run(null, "verify", "--known-data", workbook.toString(), notes.toString());

        assertEquals(0, verify.exitCode(), verify.out() + verify.err());
        assertTrue(verify.err().contains("known data: 0 values from 1 file"), verify.err());
    }
}
