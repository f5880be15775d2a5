package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Behaviours that nbstripout users rely on, flag by flag, checked on notebooks of our own. */
class NbstripoutCompatibilityTest {

    @TempDir
    Path dir;

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = NbstripoutCompatibilityTest.class.getResourceAsStream("/compat/" + name)) {
            return in.readAllBytes();
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private Path copy(String resource, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, resource(resource));
        return file;
    }

    private static final String TAGGED = """
            {
             "cells": [
              {"cell_type": "code", "execution_count": 1, "metadata": {"tags": ["scratch"]}, "outputs": [], "source": ["1"]},
              {"cell_type": "code", "execution_count": 2, "metadata": {"tags": ["keep-me"]}, "outputs": [], "source": ["2"]},
              {"cell_type": "markdown", "metadata": {"tags": ["scratch"]}, "source": ["notes"]}
             ],
             "metadata": {},
             "nbformat": 4,
             "nbformat_minor": 4
            }
            """;

    private static final String NBFORMAT2 = """
            {
             "metadata": {"name": "old"},
             "nbformat": 2,
             "worksheets": [{"cells": [
              {"cell_type": "code", "collapsed": true, "input": ["print 1"], "language": "python",
               "outputs": [{"output_type": "stream", "stream": "stdout", "text": ["1"]}], "prompt_number": 4}
             ]}]
            }
            """;

    @Test
    void zeppelinModeEmptiesParagraphResultsOnStandardInput() throws IOException {
        Cli.Result result = Cli.runWithInput(resource("note.zpln"), "strip", "--mode", "zeppelin");

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(text(resource("note.zpln.stripped")), text(result.stdout()));
    }

    @Test
    void zeppelinModeStripsZplnFilesInPlaceWithoutForce() throws IOException {
        Path note = copy("note.zpln", "report.zpln");

        Cli.Result result = Cli.run("strip", "-m", "zeppelin", note.toString());

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(0, result.stdout().length);
        assertEquals(text(resource("note.zpln.stripped")), Files.readString(note));
    }

    @Test
    void aZplnFileIsAZeppelinNoteByItsNameAndModeJupyterOverridesThat() throws IOException {
        Path note = copy("note.zpln", "report.ZPLN");

        Cli.Result asJupyter = Cli.run("strip", "-m", "jupyter", note.toString());
        Cli.Result byName = Cli.run("strip", note.toString());

        assertEquals(3, asJupyter.exitCode(), asJupyter.stderr());
        assertTrue(asJupyter.stderr().contains("stripped 0 of 1 notebook; 1 failed"), asJupyter.stderr());
        assertEquals(0, byName.exitCode(), byName.stderr());
        assertEquals(text(resource("note.zpln.stripped")), Files.readString(note));
    }

    @Test
    void zeppelinDryRunNamesTheNoteAndVerifyExitsOne() throws IOException {
        Path note = copy("note.zpln", "report.zpln");

        Cli.Result dryRun = Cli.run("strip", "--dry-run", "--mode", "zeppelin", note.toString());
        Cli.Result verify = Cli.run("strip", "--verify", "--mode", "zeppelin", note.toString());

        assertEquals(0, dryRun.exitCode(), dryRun.stderr());
        assertEquals("Dry run: would have stripped " + note + "\n", text(dryRun.stdout()));
        assertEquals(1, verify.exitCode(), verify.stderr());
        assertEquals(text(resource("note.zpln")), Files.readString(note));
    }

    @Test
    void zeppelinVerifyPassesAStrippedNote() throws IOException {
        Cli.Result result = Cli.runWithInput(resource("note.zpln.stripped"), "strip", "--verify", "--mode", "zeppelin");

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("", text(result.stdout()));
    }

    @Test
    void zeppelinModeRejectsJsonWithoutParagraphs() {
        Cli.Result result = Cli.runWithInput("{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8),
                "strip", "--mode", "zeppelin");

        assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("No valid notebook detected on stdin"), result.stderr());
    }

    @Test
    void anUnknownModeIsAUsageError() {
        Cli.Result result = Cli.runWithInput(TAGGED.getBytes(StandardCharsets.UTF_8), "strip", "--mode", "colab");

        assertEquals(ExitCode.USAGE, result.exitCode(), result.stderr());
    }

    @Test
    void aNotebookWithoutNbformatIsStrippedAndKeepsItsNbformat1Layout() throws IOException {
        Cli.Result result = Cli.runWithInput(resource("no-nbformat.ipynb"), "strip");

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(text(resource("no-nbformat.ipynb.stripped")), text(result.stdout()));
    }

    @Test
    void aNotebookWithoutNbformatIsStrippedInPlace() throws IOException {
        Path nb = copy("no-nbformat.ipynb", "legacy.ipynb");

        Cli.Result result = Cli.run("strip", nb.toString());

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(text(resource("no-nbformat.ipynb.stripped")), Files.readString(nb));
    }

    @Test
    void jsonWithNeitherNbformatNorCellsIsStillNotANotebook() {
        Cli.Result result = Cli.runWithInput("{\"metadata\": {}}".getBytes(StandardCharsets.UTF_8), "strip");

        assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("No valid notebook detected on stdin"), result.stderr());
    }

    @Test
    void dropTaggedCellsAcceptsTheEqualsForm() {
        Cli.Result result = Cli.runWithInput(TAGGED.getBytes(StandardCharsets.UTF_8), "strip", "--drop-tagged-cells=scratch");

        assertEquals(0, result.exitCode(), result.stderr());
        String out = text(result.stdout());
        assertTrue(out.contains("keep-me"), out);
        assertTrue(!out.contains("scratch") && !out.contains("notes"), out);
    }

    @Test
    void nbformat2KeepsCollapsedAndNullsPromptNumbers() {
        Cli.Result result = Cli.runWithInput(NBFORMAT2.getBytes(StandardCharsets.UTF_8), "strip");

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("""
                {
                 "metadata": {
                  "name": "old"
                 },
                 "nbformat": 2,
                 "worksheets": [
                  {
                   "cells": [
                    {
                     "cell_type": "code",
                     "collapsed": true,
                     "input": [
                      "print 1"
                     ],
                     "language": "python",
                     "outputs": [],
                     "prompt_number": null
                    }
                   ]
                  }
                 ]
                }
                """, text(result.stdout()));
    }

    @Test
    void verifyOnStandardInputExitsOneWhenTheNotebookWouldChange() {
        Cli.Result dirty = Cli.runWithInput(TAGGED.getBytes(StandardCharsets.UTF_8), "strip", "--verify");

        assertEquals(1, dirty.exitCode(), dirty.stderr());
        assertEquals("Dry run: would have stripped input from stdin\n", text(dirty.stdout()));
    }

    @Test
    void invalidJsonOnStandardInputIsReportedAsNoValidNotebook() {
        Cli.Result result = Cli.runWithInput("{\"cells\": [],}".getBytes(StandardCharsets.UTF_8), "strip", "--dry-run");

        assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("No valid notebook detected on stdin"), result.stderr());
    }

    /** Outputs whose sizes (text plus "stdout" and "stream") are 17, 1012, 2012 and 3000012 characters. */
    private static final String SIZED = """
            {
             "cells": [
              {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": "a",
               "outputs": [{"name": "stdout", "output_type": "stream", "text": "12345"}]},
              {"cell_type": "code", "execution_count": 2, "metadata": {}, "source": "b",
               "outputs": [{"name": "stdout", "output_type": "stream", "text": "%s"}]},
              {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": "c",
               "outputs": [{"name": "stdout", "output_type": "stream", "text": "%s"}]},
              {"cell_type": "code", "execution_count": 4, "metadata": {}, "source": "d",
               "outputs": [{"name": "stdout", "output_type": "stream", "text": "%s"}]}
             ],
             "metadata": {},
             "nbformat": 4,
             "nbformat_minor": 4
            }
            """.formatted("x".repeat(1000), "x".repeat(2000), "x".repeat(3_000_000));

    /** How many outputs each cell of {@link #SIZED} keeps under {@code --max-size=size}, as "1 0 0 0". */
    private static String keptUnder(String size) throws IOException {
        Cli.Result result = Cli.runWithInput(SIZED.getBytes(StandardCharsets.UTF_8), "strip", "--max-size=" + size);
        assertEquals(0, result.exitCode(), result.stderr());
        StringBuilder kept = new StringBuilder();
        for (JsonNode cell : new ObjectMapper().readTree(result.stdout()).get("cells")) {
            kept.append(kept.length() == 0 ? "" : " ").append(cell.get("outputs").size());
        }
        return kept.toString();
    }

    @ParameterizedTest(name = "--max-size={0}")
    @CsvSource(delimiter = '|', value = {
        "0      | 0 0 0 0",
        "17     | 1 0 0 0",
        "16     | 0 0 0 0",
        "1k     | 1 0 0 0",
        "2K     | 1 1 0 0",
        "1_100  | 1 1 0 0",
        "' 3k'  | 1 1 1 0",
        "+3k    | 1 1 1 0",
        "3m     | 1 1 1 0",
        "4M     | 1 1 1 1",
        "1g     | 1 1 1 1",
        "1G     | 1 1 1 1",
        "-1     | 0 0 0 0",
    })
    void maxSizeReadsSizesAsNbstripoutDoes(String size, String kept) throws IOException {
        assertEquals(kept, keptUnder(size));
    }

    @ParameterizedTest(name = "--max-size=''{0}''")
    @ValueSource(strings = {"", "k", "1.5k", "1kb", "1T", "1k ", "abc", "1__000", "99999999999G"})
    void maxSizeRejectsWhatNbstripoutRejects(String size) {
        Cli.Result result = Cli.runWithInput(SIZED.getBytes(StandardCharsets.UTF_8), "strip", "--max-size=" + size);

        assertEquals(ExitCode.USAGE, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("is not a size"), result.stderr());
    }

    private static final String STREAMS = """
            {
             "cells": [
              {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": "work()",
               "outputs": [
                {"name": "stdout", "output_type": "stream", "text": ["done\\n"]},
                {"name": "stderr", "output_type": "stream", "text": ["warning\\n"]},
                {"ename": "ValueError", "evalue": "bad", "output_type": "error", "traceback": ["ValueError: bad"]},
                {"data": {"text/plain": ["42"]}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"}
               ]}
             ],
             "metadata": {},
             "nbformat": 4,
             "nbformat_minor": 4
            }
            """;

    private static String outputKinds(Cli.Result result) throws IOException {
        assertEquals(0, result.exitCode(), result.stderr());
        StringBuilder kinds = new StringBuilder();
        for (JsonNode output : new ObjectMapper().readTree(result.stdout()).at("/cells/0/outputs")) {
            kinds.append(kinds.length() == 0 ? "" : " ").append(output.get("output_type").asText())
                    .append(output.has("name") ? ":" + output.get("name").asText() : "");
        }
        return kinds.toString();
    }

    @Test
    void dropOutputTypeStreamStderrKeepsTheRestOfTheOutput() throws IOException {
        assertEquals("stream:stdout error execute_result", outputKinds(Cli.runWithInput(
                STREAMS.getBytes(StandardCharsets.UTF_8), "strip", "--keep-output", "--drop-output-type", "stream:stderr")));
        assertEquals("stream:stdout stream:stderr execute_result", outputKinds(Cli.runWithInput(
                STREAMS.getBytes(StandardCharsets.UTF_8), "strip", "--keep-output", "--drop-output-type=error")));
    }

    @Test
    void keepOutputTypeTakesASpaceSeparatedListOrRepeats() throws IOException {
        assertEquals("stream:stdout execute_result", outputKinds(Cli.runWithInput(
                STREAMS.getBytes(StandardCharsets.UTF_8), "strip", "--keep-output-type", "stream:stdout execute_result")));
        assertEquals("stream:stdout execute_result", outputKinds(Cli.runWithInput(
                STREAMS.getBytes(StandardCharsets.UTF_8), "strip",
                "--keep-output-type", "stream:stdout", "--keep-output-type=execute_result")));
    }

    @Test
    void keepOutputTypeWinsOverKeepOutput() throws IOException {
        assertEquals("execute_result", outputKinds(Cli.runWithInput(STREAMS.getBytes(StandardCharsets.UTF_8),
                "strip", "--keep-output", "--keep-output-type", "execute_result")));
    }

    @Test
    void aKeptExecuteResultLosesItsCountUnlessKeepCount() throws IOException {
        Cli.Result plain = Cli.runWithInput(STREAMS.getBytes(StandardCharsets.UTF_8), "strip", "--keep-output");
        assertTrue(new ObjectMapper().readTree(plain.stdout()).at("/cells/0/outputs/3/execution_count").isNull());
        Cli.Result counted = Cli.runWithInput(STREAMS.getBytes(StandardCharsets.UTF_8), "strip", "--keep-output", "--keep-count");
        assertEquals(3, new ObjectMapper().readTree(counted.stdout()).at("/cells/0/outputs/3/execution_count").asInt());
    }

    @Test
    void keepOutputFalseWithAKeepOutputTagFailsNamingMetadataError() {
        String contradiction = STREAMS.replace("\"metadata\": {}, \"source\": \"work()\"",
                "\"metadata\": {\"keep_output\": false, \"tags\": [\"keep_output\"]}, \"source\": \"work()\"");
        Cli.Result result = Cli.runWithInput(contradiction.getBytes(StandardCharsets.UTF_8), "strip");

        assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("MetadataError"), result.stderr());
        assertEquals(0, result.stdout().length);
    }

    @Test
    void anExtraKeyThroughANumberRemovesNothing() throws IOException {
        String nb = STREAMS.replace("\"metadata\": {},\n \"nbformat\"", "\"metadata\": {\"a\": {\"b\": 1}},\n \"nbformat\"");
        Cli.Result result = Cli.runWithInput(nb.getBytes(StandardCharsets.UTF_8), "strip", "--extra-keys", "metadata.a.b.c");

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("{\"a\":{\"b\":1}}", new ObjectMapper().readTree(result.stdout()).get("metadata").toString());
    }
}
