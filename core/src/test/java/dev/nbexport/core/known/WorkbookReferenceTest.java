package dev.nbexport.core.known;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.nbexport.fixtures.ReferenceOpenpyxl;
import dev.nbexport.fixtures.WorkbookWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook reader against a real writer and reader, Debian's openpyxl: a workbook and its sheets
 * as openpyxl shows their cells (as CSV) must be the same known data, value for value and column for
 * column, whoever wrote the workbook.
 */
class WorkbookReferenceTest {

    @TempDir
    Path folder;

    @Test
    void aWorkbookWrittenByOpenpyxlIsTheKnownDataOfItsCells() throws Exception {
        ReferenceOpenpyxl.Export export = ReferenceOpenpyxl.get().writeCustomers(folder.resolve("openpyxl"));
        KnownValues known = assertSameAsItsCells(export, List.of("Customers", "Leads"));
        assertEquals("1 value of crm.xlsx (sheet Customers, column id) appears here", known.find("id 10023456").what(),
                "an id openpyxl stored as a float (10023456.0)");
        assertEquals("1 value of crm.xlsx (sheet Leads, column lead) appears here", known.find("Cohen, Esther").what());
        assertNull(known.find("2023-03-03 1024.5 called back 44928"), "dates, amounts and notes are no known values");
    }

    @Test
    void aWorkbookOfSharedStringsReadByOpenpyxlIsTheKnownDataOfItsCells() throws Exception {
        List<List<Object>> customers = new ArrayList<>();
        customers.add(Arrays.asList("id", "name", null, "email"));
        for (int i = 0; i < 14; i++) {
            Object id = i == 0 ? WorkbookWriter.number("1.0023456E7") : 10023456 + 7 * i;
            Object name = i == 1 ? WorkbookWriter.rich("Bjorn ", "Lindgren") : i == 2 ? WorkbookWriter.inline(Customers.name(i))
                    : Customers.name(i);
            customers.add(i == 5 ? null : Arrays.asList(id, name, null, i == 3 ? null : "c" + i + "@example.org"));
        }
        List<List<Object>> others = new ArrayList<>();
        others.add(List.of("reference"));
        for (int i = 0; i < 12; i++) {
            others.add(List.of("REF-" + (200100 + i)));
        }
        Path workbook = new WorkbookWriter().sheet("Customers", customers).sheet("Other", others)
                .write(folder.resolve("crm.xlsx"));
        KnownValues known = assertSameAsItsCells(ReferenceOpenpyxl.get().read(workbook, folder.resolve("openpyxl")),
                List.of("Customers", "Other"));
        assertEquals("2 values of crm.xlsx (sheet Customers, column name) appear here",
                known.find("Bjorn Lindgren and Chiara Bianchi").what(), "a rich-text shared string and an inline one");
        assertEquals("1 value of crm.xlsx (sheet Customers, column id) appears here", known.find("10023456").what());
    }

    private static KnownValues assertSameAsItsCells(ReferenceOpenpyxl.Export export, List<String> sheetNames) throws Exception {
        return SheetsAsCsv.assertSameKnownData(export.workbook(), "crm.xlsx", export.sheets(), sheetNames);
    }
}
