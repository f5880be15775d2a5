package dev.nbexport.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.notebook.StreamedSources;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SARIF counts a column in UTF-16 code units; the verifier's findings count characters, as strip's errors do. A
 * region is checked as a consumer reads it: the line cut at its columns.
 */
class SarifColumnTest {

    /** Before the bad word on line 2: two letters of two bytes and an emoji of four bytes, two UTF-16 units. */
    private static final String BEFORE = " \"metadata\": {\"a\": \"\u00e9\u00e9\ud83d\ude00\", \"b\": ";
    private static final byte[] NOTEBOOK = ("{\"cells\": [],\n" + BEFORE + "tru},\n \"nbformat\": 4, \"nbformat_minor\": 5}\n")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void anUnreadableNotebooksColumnIsGivenInUtf16CodeUnits() throws IOException {
        for (NotebookSource source : List.of(NotebookSource.of("n.ipynb", NOTEBOOK), StreamedSources.of("n.ipynb", NOTEBOOK))) {
            Finding finding = Nbexport.verify(source, Preset.NBSTRIPOUT.policy()).get(0);
            assertEquals(BEFORE.codePointCount(0, BEFORE.length()) + 1, finding.column(), "characters, as strip names it");

            JsonNode region = sarifRegion(finding);

            assertEquals(2, region.get("startLine").asInt());
            assertEquals(BEFORE.length() + 1, region.get("startColumn").asInt(), region.toString());
        }
    }

    @Test
    void aFindingWithoutAColumnHasNoneInSarif() throws IOException {
        Finding finding = Nbexport.verify(NotebookSource.of("n.ipynb", ("{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": 1, \"metadata\": {},"
                + " \"outputs\": [], \"source\": \"\u00e9\"}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}")
                .getBytes(StandardCharsets.UTF_8)),
                Preset.NBSTRIPOUT.policy()).get(0);
        assertEquals(-1, finding.column(), finding.toString());
        assertFalse(sarifRegion(finding).has("startColumn"));
    }

    /** An AWS key id of the documentation's, a credential finding whose region is the key alone. */
    private static final String KEY = "AKIA" + "QWERTYUIOPASDFGH";
    /** Before the key on its line: a tab, an emoji (one character, two UTF-16 units) and code. */
    private static final String BEFORE_KEY = "\t\ud83d\ude00 KEY_ID = \"";

    @TempDir
    Path dir;

    @Test
    void aFindingInATextFileIsTheRegionACodeScannerHighlightsAfterAnEmojiATabAndAnyLineEnd() throws IOException {
        for (String lineEnd : List.of("\n", "\r\n", "\r")) {
            Path file = Files.writeString(dir.resolve("keys.py"), "import os" + lineEnd + BEFORE_KEY + KEY + "\"" + lineEnd,
                    StandardCharsets.UTF_8);

            JsonNode region = sarifRegion(only(Rule.CREDENTIAL, Nbexport.verifyFile(file, Preset.EXPORT.policy())));

            assertEquals(2, region.get("startLine").asInt(), region.toString());
            assertEquals(2, region.get("endLine").asInt(), region.toString());
            // A consumer cuts the line where SARIF's columns say, in UTF-16 units: the key and nothing else.
            String line = BEFORE_KEY + KEY + "\"";
            assertEquals(KEY, line.substring(region.get("startColumn").asInt() - 1, region.get("endColumn").asInt() - 1),
                    "with " + lineEnd.replace("\r", "CR").replace("\n", "LF") + ": " + region);
            assertEquals(BEFORE_KEY.codePointCount(0, BEFORE_KEY.length()) + 2, region.get("startColumn").asInt(),
                    "the emoji counts two, not one as a character");
        }
    }

