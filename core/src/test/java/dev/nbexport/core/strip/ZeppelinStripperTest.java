package dev.nbexport.core.strip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.notebook.NotebookSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Zeppelin notes: only paragraph results go, and the note is written back as Zeppelin users keep it in git. */
class ZeppelinStripperTest {

    private static StripResult strip(String note) throws IOException {
        return ZeppelinStripper.strip(NotebookSource.of("note.zpln", note.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(StripResult result) {
        return new String(result.bytes(), StandardCharsets.UTF_8);
    }

    private static final String NOTE = """
            {"paragraphs": [
              {"text": "%md Caf\u00e9", "results": {"code": "SUCCESS", "msg": [{"type": "HTML", "data": "<p>Caf\u00e9</p>"}]}, "id": "p1"},
              {"id": "p2", "text": "%sh ls"},
              {"results": {}, "text": "%sh pwd"}
             ], "name": "Demo", "id": "2ABC"}
            """;

    @Test
    void emptiesEveryParagraphsResultsAndKeepsKeysInFileOrder() throws IOException {
        assertEquals("""
                {
                  "paragraphs": [
                    {
                      "text": "%md Caf\\u00e9",
                      "results": {},
                      "id": "p1"
                    },
                    {
                      "id": "p2",
                      "text": "%sh ls"
                    },
                    {
                      "results": {},
                      "text": "%sh pwd"
                    }
                  ],
                  "name": "Demo",
                  "id": "2ABC"
                }
                """, text(strip(NOTE)));
    }

    @Test
    void countsOnlyResultsThatHeldSomething() throws IOException {
        StripResult result = strip(NOTE);
        assertTrue(result.changed());
        assertEquals(1, result.stats().outputs());
    }

    @Test
    void anAlreadyStrippedNoteIsLeftByteForByte() throws IOException {
        byte[] once = strip(NOTE).bytes();
        StripResult twice = strip(new String(once, StandardCharsets.UTF_8));
        assertFalse(twice.changed());
        assertArrayEquals(once, twice.bytes());
        assertEquals(0, twice.stats().outputs());
        assertEquals(0, twice.stats().bytesRemoved());
    }

    @Test
    void jsonWithoutAParagraphsArrayIsNotAZeppelinNote() {
        InvalidNotebookException e = assertThrows(InvalidNotebookException.class,
                () -> strip("{\"cells\": [], \"nbformat\": 4}"));
        assertEquals(InvalidNotebookException.Kind.NOT_A_NOTEBOOK, e.kind());
        assertThrows(InvalidNotebookException.class, () -> strip("{\"paragraphs\": {}}"));
    }

    @Test
    void textThatIsNotJsonIsRejected() {
        assertThrows(InvalidNotebookException.class, () -> strip("paragraphs:"));
    }
}
