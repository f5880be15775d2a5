package dev.nbexport.core.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.NotebookVerifier;
import dev.nbexport.core.verify.Rule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bytes Jupyter refuses are refused ahead of any other problem, the same way whether the file is in
 * memory (where the reader takes shortcuts) or read as a stream.
 */
class StrictReadingTest {

    private static final String HEAD = "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 1,\n"
            + "   \"metadata\": {},\n   \"outputs\": [\n    {\n     \"name\": \"stdout\",\n     \"output_type\": \"stream\",\n"
            + "     \"text\": \"";

    private static byte[] notebook(String outputText, String metadata) {
        return (HEAD + outputText + "\"\n    }\n   ],\n   \"source\": []\n  }\n ],\n \"metadata\": " + metadata
                + ",\n \"nbformat\": 4,\n \"nbformat_minor\": 2\n}\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static InvalidNotebookException refusal(NotebookSource source) {
        return assertThrows(InvalidNotebookException.class, () -> Nbexport.strip(source, Preset.EXPORT.policy()));
    }

    @Test
    void aMergeConflictIsNamedAsSuch() {
        byte[] notebook = ("{\n \"cells\": [],\n<<<<<<< HEAD\n \"metadata\": {},\n=======\n \"metadata\": {\"a\": 1},\n>>>>>>> other\n"
                + " \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n").getBytes(StandardCharsets.UTF_8);
        for (NotebookSource source : List.of(NotebookSource.of("x.ipynb", notebook), StreamedSources.of("x.ipynb", notebook))) {
            InvalidNotebookException refused = refusal(source);
            assertEquals(Location.at(3, 1), refused.location());
            assertTrue(refused.getMessage().contains("merge conflict"), refused.getMessage());
        }
    }

    @Test
    void aNotebookBothSidesAddedIsAMergeConflictFromItsFirstLine() {
        byte[] notebook = ("<<<<<<< HEAD\n{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n=======\n{}\n"
                + ">>>>>>> other\n").getBytes(StandardCharsets.UTF_8);
        for (NotebookSource source : List.of(NotebookSource.of("x.ipynb", notebook), StreamedSources.of("x.ipynb", notebook))) {
            InvalidNotebookException refused = refusal(source);
            assertEquals(Location.at(1, 1), refused.location());
            assertTrue(refused.getMessage().contains("merge conflict"), refused.getMessage());
        }
    }

    @Test
    void aVersionThatCannotBeStrippedIsPlacedAtItsValue() {
        Map<String, String> problems = Map.of(
                "5", "line 4, column 14, /nbformat: nbformat 5 is not supported (nbformat 2, 3 and 4 are)",
                "\"4\"", "line 4, column 14, /nbformat: \"nbformat\" is not a whole number of 0 or more",
                "4.0", "line 4, column 14, /nbformat: \"nbformat\" is not a whole number of 0 or more",
                "4,\n \"nbformat_minor\": -1", "line 5, column 20, /nbformat_minor: \"nbformat_minor\" is not a whole number of 0 or more");
        problems.forEach((version, problem) -> {
            byte[] notebook = ("{\n \"cells\": [],\n \"metadata\": {},\n \"nbformat\": " + version + "\n}\n").getBytes(StandardCharsets.UTF_8);
            for (NotebookSource source : List.of(NotebookSource.of("x.ipynb", notebook), StreamedSources.of("x.ipynb", notebook))) {
                assertEquals(problem, refusal(source).getMessage(), version);
            }
        });
    }

    /** GitHub's page of a notebook, saved from the browser under the notebook's name, is HTML. */
    @Test
    void aWebPageSavedAsANotebookIsNotCalledAMergeConflict() {
        byte[] page = "<!DOCTYPE html>\n<html lang=\"en\">\n</html>\n".getBytes(StandardCharsets.UTF_8);
        for (NotebookSource source : List.of(NotebookSource.of("x.ipynb", page), StreamedSources.of("x.ipynb", page))) {
            InvalidNotebookException refused = refusal(source);
            assertEquals(Location.at(1, 1), refused.location());
            assertEquals("line 1, column 1: invalid JSON", refused.getMessage());
        }
    }

    /** A word Jackson does not know is placed where it starts, as Python's reader places it, in memory and streamed. */
    @Test
    void aWordThatIsNoValueIsPlacedWhereItStarts() {
        byte[] notebook = "{\"cells\": [tru]}".getBytes(StandardCharsets.UTF_8);
        byte[] letter = "{\"cells\": [\u00f1u]}".getBytes(StandardCharsets.UTF_8);
        for (NotebookSource source : List.of(NotebookSource.of("x.ipynb", notebook), StreamedSources.of("x.ipynb", notebook))) {
            assertEquals(Location.at(1, 12), refusal(source).location());
        }
        for (NotebookSource source : List.of(NotebookSource.of("x.ipynb", letter), StreamedSources.of("x.ipynb", letter))) {
            assertEquals(InvalidNotebookException.Kind.NOT_JSON, refusal(source).kind(), "valid UTF-8, invalid JSON");
        }
    }

    /** Overlong slash, encoded surrogate, past U+10FFFF, a byte no sequence has, Latin-1 text: in a dropped output (ISO-8859-1 carries the bytes). */
    @ParameterizedTest
    @ValueSource(strings = {"\u00c0\u00af", "\u00ed\u00a0\u0080", "\u00f4\u0090\u0080\u0080", "\u00ff", "\u00e9"})
    void invalidUtf8InADroppedOutputIsRefusedWithItsPlace(String bytes) {
        byte[] notebook = notebook("ok " + bytes, "{}");
        for (NotebookSource source : List.of(NotebookSource.of("x.ipynb", notebook), StreamedSources.of("x.ipynb", notebook))) {
            InvalidNotebookException e = refusal(source);
            assertEquals(InvalidNotebookException.Kind.NOT_UTF8, e.kind());
            assertEquals(Location.at(11, 18), e.location());
        }
    }

    /** Bad bytes in a source kept as it stands, after outputs the reader jumped over, or in what follows them. */
    @ParameterizedTest
    @ValueSource(strings = {"\"a\u00c0\u00af\\n\",\n    \"b\"", "\"a\\n\",\n    \"b\u00ed\u00a0\u0080\""})
    void invalidUtf8InAKeptSourceIsRefusedWithItsPlace(String lines) {
        String before = HEAD + "x\"\n    }\n   ],\n   \"source\": [\n    ";
        byte[] notebook = (before + lines + "\n   ]\n  }\n ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 2\n}\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        int line = lines.startsWith("\"a\u00c0") ? 15 : 16;
        for (NotebookSource source : List.of(NotebookSource.of("x.ipynb", notebook), StreamedSources.of("x.ipynb", notebook))) {
            InvalidNotebookException e = refusal(source);
            assertEquals(InvalidNotebookException.Kind.NOT_UTF8, e.kind());
            assertEquals(Location.at(line, 7), e.location());
        }
    }

    /**
     * The parser's table of keys would take a key with a 0xFF byte for a key it has seen that is one
     * byte shorter, without checking its bytes: a notebook must not pass or fail by what came before.
     */
    @Test
    void aKeyThatTheParserWouldConfuseWithAnEarlierOneIsRefused() {
        String outputs = "x\", \"ext\": \"y";
        byte[] notebook = notebook(outputs, "{\"k\": {\"\u00ffext\": 2}}");
        for (NotebookSource source : List.of(NotebookSource.of("x.ipynb", notebook), StreamedSources.of("x.ipynb", notebook))) {
            assertEquals(InvalidNotebookException.Kind.NOT_UTF8, refusal(source).kind());
        }
    }

    /** A stream is checked as it is read: bad UTF-8 far behind an earlier error must still be the error. */
    @Test
    void badUtf8IsTheErrorEvenBehindAnotherOneFarAhead() {
        String before = "{\"metadata\": {\"a\": 1, \"a\": 2}, \"cells\": [], \"padding\": \"" + "x".repeat(200_000);
        byte[] notebook = (before + "\u00c0\u00af\", \"nbformat\": 4, \"nbformat_minor\": 2}").getBytes(StandardCharsets.ISO_8859_1);
        for (NotebookSource source : List.of(NotebookSource.of("x.ipynb", notebook), StreamedSources.of("x.ipynb", notebook))) {
            InvalidNotebookException e = refusal(source);
            assertEquals(InvalidNotebookException.Kind.NOT_UTF8, e.kind());
            assertEquals(Location.at(1, before.length() + 1), e.location());
        }
    }

    /** A failure nothing foresaw, in a file with bad bytes further on, is still reported as those bytes. */
    @Test
    void badUtf8IsTheErrorEvenWhenReadingFailsUnexpectedlyBeforeIt() {
        String before = "{\"metadata\": {\"a\": 1}, \"cells\": [], \"padding\": \"";
        byte[] notebook = (before + "\u00c0\u00af\", \"nbformat\": 4, \"nbformat_minor\": 2}").getBytes(StandardCharsets.ISO_8859_1);
        ReadPlan failing = new ReadPlan() {
            @Override
            public Handling outputs() {
                return Handling.SKIP;
            }

            @Override
            public boolean skipAttachments() {
                return true;
            }

            @Override
            public boolean skipNotebookMetadata(String key) {
                throw new IllegalStateException("unforeseen");
            }
        };
        InvalidNotebookException e = assertThrows(InvalidNotebookException.class,
                () -> NotebookReader.read(NotebookSource.of("x.ipynb", notebook), failing));
        assertEquals(InvalidNotebookException.Kind.NOT_UTF8, e.kind());
        assertEquals(Location.at(1, before.length() + 1), e.location());
        byte[] good = (before + "x\", \"nbformat\": 4, \"nbformat_minor\": 2}").getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(IllegalStateException.class, () -> NotebookReader.read(NotebookSource.of("x.ipynb", good), failing));
    }

    /** A large file that an editor rewrites while it is verified: the bad bytes first read are still reported. */
    @Test
    void theVerifierReportsBadBytesItReadEvenIfTheFileChangesAfterwards() throws IOException {
        String text = "{\"cells\": [], \"metadata\": {\"x\": \"" + "a".repeat(70_000) + "\u00ff\"}, \"nbformat\": 4, \"nbformat_minor\": 5}";
        byte[] bad = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] good = text.replace('\u00ff', 'b').getBytes(StandardCharsets.ISO_8859_1);
        int[] opens = {0};
        NotebookSource changing = new NotebookSource() {
            @Override
            public String name() {
                return "x.ipynb";
            }

            @Override
            public long length() {
                return bad.length;
            }

            @Override
            public InputStream open(long start, long end) {
                byte[] now = opens[0]++ < 2 ? bad : good;
                return new ByteArrayInputStream(now, (int) start, (int) (end - start));
            }
        };
        List<Finding> findings = new NotebookVerifier(Preset.EXPORT.policy()).verify(changing);
        assertEquals(List.of(Rule.UNREADABLE), findings.stream().map(Finding::rule).toList());
    }

