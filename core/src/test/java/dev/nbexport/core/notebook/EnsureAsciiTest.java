package dev.nbexport.core.notebook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** nbformat 2 and 3 are written with ensure_ascii: every character outside ' '..'~' is escaped, DEL too. */
class EnsureAsciiTest {

    private static String canonical(String notebook) throws IOException {
        return new String(Nbexport.canonical(NotebookSource.of("t.ipynb", notebook.getBytes(StandardCharsets.UTF_8))),
                StandardCharsets.UTF_8);
    }

    @Test
    void delIsEscapedInNbformat3() throws IOException {
        String written = canonical("{\"metadata\": {\"name\": \"a\\u007fb\"}, \"nbformat\": 3, \"nbformat_minor\": 0,"
                + " \"worksheets\": [{\"cells\": [], \"metadata\": {}}]}");
        assertTrue(written.contains("\"a\\u007fb\""), written);
    }

    @Test
    void delIsKeptInNbformat4() throws IOException {
        String written = canonical("{\"cells\": [], \"metadata\": {\"name\": \"a\\u007fb\"}, \"nbformat\": 4,"
                + " \"nbformat_minor\": 5}");
        assertTrue(written.contains("\"a\u007fb\""), written);
    }
}
