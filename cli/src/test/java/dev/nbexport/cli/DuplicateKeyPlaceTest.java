package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nbexport.fixtures.ProjectTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A key written twice is refused by strip and verify alike, named where the second one stands;
 * below the notebook's own structure, written twice with an equal value, both accept it.
 */
class DuplicateKeyPlaceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stands where the repeated key starts in each example; removed before the file is written. */
    private static final String HERE = "@";
    private static final Pattern PLACE = Pattern.compile("line (\\d+), column (\\d+)");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"cells\": [], @\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}",
            "{\n \"cells\": [\n  {\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {},\n   @\"metadata\": {},"
                    + " \"outputs\": [], \"source\": \"\"}\n ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n",
            "{\"cells\": [{\"cell_type\": \"markdown\", \"metadata\": {\"a\": {\"b\": 1,\n @\"b\": 2}}, \"source\": \"\"}],"
                    + " \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}",
            "{\"cells\": [], \"metadata\": {\"kernelspec\": {\"name\": \"python3\"}, @\"kernelspec\": {}},"
                    + " \"nbformat\": 4, \"nbformat_minor\": 5}",
            "{\"cells\": [{\"cell_type\": \"markdown\", \"metadata\": {\"t\": {\"a\": \"R\u00e9sum\u00e9 \u4e2d\u6587 \ud83d\ude00\","
                    + " @\"a\": 2}}, \"source\": \"\"}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}",
            "{\"metadata\": {}, \"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": [{\"cells\": [],\n  @\"cells\": []}]}"})
    void stripAndVerifyNameTheRepeatedKey(String example) throws IOException {
        Path notebook = new ProjectTree(dir).write("twice.ipynb", example.replace(HERE, ""));
        String expected = placeOfMarker(example);

        Cli.Result strip = Cli.run("strip", "--check", notebook.toString());
        Cli.Result verify = Cli.run("verify", "--format", "json", notebook.toString());

        assertEquals(ExitCode.INVALID_INPUT, strip.exitCode(), strip.stderr());
        assertTrue(strip.stderr().contains("duplicate key"), strip.stderr());
        assertEquals(expected, placeIn(strip.stderr()), strip.stderr());
        assertEquals(ExitCode.INVALID_INPUT, verify.exitCode(), verify.out());
        JsonNode finding = JSON.readTree(verify.stdout()).get("findings").get(0);
        assertTrue(finding.get("message").asText().startsWith("duplicate key"), finding.toString());
        assertEquals(expected, "line " + finding.get("line").asLong() + ", column " + finding.get("column").asLong(),
                finding.toString());
    }

    @Test
    void aKeyRepeatedWithAnEqualValueInsideMetadataIsAcceptedByStripAndVerifyAlike() throws IOException {
        String twice = "{\"cells\": [{\"cell_type\": \"markdown\", \"metadata\": {\"tags\": [\"a\"], \"tags\": [\"a\"],"
                + " \"jupyter\": {\"source_hidden\": true, \"source_hidden\": true}}, \"source\": \"R\u00e9sum\u00e9\"}],"
                + " \"metadata\": {\"kernelspec\": {\"name\": \"python3\", \"name\": \"python3\", \"display_name\": \"Python 3\"}},"
                + " \"nbformat\": 4, \"nbformat_minor\": 5}\n";
        Path notebook = new ProjectTree(dir).write("twice.ipynb", twice);

        Cli.Result verified = Cli.run("verify", notebook.toString());
        Cli.Result stripped = Cli.run("strip", notebook.toString());
        Cli.Result verifiedAfter = Cli.run("verify", notebook.toString());

        assertEquals(ExitCode.OK, verified.exitCode(), verified.out());
        assertEquals(ExitCode.OK, stripped.exitCode(), stripped.out());
        JsonNode kept = JSON.readTree(notebook.toFile());
        assertEquals("[\"a\"]", kept.at("/cells/0/metadata/tags").toString());
        assertEquals("python3", kept.at("/metadata/kernelspec/name").asText());
        assertEquals(ExitCode.OK, verifiedAfter.exitCode(), verifiedAfter.out());
    }

    /** Outputs a policy may keep are read a second time, on their own: their places still count from the file's start. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\n \"cells\": [\n  {\"cell_type\": \"code\", \"execution_count\": 1, \"metadata\": {}, \"outputs\": [\n"
                    + "   {\"output_type\": \"execute_result\", \"execution_count\": 1, \"metadata\": {},\n"
                    + "    \"data\": {\"text/plain\": \"R\u00e9sum\u00e9\", @\"text/plain\": \"b\"}}\n  ], \"source\": \"x\"}\n ],\n"
                    + " \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n",
            "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": 1, \"metadata\": {}, \"outputs\": [{\"output_type\":"
                    + " \"stream\", \"name\": \"stdout\", \"text\": \"\u00e9\", @\"text\": \"b\"}], \"source\": \"x\"}],"
                    + " \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}"})
    void stripNamesARepeatedKeyInAKeptOutputWhereItStands(String example) throws IOException {
        Path notebook = new ProjectTree(dir).write("kept.ipynb", example.replace(HERE, ""));

        Cli.Result strip = Cli.run("strip", "--check", "--keep-output", notebook.toString());

        assertEquals(ExitCode.INVALID_INPUT, strip.exitCode(), strip.stderr());
        assertTrue(strip.stderr().contains("duplicate key"), strip.stderr());
        assertEquals(placeOfMarker(example), placeIn(strip.stderr()), strip.stderr());
    }

    private static String placeOfMarker(String example) {
        int at = example.indexOf(HERE);
        int lineStart = example.lastIndexOf('\n', at) + 1;
        long line = example.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        // Columns count characters (code points), as editors and Python's json count them.
        return "line " + line + ", column " + (example.codePointCount(lineStart, at) + 1);
    }

    private static String placeIn(String message) {
        Matcher matcher = PLACE.matcher(message);
        return matcher.find() ? matcher.group() : "no place in: " + message;
    }
}