    @Test
    void aZeppelinNoteWithBadBytesIsRefusedTooWithItsPlace() {
        String before = "{\"paragraphs\": [{\"text\": \"";
        byte[] note = (before + "\u00c0\u00af\"}]}").getBytes(StandardCharsets.ISO_8859_1);
        for (NotebookSource source : List.of(NotebookSource.of("x.zpln", note), StreamedSources.of("x.zpln", note))) {
            InvalidNotebookException e = assertThrows(InvalidNotebookException.class, () -> NotebookReader.readJson(source));
            assertEquals(InvalidNotebookException.Kind.NOT_UTF8, e.kind());
            assertEquals(Location.at(1, before.length() + 1), e.location());
        }
    }

    @Test
    void aRepeatedKeyIsPlacedWhereItStandsByStripAndVerifyAlikeAlsoWhenStreamed() throws IOException {
        byte[] notebook = "{\"cells\": [{\"cell_type\": \"raw\", \"metadata\": {\"a\": [1],\n  \"a\": [2]}, \"source\": \"\"}],\n \"cells\": []}"
                .getBytes(StandardCharsets.UTF_8);
        for (NotebookSource source : List.of(NotebookSource.of("x.ipynb", notebook), StreamedSources.of("x.ipynb", notebook))) {
            InvalidNotebookException refused = refusal(source);
            assertEquals(InvalidNotebookException.Kind.DUPLICATE_KEY, refused.kind());
            assertEquals(List.of(2L, 3L, 0), List.of(refused.location().line(), refused.location().column(), refused.location().cellIndex()));
            Finding finding = Nbexport.verify(source, Preset.EXPORT.policy()).get(0);
            assertEquals(List.of(2L, 3L, 0), List.of(finding.line(), finding.column(), finding.cellIndex()));
        }
    }

