package dev.nbexport.core.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf16ColumnsTest {

    private static long column(String text, long line, long byteColumn) throws IOException {
        return Utf16Columns.of(NotebookSource.of("t", text.getBytes(StandardCharsets.UTF_8)), Location.at(line, byteColumn));
    }

    @Test
    void lettersOfSeveralBytesCountOneUnitAndThoseBeyondTheBasicPlaneTwo() throws IOException {
        assertEquals(4, column("ab\u00e9x", 1, 5));
        assertEquals(3, column("\ud83d\ude00x", 1, 5));
        assertEquals(1, column("x", 1, 1));
    }

    @Test
    void linesEndAtCrLfOrCrLfAsTheParserEndsThem() throws IOException {
        for (String lineBreak : new String[] {"\n", "\r", "\r\n"}) {
            String text = "\u00e9\u00e9" + lineBreak + "\u00e9x" + lineBreak + "\u00e9\u00e9\u00e9y";
            assertEquals(2, column(text, 2, 3), lineBreak.replace("\r", "CR").replace("\n", "LF"));
            assertEquals(4, column(text, 3, 7), lineBreak.replace("\r", "CR").replace("\n", "LF"));
            assertEquals(1, column(text, 3, 1));
        }
    }

    @Test
    void aColumnPastTheEndOfItsLineCountsTheBytesPastItOneEach() throws IOException {
        assertEquals(4, column("\u00e9\n", 1, 5));
        assertEquals(4, column("\u00e9", 1, 5));
    }

    @Test
    void aPlaceWithoutColumnOrBeyondTheFileHasNone() throws IOException {
        assertEquals(-1, column("x", 1, -1));
        assertEquals(-1, column("x", 3, 1));
    }
}
