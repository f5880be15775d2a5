package dev.nbexport.core.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.fixtures.Fixtures;
import dev.nbexport.fixtures.ReferenceNbformat;
import dev.nbexport.fixtures.ReferenceNbformat.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-written fixtures against nbformat and the nbstripout oracle. */
class FixturesReferenceTest {

    private static Map<String, byte[]> fixtures() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        for (String name : Fixtures.ALL) {
            all.put(name, Fixtures.bytes(name));
        }
        return all;
    }

    @Test
    void fixturesAreCanonicalAsWritten() throws IOException {
        for (String name : Fixtures.ALL) {
            byte[] bytes = Fixtures.bytes(name);
            assertArrayEquals(bytes, Nbexport.canonical(NotebookSource.of(name, bytes)), name);
        }
    }

    @Test
    void canonicalBytesAreNbformatsBytes() throws IOException {
        Map<String, Outcome> reference = ReferenceNbformat.get().canonical(fixtures());
        for (String name : Fixtures.ALL) {
            Outcome expected = reference.get(name);
            assertTrue(expected.accepted(), name + ": " + expected.error());
            assertEquals(expected.text(), lf(Nbexport.canonical(NotebookSource.of(name, Fixtures.bytes(name)))), name);
        }
    }

    @Test
    void nbstripoutPresetMatchesTheOracle() throws IOException {
        Map<String, Outcome> oracle = ReferenceNbformat.get().nbstripout(fixtures());
        for (String name : Fixtures.ALL) {
            Outcome expected = oracle.get(name);
            assertTrue(expected.accepted(), name + ": " + expected.error());
            byte[] ours = Nbexport.strip(NotebookSource.of(name, Fixtures.bytes(name)), Preset.NBSTRIPOUT.policy()).bytes();
            assertEquals(expected.text(), lf(ours), name);
        }
    }

    /** Jupyter reads a notebook without "nbformat" as nbformat 1, and writes text back as read: strings stay strings. */
    @Test
    void notebooksWithoutNbformatAreWrittenAsJupyterWritesThem() throws IOException {
        Map<String, byte[]> undeclared = new LinkedHashMap<>();
        undeclared.put("string-source", "{\"cells\": [{\"cell_type\": \"code\", \"source\": \"a\\nb\\n\", \"outputs\": []}]}"
                .getBytes(StandardCharsets.UTF_8));
        undeclared.put("lines-and-text", ("{\"cells\": [{\"cell_type\": \"markdown\", \"source\": [\"# T\\n\", \"caf\u00e9\"]},"
                + " {\"outputs\": [{\"output_type\": \"stream\", \"text\": \"x\\ny\"}], \"cell_type\": \"code\", \"source\": \"1\\n2\"}],"
                + " \"metadata\": {\"z\": 1, \"a\": 2}}").getBytes(StandardCharsets.UTF_8));
        Map<String, Outcome> reference = ReferenceNbformat.get().canonical(undeclared);
        for (Map.Entry<String, byte[]> notebook : undeclared.entrySet()) {
            Outcome expected = reference.get(notebook.getKey());
            assertTrue(expected.accepted(), notebook.getKey() + ": " + expected.error());
            assertEquals(expected.text(), lf(Nbexport.canonical(NotebookSource.of(notebook.getKey(), notebook.getValue()))),
                    notebook.getKey());
        }
    }

    /** nbformat writes LF on Linux; nbexport keeps a CRLF file's line breaks (compared here as LF). */
    private static String lf(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