    @Test
    void aProblemAfterTheCellsIsNotPlacedInACell() {
        byte[] notebook = notebook("x", "{\"a\": 1, \"a\": 2}");
        InvalidNotebookException e = refusal(NotebookSource.of("x.ipynb", notebook));
        assertEquals(InvalidNotebookException.Kind.DUPLICATE_KEY, e.kind());
        assertEquals(-1, e.location().cellIndex());
    }

    @Test
    void aKeyLongerThanTheParserTakesIsRefusedEvenInADroppedOutput() {
        String outputs = "x\", \"" + "k".repeat(JsonParsing.MAX_KEY_LENGTH + 1) + "\": \"y";
        byte[] notebook = notebook(outputs, "{}");
        for (NotebookSource source : List.of(NotebookSource.of("x.ipynb", notebook), StreamedSources.of("x.ipynb", notebook))) {
            InvalidNotebookException e = refusal(source);
            assertEquals(InvalidNotebookException.Kind.TOO_LARGE, e.kind());
            assertEquals("a key longer than 50000 bytes", e.getMessage().substring(e.getMessage().indexOf("a key")));
        }
    }

    @Test
    void aParserLimitIsPlacedOnTheLineOfTheLastTokenRead() {
        String notebook = "{\"cells\": [],\n \"metadata\": {\"" + "k".repeat(JsonParsing.MAX_KEY_LENGTH + 1) + "\": 1},\n \"nbformat\": 4}";
        String deep = "{\"cells\": [],\n \"metadata\": " + "[".repeat(1001) + "]".repeat(1001) + ",\n \"nbformat\": 4}";
        for (String bad : List.of(notebook, deep)) {
            byte[] bytes = bad.getBytes(StandardCharsets.UTF_8);
            for (NotebookSource source : List.of(NotebookSource.of("x.ipynb", bytes), StreamedSources.of("x.ipynb", bytes))) {
                InvalidNotebookException e = refusal(source);
                assertEquals(2, e.location().line(), e.getMessage());
                assertEquals(-1, e.location().cellIndex());
                assertEquals("line 2", e.location().describe());
            }
        }
    }

