package dev.nbexport.core.verify;

import static dev.nbexport.core.verify.CustomerRows.cells;
import static dev.nbexport.core.verify.CustomerRows.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A text whose lines end in a carriage return alone (Excel for Mac's "CSV (Macintosh)" and "Text
 * (Macintosh)", classic Mac OS) is read as lines: a table saved so is a table, on the line it starts.
 */
class CarriageReturnLinesTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);

    /** {@code rows} customers under a header, their cells joined by {@code delimiter}, each line ended by {@code end}. */
    private static String table(int rows, String delimiter, String end) {
        return "id" + delimiter + "name" + delimiter + "born" + delimiter + "amount" + end
                + IntStream.range(0, rows).mapToObj(i -> String.join(delimiter, cells(i)) + end).collect(Collectors.joining());
    }

    private static void assertTable(int line, String text) {
        List<TextHit> hits = SCANNER.scan(text);
        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList(), () -> "hits: " + hits);
        assertEquals(line, hits.get(0).line());
        assertFalse(hits.get(0).what().contains(person(2)), hits.get(0).what());
    }

    @Test
    void aTableWhoseLinesEndInACarriageReturnAloneIsATable() {
        assertTable(1, table(40, ";", "\r"));
        assertTable(1, table(40, "\t", "\r"));
        assertTable(3, "Extract of the CRM, as Excel saved it:\r\r" + table(40, ",", "\r"));
    }

    @Test
    void linesEndedAsWindowsOrUnixEndThemAreReadAsBefore() {
        assertTable(1, table(40, ";", "\r\n"));
        assertTable(1, table(40, ";", "\n"));
    }

    @Test
    void proseAndShortTablesEndedByCarriageReturnsStayClean() {
        assertEquals(List.of(), SCANNER.scan("Notes on the extract\r\rThe amounts are in EUR.\rNames are left out.\r"));
        assertEquals(List.of(), SCANNER.scan(table(10, ";", "\r")));
    }
}
