package dev.nbexport.cli;

import static dev.nbexport.cli.Notebooks.DIRTY;
import static dev.nbexport.cli.Notebooks.DIRTY_STRIPPED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nbexport.fixtures.ProjectTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StripCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, String content) {
        return new ProjectTree(dir).write(name, content);
    }

    private static JsonNode json(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    private static JsonNode json(byte[] bytes) throws IOException {
        return JSON.readTree(bytes);
    }

    @Test
    void withoutAPathOnATerminalItSaysItReadsStandardInput() {
        byte[] typed = DIRTY.getBytes(StandardCharsets.UTF_8);

        Cli.Result person = Cli.runOnTerminal(typed, "strip");
        Cli.Result pipe = Cli.runWithInput(typed, "strip");

        assertEquals(0, person.exitCode(), person.stderr());
        assertTrue(person.stderr().contains("reading a notebook from standard input"), person.stderr());
        assertEquals(DIRTY_STRIPPED, person.out());
        assertEquals("", pipe.stderr(), "a pipe (git, scripts) gets no hint");
        assertEquals(DIRTY_STRIPPED, pipe.out());
    }

    @Test
    void stripsInPlaceToJupytersBytesAndSummarises() throws IOException {
        Path nb = write("a.ipynb", DIRTY);

        Cli.Result result = Cli.run("strip", nb.toString());

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(DIRTY_STRIPPED, Files.readString(nb));
        assertTrue(result.stderr().contains("stripped 1 of 1 notebook: removed 3 outputs"), result.stderr());
        assertEquals(0, result.stdout().length);
    }

    @Test
    void anUnchangedFileIsNotRewritten() throws IOException {
        Path nb = write("a.ipynb", DIRTY_STRIPPED);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(nb, old);

        Cli.Result result = Cli.run("strip", nb.toString());

        assertEquals(0, result.exitCode());
        assertEquals(old, Files.getLastModifiedTime(nb));
        assertTrue(result.stderr().contains("stripped 0 of 1 notebook"), result.stderr());
    }

    @Test
    void directoriesAreWalkedForNotebooksSkippingCheckpoints() throws IOException {
        Path top = write("top.ipynb", DIRTY);
        Path deep = write("sub/deeper/deep.ipynb", DIRTY);
        Path checkpoint = write("sub/.ipynb_checkpoints/deep-checkpoint.ipynb", DIRTY);
        Path other = write("sub/notes.json", DIRTY);

        Cli.Result result = Cli.run("strip", dir.toString());

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(DIRTY_STRIPPED, Files.readString(top));
        assertEquals(DIRTY_STRIPPED, Files.readString(deep));
        assertEquals(DIRTY, Files.readString(checkpoint));
        assertEquals(DIRTY, Files.readString(other));
    }

    @Test
    void aFolderNamedThroughALinkIsStrippedAndEachFileOnceHoweverItIsNamed(@TempDir Path home) throws IOException {
        Path nb = write("project/a.ipynb", DIRTY);
        Path linked = Files.createSymbolicLink(home.resolve("project"), dir.resolve("project"));

        Cli.Result result = Cli.run("strip", linked.toString(), dir.resolve("project").toString(), linked.resolve("a.ipynb").toString());

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(DIRTY_STRIPPED, Files.readString(nb));
        assertTrue(result.stderr().contains("stripped 1 of 1 notebook"), result.stderr());
        assertTrue(Files.isSymbolicLink(linked));
    }

    @Test
    void forceTakesFilesOfAnyExtension() throws IOException {
        Path other = write("backup.ipynb.bak", DIRTY);

        Cli.Result named = Cli.run("strip", other.toString());
        assertEquals(0, named.exitCode());
        assertEquals(DIRTY, Files.readString(other), "without -f a non-.ipynb file is skipped, as nbstripout does");
        assertTrue(named.stderr().contains("skipped " + other + ": not a .ipynb or .zpln file (use -f"), named.stderr());
        assertEquals("", Cli.run("strip", "-q", other.toString()).stderr(), "-q: as silent as nbstripout");

        assertEquals(0, Cli.run("strip", "-f", other.toString()).exitCode());
        assertEquals(DIRTY_STRIPPED, Files.readString(other));
    }

    @Test
    void noPathMeansStandardInputToStandardOutput() {
        Cli.Result result = Cli.runWithInput(DIRTY.getBytes(StandardCharsets.UTF_8), "strip");

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(DIRTY_STRIPPED, result.out());
        assertEquals("", result.stderr());
    }

    @Test
    void badStandardInputIsOneLineWithThePlaceAndWritesNothing() {
        Cli.Result result = Cli.runWithInput(Notebooks.TRUNCATED.getBytes(StandardCharsets.UTF_8), "strip");

        assertEquals(3, result.exitCode());
        assertEquals(0, result.stdout().length);
        assertEquals(1, result.stderr().lines().count(), result.stderr());
        assertTrue(result.stderr().startsWith("nbexport: No valid notebook detected on stdin: line "), result.stderr());
    }

    @Test
    void aBadFileIsReportedAndLeftWhileTheOthersAreStripped() throws IOException {
        Path bad = write("bad.ipynb", Notebooks.TRUNCATED);
        Path good = write("good.ipynb", DIRTY);

        Cli.Result result = Cli.run("strip", bad.toString(), good.toString());

        assertEquals(3, result.exitCode());
        assertEquals(Notebooks.TRUNCATED, Files.readString(bad));
        assertEquals(DIRTY_STRIPPED, Files.readString(good));
        assertTrue(result.stderr().contains("nbexport: " + bad + ": line "), result.stderr());
        assertFalse(result.stderr().contains("Exception"), result.stderr());
    }

    @Test
    void aMissingFileIsAnInputError() {
        Cli.Result result = Cli.run("strip", dir.resolve("nope.ipynb").toString());

        assertEquals(3, result.exitCode());
        assertTrue(result.stderr().contains("nope.ipynb: no such file"), result.stderr());
    }

    @Test
    void checkListsFilesThatWouldChangeAndWritesNothing() throws IOException {
        Path dirty = write("dirty.ipynb", DIRTY);
        Path clean = write("clean.ipynb", DIRTY_STRIPPED);

        Cli.Result result = Cli.run("strip", "--check", dir.toString());

        assertEquals(1, result.exitCode());
        assertEquals(dirty + "\n", result.out());
        assertEquals(DIRTY, Files.readString(dirty));
        assertEquals(0, Cli.run("strip", "--check", clean.toString()).exitCode());
    }

    @Test
    void aFlagTakesAnAttachedTrueOrFalse() throws IOException {
        Path dirty = write("dirty.ipynb", DIRTY);

        assertEquals(1, Cli.run("strip", "--check=true", dirty.toString()).exitCode());
        assertEquals(0, Cli.run("strip", "--check=false", "--dry-run=true", dirty.toString()).exitCode());
        assertEquals(DIRTY, Files.readString(dirty));
    }

    @Test
    void dryRunSaysWhatWouldBeStrippedAndSucceeds() throws IOException {
        Path dirty = write("dirty.ipynb", DIRTY);

        Cli.Result result = Cli.run("strip", "--dry-run", dirty.toString());

        assertEquals(0, result.exitCode());
        assertEquals("Dry run: would have stripped " + dirty + "\n", result.out());
        assertEquals(DIRTY, Files.readString(dirty));
    }

    @Test
    void verifyFailsWhenAnythingWouldBeStripped() throws IOException {
        Path dirty = write("dirty.ipynb", DIRTY);
        Path clean = write("clean.ipynb", DIRTY_STRIPPED);

        assertEquals(1, Cli.run("strip", "--verify", dirty.toString()).exitCode());
        assertEquals(DIRTY, Files.readString(dirty));
        assertEquals(0, Cli.run("strip", "--verify", clean.toString()).exitCode());
        assertEquals(1, Cli.runWithInput(DIRTY.getBytes(StandardCharsets.UTF_8), "strip", "--verify").exitCode());
    }

    @Test
    void textconvPrintsTheStrippedNotebookAndLeavesTheFile() throws IOException {
        Path dirty = write("dirty.ipynb", DIRTY);

        for (String flag : List.of("-t", "--textconv")) {
            Cli.Result result = Cli.run("strip", flag, dirty.toString());
            assertEquals(0, result.exitCode());
            assertEquals(DIRTY_STRIPPED, result.out());
            assertEquals(DIRTY, Files.readString(dirty));
        }
    }

    @Test
    void textconvShowsANotebookItCannotReadAsOneLineSoThatGitDiffStillWorks() throws IOException {
        String conflicted = DIRTY.replaceFirst("\n", "\n<<<<<<< HEAD\n") + "=======\n>>>>>>> branch\n";
        Path nb = write("conflicted.ipynb", conflicted);

        Cli.Result textconv = Cli.run("strip", "-t", nb.toString());
        Cli.Result inPlace = Cli.run("strip", nb.toString());

        assertEquals(0, textconv.exitCode(), textconv.stderr());
        assertTrue(textconv.out().matches("<notebook not shown, as it cannot be read: line 2, column 1[^\n]*; "
                + "[0-9.]+ KiB, sha256 [0-9a-f]{8}>\n"), textconv.out());
        assertFalse(textconv.out().contains("hello-data"), "the outputs of a notebook not read never show");
        assertTrue(textconv.stderr().startsWith("nbexport: " + nb + ": line 2, column 1"), textconv.stderr());
        assertTrue(textconv.stderr().endsWith("; shown as one line\n"), textconv.stderr());
        assertEquals(3, inPlace.exitCode(), "only the textconv shows it: strip still refuses it");
        assertEquals(conflicted, Files.readString(nb));
    }

    @Test
    void checkOnStandardInputNamesItWhenItWouldChange() {
        Cli.Result dirty = Cli.runWithInput(DIRTY.getBytes(StandardCharsets.UTF_8), "strip", "--check");
        Cli.Result clean = Cli.runWithInput(DIRTY_STRIPPED.getBytes(StandardCharsets.UTF_8), "strip", "--check");

        assertEquals(1, dirty.exitCode());
        assertEquals("<stdin>\n", dirty.out());
        assertEquals(0, clean.exitCode());
        assertEquals("", clean.out());
    }

    @Test
    void outputDirMirrorsTheTreeAndLeavesOriginals() throws IOException {
        Path src = dir.resolve("src");
        Path nb = write("src/a/b.ipynb", DIRTY);
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("strip", "--output-dir", out.toString(), src.toString());

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(DIRTY, Files.readString(nb));
        assertEquals(DIRTY_STRIPPED, Files.readString(out.resolve("a/b.ipynb")));
    }

    @Test
    void anOutputDirInsideTheFolderStrippedIsNotStrippedAgainOnTheNextRun() throws IOException {
        Path src = dir.resolve("src");
        write("src/a/b.ipynb", DIRTY);
        Path out = src.resolve("clean");

        Cli.Result first = Cli.run("strip", "--output-dir", out.toString(), src.toString());
        Cli.Result second = Cli.run("strip", "--output-dir", out.toString(), src.toString());

        assertEquals(0, second.exitCode(), second.stderr());
        assertTrue(second.stderr().startsWith("nbexport: wrote stripped copies of 1 notebook"), second.stderr());
        assertEquals(first.stderr(), second.stderr());
        assertEquals(DIRTY_STRIPPED, Files.readString(out.resolve("a/b.ipynb")));
        assertFalse(Files.exists(out.resolve("clean")), "the copies are not copied into the copies");
    }

    @Test
    void twoNotebooksThatWouldBeCopiedToOneFileAreAUsageErrorAndNothingIsWritten() {
        Path first = write("src/a.ipynb", DIRTY);
        Path second = write("src2/a.ipynb", DIRTY);
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("strip", "--output-dir", out.toString(), first.toString(), second.toString());

        assertEquals(ExitCode.USAGE, result.exitCode(), result.stderr());
        assertTrue(result.stderr().startsWith("nbexport: --output-dir: " + first + " and " + second
                + " would both be copied to " + out.resolve("a.ipynb") + "\n"), result.stderr());
        assertFalse(Files.exists(out));
    }

    @Test
    void aNotebookNamedTwiceIsCopiedOnce() throws IOException {
        Path nb = write("src/a.ipynb", DIRTY);
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("strip", "--output-dir", out.toString(), nb.toString(), nb.toString());

        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stderr().startsWith("nbexport: wrote stripped copies of 1 notebook: removed 3 outputs,"), result.stderr());
        assertEquals(DIRTY_STRIPPED, Files.readString(out.resolve("a.ipynb")));
    }

    @Test
    void anOutputDirWhoseCopiesWouldReplaceTheOriginalsIsAUsageError() throws IOException {
        Path src = dir.resolve("src");
        Path nb = write("src/a.ipynb", DIRTY);

        Cli.Result sameFolder = Cli.run("strip", "--output-dir", src.toString(), src.toString());
        Cli.Result sameFile = Cli.run("strip", "--output-dir", src.resolve("sub/..").toString(), nb.toString());

        assertEquals(ExitCode.USAGE, sameFolder.exitCode(), sameFolder.stderr());
        assertTrue(sameFolder.stderr().startsWith("nbexport: --output-dir: the copy of " + nb + " would replace it"), sameFolder.stderr());
        assertEquals(ExitCode.USAGE, sameFile.exitCode(), sameFile.stderr());
        assertEquals(DIRTY, Files.readString(nb));
    }

    @Test
    void theSummaryCountsTheNotebooksCopiedAndThoseThatFailed() {
        Path src = dir.resolve("src");
        write("src/good.ipynb", DIRTY);
        write("src/bad.ipynb", Notebooks.TRUNCATED);

        Cli.Result copies = Cli.run("strip", "--output-dir", dir.resolve("out").toString(), src.toString());
        Cli.Result inPlace = Cli.run("strip", src.toString());

        assertEquals(ExitCode.INVALID_INPUT, copies.exitCode(), copies.stderr());
        assertTrue(copies.stderr().contains("nbexport: wrote stripped copies of 1 notebook: "), copies.stderr());
        assertTrue(copies.stderr().strip().endsWith("; 1 failed"), copies.stderr());
        assertTrue(inPlace.stderr().contains("nbexport: stripped 1 of 2 notebooks: "), inPlace.stderr());
        assertTrue(inPlace.stderr().strip().endsWith("; 1 failed"), inPlace.stderr());
    }

    @Test
    void controlCharactersInFileNamesAreEscapedInMessagesAndLists() throws IOException {
        Path bad = write("bad\nname\u001b[2J.ipynb", Notebooks.TRUNCATED);
        Path dirty = write("dirty\u001b]0;title\u0007.ipynb", DIRTY);

        Cli.Result strip = Cli.run("strip", "-q", bad.toString());
        Cli.Result check = Cli.run("strip", "--check", dirty.toString());
        Cli.Result verify = Cli.run("verify", dirty.toString());

        assertEquals(1, strip.stderr().lines().count(), strip.stderr());
        assertTrue(strip.stderr().startsWith("nbexport: " + dir + "/bad\\nname\\x1b[2J.ipynb: line "), strip.stderr());
        assertEquals(dir + "/dirty\\x1b]0;title\\x07.ipynb\n", check.out());
        assertTrue(verify.out().startsWith(dir + "/dirty\\x1b]0;title\\x07.ipynb\n"), verify.out());
        assertFalse(verify.out().contains("\u001b"), verify.out());
    }

    @Test
    void keepOutputKeepCountAndKeepId() throws IOException {
        Path nb = write("a.ipynb", DIRTY);

        assertEquals(0, Cli.run("strip", "--keep-output", "--keep-count", "--keep-id", nb.toString()).exitCode());

        JsonNode cell = json(nb).get("cells").get(0);
        assertEquals(2, cell.get("outputs").size());
        assertEquals(3, cell.get("execution_count").asInt());
        assertEquals("a1", cell.get("id").asText());
    }

    @Test
    void extraKeysAndKeepMetadataKeys() throws IOException {
        Path nb = write("a.ipynb", DIRTY);

        assertEquals(0, Cli.run("strip", "--extra-keys", "metadata.papermill cell.metadata.tags",
                "--keep-metadata-keys", "cell.metadata.scrolled", nb.toString()).exitCode());

        JsonNode stripped = json(nb);
        assertFalse(stripped.get("metadata").has("papermill"));
        assertFalse(stripped.get("cells").get(0).get("metadata").has("tags"));
        assertTrue(stripped.get("cells").get(0).get("metadata").get("scrolled").asBoolean());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cell.source", "cell.metadata", "cell.outputs", "cell.cell_type", "cell.execution_count", "cell.id"})
    void anExtraKeyThatEveryNotebookNeedsIsAUsageErrorAndNothingIsWritten(String key) throws IOException {
        Path nb = write("a.ipynb", DIRTY);

        Cli.Result result = Cli.run("strip", "--extra-keys", "metadata.papermill " + key, nb.toString());

        assertEquals(2, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("'" + key + "' is part of every notebook"), result.stderr());
        assertEquals(DIRTY, Files.readString(nb));
    }

    @Test
    void anEmptyFileIsLeftAsItIsNotRefused() throws IOException {
        Path nb = write("new.ipynb", "");
        FileTime before = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(nb, before);

        Cli.Result inPlace = Cli.run("strip", nb.toString());
        Cli.Result piped = Cli.run("strip");

        assertEquals(0, inPlace.exitCode(), inPlace.stderr());
        assertEquals(before, Files.getLastModifiedTime(nb));
        assertEquals(0, Files.size(nb));
        assertEquals(0, piped.exitCode(), piped.stderr());
        assertEquals("", piped.out());
    }

    @Test
    void aFileOfWhiteSpaceAloneIsLeftAsItIsAsAnEmptyOneIs() throws IOException {
        String blank = "\n  \t\r\n";
        Path nb = write("new.ipynb", blank);
        FileTime before = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(nb, before);

        Cli.Result inPlace = Cli.run("strip", nb.toString());
        Cli.Result checked = Cli.run("strip", "--check", nb.toString());
        Cli.Result shown = Cli.run("strip", "-t", nb.toString());
        Cli.Result piped = Cli.runWithInput(blank.getBytes(StandardCharsets.UTF_8), "strip");
        Cli.Result verified = Cli.run("verify", "--preset", "export", nb.toString());

        assertEquals(0, inPlace.exitCode(), inPlace.stderr());
        assertEquals(before, Files.getLastModifiedTime(nb));
        assertEquals(blank, Files.readString(nb));
        assertEquals(0, checked.exitCode(), checked.stderr());
        assertEquals("", checked.out());
        assertEquals(blank, shown.out());
        assertEquals(0, piped.exitCode(), piped.stderr());
        assertEquals(blank, piped.out());
        assertEquals(0, verified.exitCode(), verified.out() + verified.stderr());
        assertTrue(verified.out().contains("1 file checked: 0 errors"), verified.out());
    }

    @Test
    void invalidKeyPathsAreIgnoredWithAWarningAsNbstripoutDoes() throws IOException {
        Path nb = write("a.ipynb", DIRTY);

        Cli.Result result = Cli.run("strip", "--extra-keys", "invalid foo.invalid metadata.papermill", nb.toString());

        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("Ignoring invalid extra key `invalid`"), result.stderr());
        assertTrue(result.stderr().contains("Ignoring invalid extra key `foo.invalid`"), result.stderr());
        assertFalse(json(nb).get("metadata").has("papermill"));
    }

    @Test
    void dryRunOnStandardInputSpeaksOnlyWhenSomethingWouldChange() {
        Cli.Result dirty = Cli.runWithInput(DIRTY.getBytes(StandardCharsets.UTF_8), "strip", "--dry-run");
        Cli.Result clean = Cli.runWithInput(DIRTY_STRIPPED.getBytes(StandardCharsets.UTF_8), "strip", "--dry-run", "--verify");

        assertEquals(0, dirty.exitCode());
        assertEquals("Dry run: would have stripped input from stdin\n", dirty.out());
        assertEquals(0, clean.exitCode());
        assertEquals("", clean.out());
    }

    @Test
    void contradictoryKeepOutputIsAnInputError() throws IOException {
        String contradictory = DIRTY.replace("{\"scrolled\": true, \"tags\": [\"keep\"]}",
                "{\"keep_output\": false, \"tags\": [\"keep_output\"]}");
        Path nb = write("a.ipynb", contradictory);

        Cli.Result result = Cli.run("strip", nb.toString());

        assertEquals(3, result.exitCode());
        assertTrue(result.stderr().contains("cell 0 (id a1): "), result.stderr());
        assertTrue(result.stderr().contains("MetadataError: cell metadata contradicts tags: `keep_output` is false, but `keep_output` in tags"),
                result.stderr());
        assertEquals(contradictory, Files.readString(nb));
    }

    @Test
    void dropEmptyAndTaggedCells() throws IOException {
        Path nb = write("a.ipynb", DIRTY);

        assertEquals(0, Cli.run("strip", "--drop-empty-cells", "--drop-tagged-cells", "scratch other", nb.toString()).exitCode());

        JsonNode cells = json(nb).get("cells");
        assertEquals(1, cells.size());
        assertEquals("print('hello')", cells.get(0).get("source").get(0).asText());
    }

    @Test
    void keepAndDropOutputTypes() throws IOException {
        Path nb = write("a.ipynb", DIRTY);

        assertEquals(0, Cli.run("strip", "--keep-output-type", "stream", "--drop-output-type", "stream:stderr",
                nb.toString()).exitCode());

        JsonNode outputs = json(nb).get("cells").get(0).get("outputs");
        assertEquals(1, outputs.size());
        assertEquals("stdout", outputs.get(0).get("name").asText());
        assertEquals(0, json(nb).get("cells").get(1).get("outputs").size());
    }

    @Test
    void maxSizeKeepsSmallOutputsAndTakesSuffixes() throws IOException {
        Path small = write("small.ipynb", DIRTY);
        Path none = write("none.ipynb", DIRTY);

        assertEquals(0, Cli.run("strip", "--max-size", "1k", small.toString()).exitCode());
        assertEquals(0, Cli.run("strip", "--max-size", "0", none.toString()).exitCode());

        assertEquals(2, json(small).get("cells").get(0).get("outputs").size());
        assertEquals(0, json(none).get("cells").get(0).get("outputs").size());
        assertEquals(2, Cli.run("strip", "--max-size", "lots", small.toString()).exitCode());
    }

    @Test
    void initCellsKeepOutputsUnlessStripInitCells() throws IOException {
        String init = DIRTY.replace("{\"scrolled\": true, \"tags\": [\"keep\"]}", "{\"init_cell\": true}");
        Path kept = write("kept.ipynb", init);
        Path stripped = write("stripped.ipynb", init);

        assertEquals(0, Cli.run("strip", kept.toString()).exitCode());
        assertEquals(0, Cli.run("strip", "--strip-init-cells", stripped.toString()).exitCode());

        assertEquals(2, json(kept).get("cells").get(0).get("outputs").size());
        assertEquals(0, json(stripped).get("cells").get(0).get("outputs").size());
    }

    @Test
    void crlfIsKeptUnlessUnixNewlines() throws IOException {
        String crlf = DIRTY.replace("\n", "\r\n");
        Path kept = write("kept.ipynb", crlf);
        Path unix = write("unix.ipynb", crlf);

        assertEquals(0, Cli.run("strip", kept.toString()).exitCode());
        assertEquals(0, Cli.run("strip", "--unix-newlines", unix.toString()).exitCode());

        assertEquals(DIRTY_STRIPPED.replace("\n", "\r\n"), Files.readString(kept));
        assertEquals(DIRTY_STRIPPED, Files.readString(unix));
    }

    @Test
    void exportPresetRemovesMetadataOutsideItsAllowList() throws IOException {
        Path nb = write("a.ipynb", DIRTY);

        assertEquals(0, Cli.run("strip", "--preset", "export", nb.toString()).exitCode());

        JsonNode stripped = json(nb);
        List<String> keys = new ArrayList<>();
        stripped.get("metadata").fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("kernelspec"), keys);
        assertEquals(2, Cli.run("strip", "--preset", "lenient", nb.toString()).exitCode());
    }

    @Test
    void projectFileAndPolicyFlag() throws IOException {
        Path nb = write("project/a.ipynb", DIRTY);
        write("project/.nbexport.yaml", "strip:\n  keep-count: true\n");
        Path other = write("elsewhere/policy.yaml", "preset: export\n");

        assertEquals(1, Cli.run("strip", "--check", nb.toString()).exitCode());
        assertEquals(0, Cli.run("strip", nb.toString()).exitCode());
        assertEquals(3, json(nb).get("cells").get(0).get("execution_count").asInt());

        Path second = write("project/b.ipynb", DIRTY);
        assertEquals(0, Cli.run("strip", "--policy", other.toString(), second.toString()).exitCode());
        assertFalse(json(second).get("metadata").has("papermill"));
    }

    @Test
    void aBrokenPolicyFileIsAUsageError() throws IOException {
        Path nb = write("a.ipynb", DIRTY);
        write(".nbexport.yaml", "strip:\n  keep-everything: true\n");

        Cli.Result result = Cli.run("strip", nb.toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains(".nbexport.yaml: line 2, column 3: unknown key 'strip.keep-everything'"), result.stderr());
        assertEquals(DIRTY, Files.readString(nb));
    }

    @Test
    void aBrokenPolicyFileIsReportedOnceForAllTheNotebooksItStops() throws IOException {
        for (int i = 0; i < 5; i++) {
            write("p/" + i + ".ipynb", DIRTY);
        }
        write("p/.nbexport.yaml", "strip:\n  keep-output: maybe\n");

        for (String command : new String[] {"strip", "verify"}) {
            Cli.Result result = Cli.run(command, dir.resolve("p").toString());

            assertEquals(2, result.exitCode(), command);
            assertEquals(1, result.stderr().split("strip.keep-output: expected true or false", -1).length - 1, result.stderr());
        }
        assertTrue(Cli.run("verify", dir.resolve("p").toString()).out().contains("0 files checked: 6 errors"), "verify still reports, the folder's names not verified either");
        for (int i = 0; i < 5; i++) {
            assertEquals(DIRTY, Files.readString(dir.resolve("p/" + i + ".ipynb")));
        }
    }

    @Test
    void parallelAndSerialRunsGiveTheSameFiles() throws IOException {
        for (int i = 0; i < 12; i++) {
            write("p/" + i + ".ipynb", DIRTY);
            write("s/" + i + ".ipynb", DIRTY);
        }

        assertEquals(0, Cli.run("strip", "-j", "4", dir.resolve("p").toString()).exitCode());
        assertEquals(0, Cli.run("strip", "-j", "1", dir.resolve("s").toString()).exitCode());

        for (int i = 0; i < 12; i++) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("s/" + i + ".ipynb")), Files.readAllBytes(dir.resolve("p/" + i + ".ipynb")));
        }
    }

    @Test
    void quietPrintsNothingAndVerbosePrintsEachFile() throws IOException {
        Path a = write("a.ipynb", DIRTY);
        Path b = write("b.ipynb", DIRTY_STRIPPED);

        assertEquals("", Cli.run("strip", "-q", a.toString()).stderr());
        write("a.ipynb", DIRTY);
        String verbose = Cli.run("strip", "-v", a.toString(), b.toString()).stderr();
        assertTrue(verbose.contains("stripped " + a + ": removed 3 outputs"), verbose);
        assertTrue(verbose.contains("unchanged " + b), verbose);
    }

    @Test
    void textconvAndOutputDirDoNotGoTogether() throws IOException {
        Path nb = write("a.ipynb", DIRTY);

        Cli.Result result = Cli.run("strip", "-t", "--output-dir", dir.resolve("o").toString(), nb.toString());

        assertEquals(2, result.exitCode());
        assertEquals(DIRTY, Files.readString(nb));
    }

    @Test
    void theStrippedResultIsJupyterShapedJson() throws IOException {
        Cli.Result result = Cli.runWithInput(DIRTY.getBytes(StandardCharsets.UTF_8), "strip", "--preset", "export");
        JsonNode stripped = json(result.stdout());
        assertEquals(4, stripped.get("nbformat").asInt());
        assertTrue(result.out().endsWith("}\n"));
    }

    @Test
    void aFileNamedTwiceIsStrippedAndCountedOnce() throws IOException {
        Path nb = write("twice.ipynb", DIRTY);
        Cli.Result verified = Cli.run("verify", nb.toString(), nb.toString(), dir.toString());
        assertTrue(verified.out().contains("1 file checked"), verified.out());

        Cli.Result result = Cli.run("strip", nb.toString(), nb.toString(), dir.toString());

        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("stripped 1 of 1 notebook"), result.stderr());
    }
}