    @Test
    void theVerifierRefusesInvalidUtf8AsUnreadableWithItsLine() throws IOException {
        byte[] notebook = notebook("ok \u00c0\u00af", "{}");
        for (NotebookSource source : List.of(NotebookSource.of("x.ipynb", notebook), StreamedSources.of("x.ipynb", notebook))) {
            List<Finding> findings = new NotebookVerifier(Preset.EXPORT.policy()).verify(source);
            assertEquals(1, findings.size());
            assertEquals(Rule.UNREADABLE, findings.get(0).rule());
            assertEquals(11, findings.get(0).line());
            assertEquals(18, findings.get(0).column());
            assertEquals("not valid UTF-8", findings.get(0).message());
        }
    }

    @Test
    void bytesThatAreNotUtf8AfterLettersOfSeveralBytesArePlacedByCharactersByStripAndVerifyAlike() throws IOException {
        String before = "{\"cells\": [],\n \"metadata\": {\"a\": \"\u00c9t\u00e9 \u4e2d\u6587 \ud83d\ude00 ";
        byte[] prefix = before.getBytes(StandardCharsets.UTF_8);
        byte[] notebook = Arrays.copyOf(prefix, prefix.length + 6);
        System.arraycopy(new byte[] {(byte) 0xc0, (byte) 0xaf, '"', '}', '}', '\n'}, 0, notebook, prefix.length, 6);
        long column = before.codePointCount(before.indexOf('\n') + 1, before.length()) + 1;
        for (NotebookSource source : List.of(NotebookSource.of("x.ipynb", notebook), StreamedSources.of("x.ipynb", notebook))) {
            InvalidNotebookException refused = refusal(source);
            assertEquals(InvalidNotebookException.Kind.NOT_UTF8, refused.kind());
            assertEquals(Location.at(2, column), refused.location());
            Finding finding = Nbexport.verify(source, Preset.EXPORT.policy()).get(0);
            assertEquals(List.of(2L, column), List.of(finding.line(), finding.column()));
        }
    }

    @Test
    void aNotebookWithCellsInBothPlacesIsRefusedNamingTheKeyThatDoesNotBelong() {
        String cell = "{\"cell_type\": \"code\", \"metadata\": {}, \"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\","
                + " \"text\": \"Ann\"}], \"source\": \"x = 1\", \"input\": \"x = 1\", \"language\": \"python\"}";
        String worksheets = "\"worksheets\": [{\"cells\": [" + cell + "], \"metadata\": {}}]";
        String cells = "\"cells\": [" + cell + "]";
        for (String[] example : new String[][] {
                {"{" + cells + ", \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5, " + worksheets + "}", "/worksheets"},
                {"{" + cells + ", \"metadata\": {}, \"nbformat\": 3, \"nbformat_minor\": 0, " + worksheets + "}", "/cells"},
                {"{" + cells + ", \"metadata\": {}, " + worksheets + "}", "/worksheets"}}) {
            for (Preset preset : Preset.values()) {
                InvalidNotebookException e = assertThrows(InvalidNotebookException.class, () -> Nbexport.strip(
                        NotebookSource.of("x.ipynb", example[0].getBytes(StandardCharsets.UTF_8)), preset.policy()));
                assertEquals(InvalidNotebookException.Kind.NOT_A_NOTEBOOK, e.kind());
                assertEquals(example[1], e.location().pointer());
            }
        }
    }
}
