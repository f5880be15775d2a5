package dev.nbexport.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.notebook.StreamedSources;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.fixtures.ReferenceNbformat;
import dev.nbexport.fixtures.ReferenceNbformat.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Strip and verify place invalid JSON where Python's json reader (Jupyter's) places it: the line,
 * and the column in characters, also after letters of two, three and four bytes.
 */
class JsonErrorPlaceReferenceTest {

    private static final Pattern PYTHON_PLACE = Pattern.compile("line (\\d+) column (\\d+) \\(char \\d+\\)");
    private static final String TAIL = "\"nbformat\": 4, \"nbformat_minor\": 5}\n";

    private static final List<String> BROKEN = List.of(
            "{\"cells\": [], \"metadata\": {\"a\": \"x\", \"b\": 1,}, " + TAIL,
            "{\"cells\": [], \"metadata\": {\"a\": \"\u00e9\", \"b\": 1,}, " + TAIL,
            "{\"cells\": [], \"metadata\": {\"a\": \"\u4e2d\u6587\", \"b\": tru}, " + TAIL,
            "{\"cells\": [], \"metadata\": {\"a\": \"\ud83d\ude00\" \"b\": 1}, " + TAIL,
            "{\"cells\": [], \"metadata\": {\"a\": \"\u00e9\", \u00e9: 1}, " + TAIL,
            "{\"cells\": [], \"metadata\": {\"a\": \"\u00fc\", \"b\": 01}, " + TAIL,
            "{\"cells\": [], \"metadata\": {\"a\": \"\u00e9\u00e8\"}, \"nbformat\": 4, \"nbformat_minor\": 5",
            "{\"cells\": [], \"metadata\": {\"a\": \"\u00e7a\"}, \"nbformat\": 4, \"nbformat_minor\": 5} x",
            "{\n \"cells\": [\n  {\"cell_type\": \"markdown\", \"metadata\": {},\n   \"source\": \"R\u00e9sum\u00e9 \u4e2d\u6587\" oops}\n ],\n"
                    + " \"metadata\": {},\n " + TAIL,
            "{\n \"cells\": [],\n \"metadata\": {\"title\": \"\u00c9t\u00e9\"},\n \"nbformat\": 4,\n \"nbformat_minor\": 5,\n}\n");

    @Test
    void invalidJsonIsPlacedAsPythonsJsonPlacesIt() throws IOException {
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        for (String text : BROKEN) {
            inputs.put(text, text.getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Outcome> python = ReferenceNbformat.get().pythonJson(inputs);
        for (String text : BROKEN) {
            Outcome reference = python.get(text);
            assertFalse(reference.accepted(), text);
            Matcher place = PYTHON_PLACE.matcher(reference.error());
            assertTrue(place.find(), reference.error());
            String expected = "line " + place.group(1) + ", column " + place.group(2);
            byte[] bytes = inputs.get(text);
            for (NotebookSource source : List.of(NotebookSource.of("n.ipynb", bytes), StreamedSources.of("n.ipynb", bytes))) {
                InvalidNotebookException stripped = assertThrows(InvalidNotebookException.class,
                        () -> Nbexport.strip(source, Preset.NBSTRIPOUT.policy()), text);
                Finding verified = Nbexport.verify(source, Preset.NBSTRIPOUT.policy()).get(0);

                assertTrue(stripped.location().describe().startsWith(expected), stripped.getMessage() + " / " + reference.error());
                assertEquals(expected, "line " + verified.line() + ", column " + verified.column(), reference.error());
            }
        }
    }
}
