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
import org.junit.jupiter.params.provider.CsvSource;
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

    /** A key repeated with another value in what the options keep is refused by verify as strip refuses it, at the same place. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--keep-output | \"outputs\": [{\"output_type\": \"display_data\", \"metadata\": {}, \"data\": {\"text/plain\": \"x\","
                    + " @\"text/plain\": \"Ann Lee, 100231\"}}]",
            "--keep-output | \"outputs\": [{\"output_type\": \"display_data\", \"metadata\": {}, \"data\": {\"application/json\":"
                    + " {\"rows\": [{\"id\": 1, @\"id\": 100231}]}}}]",
            "--keep-output-type=stream | \"outputs\": [{\"output_type\": \"display_data\", \"data\": {\"text/plain\": \"Ann Lee\"},"
                    + " \"metadata\": {},\\n @\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": \"ok\"}]",
            "--max-size=1k | \"outputs\": [{\"output_type\": \"stream\", \"name\": \"stderr\", @\"name\": \"stdout\", \"text\": \"ok\"}]",
            "--keep-output-type=stream | \"outputs\": [], \"attachments\": {\"a.png\": {\"image/png\": \"iVBORw0KGgo=\"},"
                    + " @\"a.png\": {\"image/png\": \"QUFB\"}}"})
    void verifyRefusesARepeatedKeyInWhatIsKeptAsStripDoes(String option, String kept) throws IOException {
        String example = "{\n \"cells\": [\n  {\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"a\","
                + " \"metadata\": {}, \"source\": \"x\",\n   " + kept.replace("\\n", "\n") + "}\n ],\n"
                + " \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
        Path notebook = new ProjectTree(dir).write("kept.ipynb", example.replace(HERE, ""));

        Cli.Result strip = Cli.run("strip", "--check", option, notebook.toString());
        Cli.Result verify = Cli.run("verify", "--format", "json", option, notebook.toString());

        assertEquals(ExitCode.INVALID_INPUT, strip.exitCode(), strip.stderr());
        assertEquals(placeOfMarker(example), placeIn(strip.stderr()), strip.stderr());
        assertEquals(ExitCode.INVALID_INPUT, verify.exitCode(), verify.out());
        JsonNode finding = JSON.readTree(verify.stdout()).get("findings").get(0);
        assertEquals("unreadable", finding.get("rule").asText(), finding.toString());
        assertTrue(finding.get("message").asText().startsWith("duplicate key"), finding.toString());
        assertEquals(placeOfMarker(example), "line " + finding.get("line").asLong() + ", column " + finding.get("column").asLong(),
                finding.toString());

        // Repeated with an equal value it hides nothing: both take it, and what strip writes verifies clean.
        Path same = new ProjectTree(dir).write("same.ipynb", sameValueTwice(example));
        Cli.Result before = Cli.run("verify", option, same.toString());
        assertTrue(before.exitCode() == ExitCode.OK || before.exitCode() == ExitCode.FINDINGS, before.out());
        assertEquals(ExitCode.OK, Cli.run("strip", option, same.toString()).exitCode());
        Cli.Result after = Cli.run("verify", option, same.toString());
        assertEquals(ExitCode.OK, after.exitCode(), after.out());
    }

    /** The example with its repeated key given the value the key has the first time. */
    private static String sameValueTwice(String example) {
        int at = example.indexOf(HERE);
        int colon = example.indexOf(':', at);
        String key = example.substring(at + 1, colon + 1);
        String firstValue = valueAfter(example, example.lastIndexOf(key, at) + key.length());
        String secondValue = valueAfter(example, colon + 1);
        int secondEnd = example.indexOf(secondValue, colon + 1) + secondValue.length();
        return example.substring(0, at) + key + " " + firstValue + example.substring(secondEnd);
    }

    /** The JSON value that starts after white space at {@code from}: a string, a number, or brackets to their match. */
    private static String valueAfter(String text, int from) {
        int start = from;
        while (text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        int depth = 0;
        boolean inString = false;
        do {
            char c = text.charAt(end++);
            if (inString) {
                inString = c != '"';
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        } while (inString || depth > 0 || end < text.length() && ",}]".indexOf(text.charAt(end)) < 0);
        return text.substring(start, end);
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
