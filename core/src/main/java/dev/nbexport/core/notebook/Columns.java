package dev.nbexport.core.notebook;

import java.io.IOException;

/**
 * A place's column in the units its readers count. The parser counts bytes; messages and the text
 * and JSON reports count characters (Unicode code points), as editors and Python's {@code json}
 * count them; SARIF counts UTF-16 code units. Worked out from the line's bytes when a place is
 * reported, never while reading.
 *
 * <p>Bytes that are not UTF-8 (only a file changed since it was checked holds them before a place)
 * never fail a count: a byte that cannot start a character counts as one, and so does an incomplete
 * sequence.
 */
public final class Columns {

    private Columns() {
    }

    /** A place with its column counted in characters, and that column counted in UTF-16 code units (-1 without one). */
    public record Counted(Location inCharacters, long utf16Units) {
    }

    /**
     * {@code where} with its column, counted in bytes from 1 as the parser counts it, counted in
     * characters instead: the character that holds the byte. Bytes past the end of the line count
     * one each. Without a column, or when the file cannot be read again, {@code where} has none.
     */
    public static Location inCharacters(NotebookSource source, Location where) {
        return count(source, where).inCharacters();
    }

    /**
     * {@code where}, its column counted in bytes, with that column counted in characters (as
     * {@link #inCharacters}) and in UTF-16 code units (as {@link #utf16Units}), from one reading of
     * its line.
     */
    public static Counted count(NotebookSource source, Location where) {
        if (where.line() < 1 || where.column() < 1) {
            return new Counted(where, -1);
        }
        long byteIndex = where.column() - 1;
        long characters = 0;
        long units = 0;
        // The UTF-16 units of the characters before the one counted last.
        long unitsBefore = 0;
        try (LineBytes line = LineBytes.of(source, where.line())) {
            if (line == null) {
                return new Counted(withoutColumn(where), -1);
            }
            Utf8Steps steps = new Utf8Steps();
            long at = 0;
            for (int b; at <= byteIndex && (b = line.next()) >= 0; at++) {
                if (steps.startsCharacter(b)) {
                    characters++;
                    unitsBefore = units;
                }
                units += steps.utf16UnitsAdded();
            }
            long past = byteIndex + 1 - at;
            Location counted = new Location(where.line(), characters + past, where.cellIndex(), where.cellId(), where.pointer());
            return new Counted(counted, past > 0 ? units + past : unitsBefore + 1);
        } catch (IOException e) {
            return new Counted(withoutColumn(where), -1);
        }
    }

    /**
     * The column of {@code where}, counted in characters from 1, counted in UTF-16 code units from 1
     * (two for a character beyond U+FFFF); characters past the end of the line count one each. -1
     * without a column, or when the file cannot be read again.
     */
    public static long utf16Units(NotebookSource source, Location where) {
        if (where.line() < 1 || where.column() < 1) {
            return -1;
        }
        long before = where.column() - 1;
        long characters = 0;
        long units = 0;
        try (LineBytes line = LineBytes.of(source, where.line())) {
            if (line == null) {
                return -1;
            }
            Utf8Steps steps = new Utf8Steps();
            for (int b; (b = line.next()) >= 0; ) {
                if (steps.startsCharacter(b)) {
                    if (characters == before) {
                        return units + 1;
                    }
                    characters++;
                }
                units += steps.utf16UnitsAdded();
            }
        } catch (IOException e) {
            return -1;
        }
        return units + before - characters + 1;
    }

    private static Location withoutColumn(Location where) {
        return new Location(where.line(), -1, where.cellIndex(), where.cellId(), where.pointer());
    }

    /**
     * UTF-8 read a byte at a time: which bytes start a character, and how many UTF-16 units each
     * byte adds to the text so far (a character beyond U+FFFF gets its second unit from its last
     * byte, so an incomplete one counts one).
     */
    private static final class Utf8Steps {
        private int continuationsExpected;
        private boolean fourBytes;
        private int unitsAdded;

        boolean startsCharacter(int b) {
            if ((b & 0xc0) == 0x80 && continuationsExpected > 0) {
                continuationsExpected--;
                unitsAdded = fourBytes && continuationsExpected == 0 ? 1 : 0;
                return false;
            }
            continuationsExpected = (b & 0xe0) == 0xc0 ? 1 : (b & 0xf0) == 0xe0 ? 2 : (b & 0xf8) == 0xf0 ? 3 : 0;
            fourBytes = continuationsExpected == 3;
            unitsAdded = 1;
            return true;
        }

        int utf16UnitsAdded() {
            return unitsAdded;
        }
    }
}
