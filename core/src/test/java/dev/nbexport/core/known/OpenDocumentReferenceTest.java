package dev.nbexport.core.known;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.nbexport.fixtures.OpenDocumentWriter;
import dev.nbexport.fixtures.ReferenceOdfpy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenDocument reader against a real writer and reader, Debian's odfpy: a spreadsheet and its
 * sheets as odfpy shows their cells (as CSV) must be the same known data, value for value and column
 * for column, whoever wrote the spreadsheet.
 */
class OpenDocumentReferenceTest {

    @TempDir
    Path folder;

    @Test
    void aSpreadsheetWrittenByOdfpyIsTheKnownDataOfItsCells() throws Exception {
        ReferenceOdfpy.Export export = ReferenceOdfpy.get().writeCustomers(folder.resolve("odfpy"));
        KnownValues known = SheetsAsCsv.assertSameKnownData(export.spreadsheet(), "crm.ods", export.sheets(),
                List.of("Customers", "Leads"));
        assertEquals("1 value of crm.ods (sheet Customers, column id) appears here", known.find("id 10023456").what(),
                "an id odfpy stored as a float (10023456.0)");
        assertEquals("1 value of crm.ods (sheet Leads, column lead) appears here", known.find("Cohen, Esther").what());
        assertNull(known.find("2023-03-03 1024.5 called back next week"), "dates, amounts and notes are no known values");
        assertNull(known.find("Called by Jane Example"), "a cell's note is not its value");
    }

    @Test
    void aSpreadsheetOfRepeatedCellsReadByOdfpyIsTheKnownDataOfItsCells() throws Exception {
        List<List<Object>> customers = new ArrayList<>();
        customers.add(Arrays.asList("id", "name", null, "email", "signup"));
        for (int i = 0; i < 14; i++) {
            customers.add(i == 5 ? null : Arrays.asList(10023456 + 7 * i, Customers.name(i), null,
                    i == 3 ? null : "c" + i + "@example.org", OpenDocumentWriter.date("2023-01-" + (10 + i))));
        }
        List<List<Object>> others = new ArrayList<>();
        others.add(List.of("reference", "copy", "again"));
        for (int i = 0; i < 12; i++) {
            String reference = "REF-" + (200100 + i);
            others.add(List.of(reference, reference, reference));
        }
        Path spreadsheet = new OpenDocumentWriter().sheet("Customers", customers).sheet("Other", others)
                .write(folder.resolve("crm.ods"));
        ReferenceOdfpy.Export export = ReferenceOdfpy.get().read(spreadsheet, folder.resolve("odfpy"));
        KnownValues known = SheetsAsCsv.assertSameKnownData(spreadsheet, "crm.ods", export.sheets(), List.of("Customers", "Other"));
        assertEquals("2 values of crm.ods (sheet Customers, column name) appear here",
                known.find("Bjorn Lindgren and Chiara Bianchi").what());
        assertEquals("1 value of crm.ods (sheet Other, column reference) appears here", known.find("REF-200103").what(),
                "a value repeated across three columns, named by its first");
    }
}
