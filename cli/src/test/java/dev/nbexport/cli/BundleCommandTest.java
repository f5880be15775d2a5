package dev.nbexport.cli;

import static dev.nbexport.cli.Notebooks.DIRTY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.fixtures.ProjectTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleCommandTest {

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void project() throws IOException {
        project = dir.resolve("project");
        write("project/analysis.ipynb", DIRTY);
        write("project/src/model.py", "def fit(x):\n    return x\n");
        write("project/data/customers.csv", "id,name\n1,Alice\n");
        write("project/scratch/notes.md", "# scratch\n");
    }

    private Path write(String name, String content) {
        return new ProjectTree(dir).write(name, content);
    }

    /** Entry names of a tar.gz, read with the JDK only (ustar names up to 100 characters). */
    private static List<String> tarEntries(Path archive) throws IOException {
        List<String> names = new ArrayList<>();
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = new String(header, 0, 100, java.nio.charset.StandardCharsets.UTF_8).replace("\0", "");
                long size = Long.parseLong(new String(header, 124, 11, java.nio.charset.StandardCharsets.US_ASCII).trim(), 8);
                names.add(name);
                in.skipNBytes((size + 511) / 512 * 512);
            }
        }
        return names;
    }

    @Test
    void writesAnArchiveWithManifestAndChecksumAndListsWhatItLeftOut() throws IOException {
        Path archive = dir.resolve("out/export.tar.gz");

        Cli.Result result = Cli.run("bundle", project.toString(), "-o", archive.toString());

        assertEquals(0, result.exitCode(), result.out() + result.stderr());
        assertEquals(List.of("NBEXPORT-MANIFEST.json", "analysis.ipynb", "scratch/notes.md", "src/model.py"), tarEntries(archive));
        assertTrue(result.out().contains("data/customers.csv"), result.out());
        assertTrue(Files.readString(dir.resolve("out/export.tar.gz.sha256")).endsWith("  export.tar.gz\n"));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(archive)));
        assertEquals(DIRTY, Files.readString(project.resolve("analysis.ipynb")), "originals are never modified");
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineNamingItAndNothingIsLeft() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Path archive = notAFolder.resolve("export.tar.gz");

        Cli.Result result = Cli.run("bundle", project.toString(), "-o", archive.toString());

        assertEquals(3, result.exitCode(), result.out() + result.stderr());
        assertEquals(1, result.stderr().lines().count(), result.stderr());
        assertTrue(result.stderr().startsWith("nbexport: " + archive + ": "), result.stderr());
        assertFalse(result.stderr().contains("internal error"), result.stderr());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("notes.txt", "project"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertEquals(DIRTY, Files.readString(project.resolve("analysis.ipynb")), "originals are never modified");
    }

    @Test
    void bundlingTheSameTreeTwiceGivesTheSameBytes() throws IOException {
        Path first = dir.resolve("a.tar.gz");
        Path second = dir.resolve("b.tar.gz");

        assertEquals(0, Cli.run("bundle", project.toString(), "-o", first.toString()).exitCode());
        Files.setLastModifiedTime(project.resolve("src/model.py"), java.nio.file.attribute.FileTime.fromMillis(0));
        assertEquals(0, Cli.run("bundle", project.toString(), "-o", second.toString()).exitCode());

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void zipByNameOrFormatAndExcludes() throws IOException {
        Path archive = dir.resolve("export.zip");

        Cli.Result result = Cli.run("bundle", project.toString(), "-o", archive.toString(), "--exclude", "scratch/");

        assertEquals(0, result.exitCode(), result.out() + result.stderr());
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertTrue(zip.getEntry("src/model.py") != null);
            assertTrue(zip.getEntry("scratch/notes.md") == null);
        }
        assertTrue(result.out().contains("scratch/"), result.out());
        Path tar = dir.resolve("export.tar");
        assertEquals(0, Cli.run("bundle", project.toString(), "-o", tar.toString(), "--format", "tar").exitCode());
        assertEquals(2, Cli.run("bundle", project.toString(), "-o", tar.toString(), "--format", "rar").exitCode());
    }

    @Test
    void anOutputTheGateWouldNotKnowAsABundleIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("outdir"));
        for (String[] args : new String[][] {
                {"-o", dir.resolve("export.tar.bz2").toString()},
                {"-o", dir.resolve("export").toString()},
                {"-o", dir.resolve("export.zip").toString(), "--format", "tar"},
                {"-o", folder.toString()},
                {"-o", dir.resolve("y.tar.gz") + "/"},
                {"-o", dir.resolve("out/y.zip") + "/"}}) {
            List<String> command = new ArrayList<>(List.of("bundle", project.toString()));
            command.addAll(List.of(args));

            Cli.Result result = Cli.run(command.toArray(String[]::new));

            assertEquals(2, result.exitCode(), String.join(" ", args) + ": " + result.out() + result.stderr());
            assertTrue(result.stderr().startsWith("nbexport: -o " + args[1] + ": ") || result.stderr().startsWith("nbexport: --format tar but -o "),
                    result.stderr());
            assertFalse(result.stderr().contains(".nbexport-tmp"), result.stderr());
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of("outdir", "project"), files.map(p -> p.getFileName().toString()).sorted().toList(), "nothing written");
        }
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aRefusedBundleStillListsWhatItLeftOutAndACommandLineLooseningIsNamed() throws IOException {
        write("project/.env", "TOKEN=x\n");
        write("project/broken.ipynb", "{\"cells\": [");

        Cli.Result refused = Cli.run("bundle", project.toString(), "-o", dir.resolve("a.tar.gz").toString());
        Cli.Result loosened = Cli.run("bundle", project.resolve("src").toString(), "-o", dir.resolve("b.tar.gz").toString(), "--keep-output");

        assertEquals(3, refused.exitCode(), refused.out() + refused.stderr());
        assertTrue(refused.out().contains("left out (2):"), refused.out());
        assertTrue(refused.out().contains(".env"), refused.out());
        assertEquals(0, loosened.exitCode(), loosened.out() + loosened.stderr());
        assertTrue(loosened.stderr().contains("the command line loosens the export preset: strip.keep-output"), loosened.stderr());
        assertTrue(loosened.out().contains(": 1 file, "), loosened.out());
    }

    @Test
    void anErrorFindingStopsTheBundleAndNothingIsWritten() throws IOException {
        write("project/broken.ipynb", "{\"cells\": [");
        Path archive = dir.resolve("export.tar.gz");

        Cli.Result result = Cli.run("bundle", project.toString(), "-o", archive.toString());

        assertEquals(3, result.exitCode(), "bad input, as verify says");
        assertFalse(Files.exists(archive));
        assertFalse(Files.exists(dir.resolve("export.tar.gz.sha256")));
        assertTrue(result.out().contains("unreadable"), result.out());
        assertTrue(result.stderr().contains("nothing written"), result.stderr());
        assertFalse(result.stderr().contains("--format accepted"), "a broken notebook is no value to accept: " + result.stderr());
        assertTrue(result.stderr().contains("(mend or exclude what cannot be read (its finding says why))"),
                "no advice to strip what cannot be read: " + result.stderr());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".nbexport-tmp")), "no temporary file left");
        }
    }

    @Test
    void aBrokenNotebookIsPlacedByBundleAndVerifyAsStripPlacesItWithoutItsContent() throws IOException {
        Path broken = write("project/broken.ipynb", "{\n \"cells\": [\n  {\"cell_type\": \"code\",, \"source\": [\"Alice\"]}\n ]\n}\n");
        String place = "line 3, column 24, cell 0: ";

        Cli.Result strip = Cli.run("strip", broken.toString());
        Cli.Result bundle = Cli.run("bundle", project.toString(), "-o", dir.resolve("export.tar.gz").toString());
        Cli.Result verify = Cli.run("verify", broken.toString());

        assertEquals(3, strip.exitCode());
        assertTrue(strip.stderr().contains("broken.ipynb: " + place + "invalid JSON\n"), strip.stderr());
        assertEquals(3, bundle.exitCode());
        assertTrue(bundle.out().contains("broken.ipynb\n  error   unreadable         " + place + "invalid JSON ("), bundle.out());
        assertEquals(3, verify.exitCode());
        assertTrue(verify.out().contains("  error   unreadable         " + place + "invalid JSON ("), verify.out());
        for (Cli.Result result : List.of(strip, bundle, verify)) {
            assertFalse((result.out() + result.stderr()).contains("Alice"), result.out() + result.stderr());
        }
    }

    @Test
    void aRefusalForAValueThatMayBeAcceptedSaysHowToDraftTheEntryAndTheDraftNamesIt() throws IOException {
        write("project/src/keys.py", "KEY_ID = \"AKIA" + "QWERTYUIOPASDFGH\"\n");

        Cli.Result refused = Cli.run("bundle", project.toString(), "-o", dir.resolve("export.tar.gz").toString());
        assertEquals(1, refused.exitCode());
        String draftCommand = "nbexport verify --preset export --all-files --format accepted " + project;
        assertTrue(refused.stderr().contains("; " + draftCommand + " drafts the entries that would accept them"), refused.stderr());

        Cli.Result draft = Cli.run(draftCommand.substring("nbexport ".length()).split(" "));
        assertTrue(draft.out().contains("{file: \"keys.py\", rule: credential, sha256: \"a93e68f8"), draft.out());
    }

    @Test
    void aProjectFileThatKeepsOutputsStopsTheBundleUnlessTheCommandLineSaysSo() throws IOException {
        write("project/.nbexport.yaml", "strip:\n  keep-output: true\n");
        Path archive = dir.resolve("export.tar.gz");

        Cli.Result refused = Cli.run("bundle", project.toString(), "-o", archive.toString());

        assertEquals(2, refused.exitCode(), refused.out() + refused.stderr());
        assertEquals(1, refused.stderr().lines().count(), refused.stderr());
        assertTrue(refused.stderr().startsWith("nbexport: " + project.resolve(".nbexport.yaml") + ": loosens the export preset"),
                refused.stderr());
        assertFalse(Files.exists(archive));
        Cli.Result chosen = Cli.run("bundle", project.toString(), "-o", archive.toString(),
                "--policy", project.resolve(".nbexport.yaml").toString());
        assertEquals(0, chosen.exitCode(), chosen.out() + chosen.stderr());
    }

    @Test
    void theGateTakesNoLooseningFromAProjectFileBesideTheArchive() throws IOException {
        Path archive = dir.resolve("gate/export.tar.gz");
        assertEquals(0, Cli.run("bundle", project.toString(), "-o", archive.toString()).exitCode());
        write("gate/.nbexport.yaml", "verify:\n  rules: {manifest-mismatch: off}\n");

        Cli.Result refused = Cli.run("verify", archive.toString());

        assertEquals(2, refused.exitCode(), refused.out() + refused.stderr());
        assertTrue(refused.stderr().contains(dir.resolve("gate/.nbexport.yaml") + ": loosens the export preset"), refused.stderr());
    }

    @Test
    void theOutputIsRequiredAndTheRootMustExist() {
        assertEquals(2, Cli.run("bundle", project.toString()).exitCode());
        assertEquals(3, Cli.run("bundle", dir.resolve("nope").toString(), "-o", dir.resolve("x.tar.gz").toString()).exitCode());
        Cli.Result aFile = Cli.run("bundle", project.resolve("analysis.ipynb").toString(), "-o", dir.resolve("x.tar.gz").toString());
        assertEquals(2, aFile.exitCode());
        assertTrue(aFile.stderr().contains("analysis.ipynb: not a folder"), aFile.stderr());
    }
}
