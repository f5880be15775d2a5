package dev.nbexport.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.NotebookVerifier;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.fixtures.ReferenceNbformat;
import dev.nbexport.fixtures.ReferenceNbformat.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The versions a notebook declares are taken, or refused, as nbformat takes them, by strip and
 * verify alike: nbformat 4 of any minor (4.99 is read as the latest 4.x it knows), never a major
 * version it does not know (5).
 */
class FormatVersionsReferenceTest {

    private static String notebook(String nbformat, String minor) {
        return "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 3,\n   \"id\": \"setup\",\n"
                + "   \"metadata\": {},\n   \"outputs\": [\n    {\n     \"name\": \"stdout\",\n     \"output_type\": \"stream\",\n"
                + "     \"text\": \"customer 100231\\n\"\n    }\n   ],\n   \"source\": \"print(1)\"\n  }\n ],\n"
                + " \"metadata\": {},\n \"nbformat\": " + nbformat + ",\n \"nbformat_minor\": " + minor + "\n}\n";
    }

    @Test
    void stripAndVerifyTakeTheVersionsNbformatTakesAndRefuseTheOthers() throws IOException {
        Map<String, byte[]> notebooks = new LinkedHashMap<>();
        for (String[] version : List.of(new String[] {"4", "5"}, new String[] {"4", "6"}, new String[] {"4", "99"},
                new String[] {"5", "0"}, new String[] {"6", "1"})) {
            notebooks.put(version[0] + "." + version[1], notebook(version[0], version[1]).getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Outcome> oracle = ReferenceNbformat.get().nbstripout(notebooks);
        for (Map.Entry<String, byte[]> notebook : notebooks.entrySet()) {
            String name = notebook.getKey();
            NotebookSource source = NotebookSource.of(name + ".ipynb", notebook.getValue());
            List<Finding> verified = new NotebookVerifier(Preset.NBSTRIPOUT.policy()).verify(source);
            Outcome expected = oracle.get(name);
            if (expected.accepted()) {
                byte[] stripped = Nbexport.strip(source, Preset.NBSTRIPOUT.policy()).bytes();
                assertEquals(expected.text(), new String(stripped, StandardCharsets.UTF_8), name);
                assertFalse(verified.isEmpty(), name + ": its output and count are found");
                assertTrue(verified.stream().noneMatch(f -> f.rule() == Rule.UNREADABLE), name + ": " + verified);
                assertEquals(List.of(), new NotebookVerifier(Preset.NBSTRIPOUT.policy())
                        .verify(NotebookSource.of(name + ".ipynb", stripped)), name + ", stripped");
            } else {
                assertTrue(expected.error().startsWith("NBFormatError: Unsupported nbformat version"), name + ": " + expected.error());
                InvalidNotebookException refused = assertThrows(InvalidNotebookException.class,
                        () -> Nbexport.strip(source, Preset.NBSTRIPOUT.policy()), name);
                assertEquals(List.of(Rule.UNREADABLE), verified.stream().map(Finding::rule).toList(), name + ": " + verified);
                assertEquals(refused.problem(), verified.get(0).message(), name);
                assertEquals("line 19, column 14, /nbformat", refused.location().describe(), name);
            }
        }
    }
}
