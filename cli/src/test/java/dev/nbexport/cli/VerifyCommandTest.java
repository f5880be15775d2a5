package dev.nbexport.cli;

import static dev.nbexport.cli.Notebooks.DIRTY;
import static dev.nbexport.cli.Notebooks.DIRTY_STRIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nbexport.fixtures.ProjectTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, String content) {
        return new ProjectTree(dir).write(name, content);
    }

    @Test
    void aCleanNotebookPasses() throws IOException {
        Path nb = write("clean.ipynb", DIRTY_STRIPPED);

        Cli.Result result = Cli.run("verify", nb.toString());

        assertEquals(0, result.exitCode(), result.out() + result.stderr());
        assertTrue(result.out().contains("1 file checked: 0 errors, 0 warnings"), result.out());
    }

    @Test
    void anEmptyNotebookFileHoldsNothing() {
        Path nb = write("new.ipynb", "");

        Cli.Result result = Cli.run("verify", "--preset", "export", nb.toString());

        assertEquals(0, result.exitCode(), result.out() + result.stderr());
        assertTrue(result.out().contains("1 file checked: 0 errors"), result.out());
    }

    @Test
    void findingsFailTheRunAndNeverShowTheData() throws IOException {
        Path nb = write("dirty.ipynb", DIRTY);

        Cli.Result result = Cli.run("verify", nb.toString());

        assertEquals(1, result.exitCode());
        assertTrue(result.out().contains("output-stream"), result.out());
        assertTrue(result.out().contains("widget-state"), result.out());
        assertTrue(result.out().contains("cell 1 (id b2)"), result.out());
        assertFalse(result.out().contains("hello-data"), "the report must not repeat the data");
        assertFalse(result.out().contains("Zanzibar"), "the report must not repeat the data");
    }

    @Test
    void directoriesAreWalkedAndAllFilesTakesEveryFile() throws IOException {
        write("nb/clean.ipynb", DIRTY_STRIPPED);
        write("nb/data/customers.csv", "id,name\n1,a\n");

        assertEquals(0, Cli.run("verify", dir.resolve("nb").toString()).exitCode());

        Cli.Result all = Cli.run("verify", "--all-files", dir.resolve("nb").toString());
        assertEquals(1, all.exitCode());
        assertTrue(all.out().contains("data-file"), all.out());
    }

    @Test
    void aFolderOfNotebooksNamedPerCustomerFailsThePreCheckAsItFailsTheBundle() throws IOException {
        String[] first = {"Ann", "Bob", "Carla", "David", "Elena", "Farid"};
        String[] last = {"Lee", "Moreau", "Schmidt", "Okafor", "Rossi", "Haddad", "Novak"};
        for (int i = 0; i < 40; i++) {
            write("project/output/" + (100231 + 7 * i) + "_" + first[i % 6] + "_" + last[i % 7] + "x".repeat(i / 7) + ".ipynb",
                    "{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n");
        }
        write("project/run_all.py", "import papermill as pm\n");
        Path project = dir.resolve("project");

        Cli.Result bundle = Cli.run("bundle", project.toString(), "-o", dir.resolve("export.tar.gz").toString());
        assertEquals(1, bundle.exitCode(), bundle.out() + bundle.stderr());
        String hash = bundle.out().replaceAll("(?s).*a list of 40 file names holding people's names \\([^,]+, sha256 (\\w{8})\\).*", "$1");
        assertEquals(8, hash.length(), bundle.out());

        Cli.Result check = Cli.run("verify", "--preset", "export", "--all-files", project.toString());
        assertEquals(1, check.exitCode(), check.out() + check.stderr());
        assertTrue(check.out().contains(project + " (entry paths, as a bundle of it lists them)\n  error   inline-table       file:"
                + " a list of 40 file names holding people's names"), check.out());
        assertTrue(check.out().contains("sha256 " + hash + ")"), "the hash the bundle shows: " + check.out());
        assertFalse(check.out().contains("Moreau") || check.stderr().contains("Moreau"), "never a name");
        assertFalse(Cli.run("verify", "--preset", "export", "--all-files", "--format", "accepted", project.toString()).out()
                .contains("inline-table"), "renamed, not accepted, as in the bundle");

        Cli.Result commit = Cli.run("verify", project.toString());
        assertEquals(0, commit.exitCode(), "a warning under the commit preset: " + commit.out());
        assertTrue(commit.out().contains("warning inline-table"), commit.out());
        assertEquals(1, Cli.run("verify", "--strict", project.toString()).exitCode());
        assertEquals(0, Cli.run("verify", "--preset", "export", "--all-files", project.resolve("output/..").resolve("run_all.py")
                .toString()).exitCode(), "a file named is no folder");
    }

    @Test
    void aFolderOfArrivalsSaysItsBundlesWereNotVerified() throws IOException {
        Path project = dir.resolve("project");
        write("project/analysis.ipynb", DIRTY_STRIPPED);
        Path incoming = dir.resolve("incoming");
        assertEquals(0, Cli.run("bundle", project.toString(), "-o", incoming.resolve("export.tar.gz").toString()).exitCode());

        Cli.Result folder = Cli.run("verify", incoming.toString());
        Cli.Result named = Cli.run("verify", incoming.resolve("export.tar.gz").toString());

        assertTrue(folder.stderr().contains(incoming + ": 1 bundle not verified"), folder.stderr());
        assertTrue(folder.out().startsWith("0 files checked"), folder.out());
        assertEquals(2, folder.exitCode(), "a gate that verified nothing does not pass");
        write("incoming/notes.ipynb", DIRTY_STRIPPED);
        assertEquals(0, Cli.run("verify", incoming.toString()).exitCode(), "a folder whose notebooks were verified passes, with the note");
        assertEquals(0, named.exitCode(), named.out() + named.stderr());
        assertFalse(named.stderr().contains("not verified"), named.stderr());
    }

    @Test
    void aBundleNamedAsWellAsFoundInAFolderWasVerifiedAndIsNotCountedAsSkipped() throws IOException {
        Path project = dir.resolve("project");
        write("project/analysis.ipynb", DIRTY_STRIPPED);
        Path incoming = dir.resolve("incoming");
        assertEquals(0, Cli.run("bundle", project.toString(), "-o", incoming.resolve("a.tar.gz").toString()).exitCode());
        assertEquals(0, Cli.run("bundle", project.toString(), "-o", incoming.resolve("b.zip").toString()).exitCode());

        Cli.Result before = Cli.run("verify", incoming.toString(), incoming.resolve("a.tar.gz").toString());
        Cli.Result after = Cli.run("verify", incoming.resolve("./a.tar.gz").toString(), incoming.toString());
        Cli.Result both = Cli.run("verify", incoming.toString(), dir.resolve("project/../incoming/b.zip").toString(),
                incoming.resolve("a.tar.gz").toString());

        assertTrue(before.stderr().contains(incoming + ": 1 bundle not verified"), before.stderr());
        assertTrue(after.stderr().contains(incoming + ": 1 bundle not verified"), after.stderr());
        assertEquals(0, before.exitCode(), before.out() + before.stderr());
        assertFalse(both.stderr().contains("not verified"), both.stderr());
        assertEquals(0, both.exitCode(), both.out() + both.stderr());

        Path link = Files.createSymbolicLink(dir.resolve("arrivals"), incoming);
        Cli.Result linked = Cli.run("verify", incoming.toString(), link.resolve("a.tar.gz").toString(), link.resolve("b.zip").toString());
        assertFalse(linked.stderr().contains("not verified"), "the same files by another way: " + linked.stderr());
    }

    @Test
    void aFolderNamedThroughALinkIsVerifiedAndEachFileOnce(@TempDir Path home) throws IOException {
        write("project/dirty.ipynb", DIRTY);
        Path linked = Files.createSymbolicLink(home.resolve("project"), dir.resolve("project"));

        Cli.Result alone = Cli.run("verify", linked.toString());
        Cli.Result twice = Cli.run("verify", linked.toString(), dir.resolve("project/dirty.ipynb").toString());

        assertEquals(1, alone.exitCode(), alone.out() + alone.stderr());
        assertTrue(alone.out().contains("1 file checked"), alone.out());
        assertEquals(1, twice.exitCode(), twice.out() + twice.stderr());
        assertTrue(twice.out().contains("1 file checked"), twice.out());
    }

    @Test
    void jsonReport() throws IOException {
        Path nb = write("dirty.ipynb", DIRTY);

        Cli.Result result = Cli.run("verify", "--format", "json", nb.toString());

        assertEquals(1, result.exitCode());
        JsonNode report = JSON.readTree(result.stdout());
        assertTrue(report.toString().contains("\"output-stream\""), report.toString());
    }

    @Test
    void aFileThatCouldNotBeVerifiedIsInTheReportNotOnlyOnStandardError() throws IOException {
        Path clean = write("clean.ipynb", DIRTY_STRIPPED);
        Path missing = dir.resolve("gone.ipynb");

        Cli.Result json = Cli.run("verify", "--format", "json", clean.toString(), missing.toString());
        Cli.Result sarif = Cli.run("verify", "--format", "sarif", clean.toString(), missing.toString());

        assertEquals(ExitCode.INVALID_INPUT, json.exitCode(), json.stderr());
        JsonNode findings = JSON.readTree(json.stdout()).get("findings");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("unreadable", findings.get(0).get("rule").asText());
        assertEquals(missing.toString(), findings.get(0).get("file").asText());
        assertTrue(JSON.readTree(sarif.stdout()).toString().contains("not verified: no such file"), sarif.out());
    }

    @Test
    void sarifReportWrittenToAFile() throws IOException {
        Path nb = write("dirty.ipynb", DIRTY);
        Path sarif = dir.resolve("out/report.sarif");

        Cli.Result result = Cli.run("verify", "--format", "sarif", "--output", sarif.toString(), nb.toString());

        assertEquals(1, result.exitCode());
        assertEquals(0, result.stdout().length);
        JsonNode report = JSON.readTree(sarif.toFile());
        assertEquals("2.1.0", report.get("version").asText());
        assertTrue(result.stderr().contains("report written to " + sarif), result.stderr());
    }

    @Test
    void sarifGivesTheColumnInUtf16CodeUnitsAndTextAndJsonInCharacters() throws IOException {
        String before = " \"metadata\": {\"author\": \"Ren\u00e9e \ud83d\ude00\", \"b\": ";
        Path nb = write("broken.ipynb", "{\"cells\": [],\n" + before + "tru},\n \"nbformat\": 4, \"nbformat_minor\": 5}\n");

        JsonNode sarif = JSON.readTree(Cli.run("verify", "--format", "sarif", nb.toString()).stdout());
        JsonNode json = JSON.readTree(Cli.run("verify", "--format", "json", nb.toString()).stdout());
        Cli.Result text = Cli.run("verify", nb.toString());

        assertEquals("utf16CodeUnits", sarif.at("/runs/0/columnKind").asText());
        JsonNode region = sarif.at("/runs/0/results/0/locations/0/physicalLocation/region");
        assertEquals(2, region.get("startLine").asInt(), region.toString());
        assertEquals(before.length() + 1, region.get("startColumn").asInt(), region.toString());
        long characters = before.codePointCount(0, before.length()) + 1;
        assertEquals(characters, json.at("/findings/0/column").asLong());
        assertTrue(text.out().contains("line 2, column " + characters + ": invalid JSON"), text.out());
    }

    @Test
    void warningsFailOnlyWhenStrict() throws IOException {
        Path nb = write("project/dirty.ipynb", DIRTY);
        write("project/.nbexport.yaml", """
                verify:
                  rules: {output-stream: warning, output-rich: off, execution-count: off, widget-state: off,
                          cell-metadata: off, notebook-metadata: off}
                """);

        Cli.Result lenient = Cli.run("verify", nb.toString());
        Cli.Result strict = Cli.run("verify", "--strict", nb.toString());

        assertEquals(0, lenient.exitCode(), lenient.out());
        assertTrue(lenient.out().contains("warning"), lenient.out());
        assertEquals(1, strict.exitCode(), strict.out());
    }

    @Test
    void unreadableInputExitsThree() throws IOException {
        Path bad = write("bad.ipynb", Notebooks.TRUNCATED);

        Cli.Result result = Cli.run("verify", bad.toString());

        assertEquals(3, result.exitCode());
        assertTrue(result.out().contains("unreadable"), result.out());
    }

    @Test
    void verifyUsesTheSamePolicyFlagsAsStrip() throws IOException {
        Path nb = write("kept.ipynb", DIRTY);
        assertEquals(0, Cli.run("strip", "--keep-count", nb.toString()).exitCode());

        assertEquals(1, Cli.run("verify", nb.toString()).exitCode());
        assertEquals(0, Cli.run("verify", "--keep-count", nb.toString()).exitCode());
    }

    @Test
    void exportPresetAtTheGate() throws IOException {
        Path nb = write("a.ipynb", DIRTY_STRIPPED);

        Cli.Result result = Cli.run("verify", "--preset", "export", nb.toString());

        assertEquals(1, result.exitCode(), "papermill metadata is outside export's allow-list");
        assertTrue(result.out().contains("notebook-metadata"), result.out());
        assertEquals(0, Cli.run("strip", "--preset", "export", nb.toString()).exitCode());
        assertEquals(0, Cli.run("verify", "--preset", "export", nb.toString()).exitCode());
    }

    @Test
    void aPathIsRequired() {
        assertEquals(2, Cli.run("verify").exitCode());
    }

    @Test
    void aBundleIsVerifiedAsAWholeAtTheGate() throws IOException {
        write("project/analysis.ipynb", DIRTY);
        write("project/src/model.py", "def fit(x):\n    return x\n");
        Path archive = dir.resolve("export.tar.gz");
        assertEquals(0, Cli.run("bundle", dir.resolve("project").toString(), "-o", archive.toString()).exitCode());

        Cli.Result clean = Cli.run("verify", archive.toString());
        assertEquals(0, clean.exitCode(), clean.out());
        // The summary counts the entries the gate looked at, not the one archive.
        assertTrue(clean.out().contains("2 files checked: 0 errors, 0 warnings"), clean.out());

        Files.write(archive, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        Cli.Result tampered = Cli.run("verify", archive.toString());
        assertEquals(1, tampered.exitCode(), tampered.out());
        assertTrue(tampered.out().contains("archive-trailing"), tampered.out());
    }

    @Test
    void aZipWithoutManifestFailsUnderExport() throws IOException {
        Path archive = dir.resolve("handmade.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(archive))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("notes.md"));
            zip.write("# notes\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        Cli.Result result = Cli.run("verify", archive.toString());

        assertEquals(1, result.exitCode(), result.out());
        assertTrue(result.out().contains("manifest-missing"), result.out());
    }
}
