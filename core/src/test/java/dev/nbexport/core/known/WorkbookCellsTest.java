package dev.nbexport.core.known;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A cell's place within Excel's bounds, and a number cell's value as a person writes it. */
class WorkbookCellsTest {

    @Test
    void referencesWithinExcelsBoundsAreColumnsFromZero() throws Exception {
        assertEquals(0, CellReference.column("A1"));
        assertEquals(27, CellReference.column("AB7"));
        assertEquals(16_383, CellReference.column("XFD1048576"));
    }

    @Test
    void referencesBeyondExcelsBoundsOrMalformedAreRefused() {
        for (String reference : new String[] {"XFE1", "AAAA1", "A1048577", "A0", "A01", "a1", "1", "A", "A1B", "A99999999999"}) {
            assertThrows(UnreadableWorkbook.class, () -> CellReference.column(reference), reference);
        }
        assertThrows(UnreadableWorkbook.class, () -> CellReference.row("1048577"));
    }

    @Test
    void wholeNumbersAreWrittenOutAndOthersStayAsStored() {
        assertEquals("10023456", ExcelNumber.plain("1.0023456E7"));
        assertEquals("10023456", ExcelNumber.plain("10023456.0"));
        assertEquals("4917117026350", ExcelNumber.plain("4.917117026350E12"));
        assertEquals("10023456", ExcelNumber.plain("10023456"));
        assertEquals("2238.50", ExcelNumber.plain("2238.50"));
        assertEquals("45000.5", ExcelNumber.plain("45000.5"));
        assertEquals("1E400", ExcelNumber.plain("1E400"));
        assertEquals("1.5E-7", ExcelNumber.plain("1.5E-7"));
        assertEquals("TRUE", ExcelNumber.plain("TRUE"));
    }
}
