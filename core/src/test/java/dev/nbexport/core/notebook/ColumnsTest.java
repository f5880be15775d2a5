package dev.nbexport.core.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    private static long characters(byte[] text, long line, long byteColumn) {
        return Columns.inCharacters(NotebookSource.of("t", text), Location.at(line, byteColumn)).column();
    }

    private static long characters(String text, long line, long byteColumn) {
        return characters(text.getBytes(StandardCharsets.UTF_8), line, byteColumn);
    }

    private static long utf16(String text, long line, long characterColumn) {
        return Columns.utf16Units(NotebookSource.of("t", text.getBytes(StandardCharsets.UTF_8)), Location.at(line, characterColumn));
    }

    @Test
    void aLetterOfSeveralBytesCountsOneCharacter() {
        assertEquals(4, characters("ab\u00e9x", 1, 5));
        assertEquals(3, characters("\u4e2d\u6587x", 1, 7));
        assertEquals(2, characters("\ud83d\ude00x", 1, 5));
        assertEquals(1, characters("x", 1, 1));
    }

    @Test
    void aByteInsideALetterIsPlacedAtTheLetter() {
        assertEquals(3, characters("ab\u00e9x", 1, 4));
        assertEquals(1, characters("\ud83d\ude00x", 1, 4));
    }

    @Test
    void aLetterBeyondTheBasicPlaneCountsTwoUtf16UnitsAndOthersOne() {
        assertEquals(4, utf16("ab\u00e9x", 1, 4));
        assertEquals(3, utf16("\ud83d\ude00x", 1, 2));
        assertEquals(2, utf16("\u4e2dx", 1, 2));
        assertEquals(1, utf16("x", 1, 1));
    }

    @Test
    void linesEndAtCrLfOrCrLfAsTheParserEndsThem() {
        for (String lineBreak : new String[] {"\n", "\r", "\r\n"}) {
            String text = "\u00e9\u00e9" + lineBreak + "\u00e9x" + lineBreak + "\u00e9\u00e9\ud83d\ude00y";
            String name = lineBreak.replace("\r", "CR").replace("\n", "LF");
            assertEquals(2, characters(text, 2, 3), name);
            assertEquals(4, characters(text, 3, 9), name);
            assertEquals(1, characters(text, 3, 1), name);
            assertEquals(5, utf16(text, 3, 4), name);
        }
    }

    @Test
    void aColumnPastTheEndOfItsLineCountsWhatIsPastItOneEach() {
        assertEquals(2, characters("\u00e9\n", 1, 3));
        assertEquals(4, characters("\u00e9\nabc", 1, 5));
        assertEquals(4, characters("\u00e9", 1, 5));
        assertEquals(4, utf16("\ud83d\ude00", 1, 3));
    }

    @Test
    void bytesThatAreNotUtf8CountOneCharacterEachAndAnIncompleteLetterOne() {
        byte[] stray = {(byte) 0x80, (byte) 0xff, 'a', 'b'};
        byte[] incomplete = {(byte) 0xe4, (byte) 0xb8, 'a', (byte) 0xf0, (byte) 0x9f, 'b'};
        byte[] cut = {'a', (byte) 0xf0, (byte) 0x9f};

        assertEquals(4, characters(stray, 1, 4));
        assertEquals(4, characters(incomplete, 1, 6));
        assertEquals(3, characters(cut, 1, 4));
        assertEquals(4, Columns.utf16Units(NotebookSource.of("t", incomplete), Location.at(1, 4)));
        assertEquals(3, Columns.utf16Units(NotebookSource.of("t", cut), Location.at(1, 3)));
    }

    @Test
    void oneCountingGivesBothColumnsAsCountingEachApartDoes() {
        byte[][] lines = {"ab\u00e9x\u4e2d\ud83d\ude00y".getBytes(StandardCharsets.UTF_8),
            {(byte) 0x80, 'a', (byte) 0xe4, (byte) 0xb8, 'b', (byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80, 'c', (byte) 0xf0}};
        for (byte[] line : lines) {
            NotebookSource source = NotebookSource.of("t", line);
            for (long byteColumn = -1; byteColumn <= line.length + 3; byteColumn++) {
                Location where = Location.at(1, byteColumn);
                Location inCharacters = Columns.inCharacters(source, where);
                assertEquals(new Columns.Counted(inCharacters, Columns.utf16Units(source, inCharacters)), Columns.count(source, where),
                        "byte column " + byteColumn);
            }
        }
        assertEquals(new Columns.Counted(Location.at(3, -1), -1), Columns.count(NotebookSource.of("t", new byte[] {'x'}), Location.at(3, 1)));
    }

    @Test
    void aPlaceWithoutColumnOrBeyondTheFileHasNone() {
        assertEquals(-1, characters("x", 1, -1));
        assertEquals(-1, characters("x", 3, 1));
        assertEquals(-1, utf16("x", 1, -1));
        assertEquals(-1, utf16("x", 3, 1));
        Location cell = new Location(3, 4, 2, "c1", "/cells/2");
        assertEquals(new Location(3, -1, 2, "c1", "/cells/2"), Columns.inCharacters(NotebookSource.of("t", new byte[0]), cell));
    }
}