    @Test
    void aByteOrderMarkIsNoColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("keys.py"), "\ufeffKEY_ID = \"" + KEY + "\"\n", StandardCharsets.UTF_8);

        JsonNode region = sarifRegion(only(Rule.CREDENTIAL, Nbexport.verifyFile(file, Preset.EXPORT.policy())));

        assertEquals("KEY_ID = \"".length() + 1, region.get("startColumn").asInt(), "as an editor, which hides the mark, shows it");
    }

    @Test
    void aFindingOverManyLinesEndsOnItsLastLineAndTheRunSaysHowLinesEnd() throws IOException {
        StringBuilder text = new StringBuilder("# mailing list\r\n");
        for (int i = 0; i < 10; i++) {
            text.append("- \ud83d\udce7 person").append(i).append("@acme-corp.de\r\n");
        }
        Path file = Files.writeString(dir.resolve("list.md"), text, StandardCharsets.UTF_8);
        Finding list = only(Rule.EMAIL_LIST, Nbexport.verifyFile(file, Preset.EXPORT.policy()));

        JsonNode region = sarifRegion(list);

        assertEquals(2, region.get("startLine").asInt(), region.toString());
        assertEquals(6, region.get("startColumn").asInt(), "after a dash, a space, an emoji of two units and a space");
        assertEquals(11, region.get("endLine").asInt(), region.toString());
        assertEquals(6 + "person9@acme-corp.de".length(), region.get("endColumn").asInt(), "the column after the last address");
        JsonNode run = new ObjectMapper().readTree(SarifReport.render(new VerifyReport(1, List.of(list)))).at("/runs/0");
        assertEquals("utf16CodeUnits", run.get("columnKind").asText());
        assertEquals("[\"\\r\\n\",\"\\n\",\"\\r\"]", run.get("newlineSequences").toString());
    }

    @Test
    void aFindingInACellIsPlacedOnTheFilesLineOfItsTextWithoutAColumn() throws IOException {
        String item = "\"\\t\ud83d\ude00 KEY_ID = \\\"" + KEY + "\\\"\\n\"";
        String jupyterLayout = "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": null,\n   \"id\": \"a1\",\n"
                + "   \"metadata\": {},\n   \"outputs\": [],\n   \"source\": [\n    \"import os\\n\",\n    " + item + "\n   ]\n  }\n ],\n"
                + " \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
        String cellOnOneLine = "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"a1\", \"metadata\": {},"
                + " \"outputs\": [], \"source\": %s}],\n \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n";
        String oneString = cellOnOneLine.formatted("\"import os\\n" + item.substring(1));
        String listOnOneLine = cellOnOneLine.formatted("[\"import os\\n\", " + item + "]");

        JsonNode inJupyterLayout = sarifRegion(only(Rule.CREDENTIAL, verifyNotebook(jupyterLayout)));
        JsonNode inOneString = sarifRegion(only(Rule.CREDENTIAL, verifyNotebook(oneString)));
        JsonNode inAListOnOneLine = sarifRegion(only(Rule.CREDENTIAL, verifyNotebook(listOnOneLine)));

        assertEquals(11, inJupyterLayout.get("startLine").asInt(), "the line of the source's second item: " + jupyterLayout);
        assertEquals(1, inOneString.get("startLine").asInt(), "the file's first line holds the source's one string, and"
                + " the text's second line is on it: " + oneString);
        assertEquals(1, inAListOnOneLine.get("startLine").asInt(), listOnOneLine);
        for (JsonNode region : List.of(inJupyterLayout, inOneString, inAListOnOneLine)) {
            assertFalse(region.has("startColumn"), "JSON's escapes and indentation move a cell's text: " + region);
        }
    }

    private static List<Finding> verifyNotebook(String json) throws IOException {
        return Nbexport.verify(NotebookSource.of("n.ipynb", json.getBytes(StandardCharsets.UTF_8)), Preset.EXPORT.policy());
    }

    private static Finding only(Rule rule, List<Finding> findings) {
        List<Finding> found = findings.stream().filter(f -> f.rule() == rule).toList();
        assertEquals(1, found.size(), findings.toString());
        return found.get(0);
    }

    private static JsonNode sarifRegion(Finding finding) throws IOException {
        JsonNode sarif = new ObjectMapper().readTree(SarifReport.render(new VerifyReport(1, List.of(finding))));
        return sarif.at("/runs/0/results/0/locations/0/physicalLocation/region");
    }
}
