package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
}
