package dev.nbexport.core.known;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.fixtures.HostileOpenDocuments;
import dev.nbexport.fixtures.OpenDocumentWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** OpenDocument spreadsheets are known data as CSV files and Excel workbooks are: each sheet a table, hostile ones bounded or passed over. */
class OpenDocumentKnownDataTest {

    @TempDir
    Path folder;

    private KnownValues read(String name, byte[] spreadsheet) throws Exception {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, spreadsheet);
        return KnownDataReader.read(List.of(new KnownDataReader.Source(file, name)));
    }

    @Test
    void aSpreadsheetKnowsWhatTheSameCsvKnowsAndNamesItsSheetAndColumn() throws Exception {
        KnownValues csv = Customers.known(folder, "customers.csv", Customers.csv(20));
        KnownValues ods = read("data/customers.ods",
                new OpenDocumentWriter().sheet("Customers", WorkbookKnownDataTest.customerRows(20)).bytes());
        assertEquals(80, csv.size());
        assertEquals("known data: 80 values from 1 file", ods.summary());
        String notes = "The failed batch affected Amara Adeyemi,\nBJORN   LINDGREN and chiara bianchi (bjorn.lindgren@example.org).";
        KnownMatch match = ods.find(notes);
        assertNotNull(match);
        assertEquals(csv.find(notes).values(), match.values());
        assertEquals("4 values of data/customers.ods (sheet Customers, columns name, email) appear here", match.what());
        assertNull(ods.find("Offices in New York and San Francisco; segment premium, 1012.5 EUR; id 100231"));
    }

    @Test
    void eachTableIsASheetNamedOnlyWhenItsNameIsOneWord() throws Exception {
        List<List<Object>> rows = WorkbookKnownDataTest.customerRows(20);
        rows.get(0).set(1, "Full Name");
        KnownValues known = read("crm.ods", new OpenDocumentWriter().sheet("Leads", WorkbookKnownDataTest.customerRows(12))
                .sheet("Ann Lee", rows).bytes());
        assertEquals("1 value of crm.ods (sheet 2, column 2) appears here", known.find("Call Mehmet Yilmaz").what());
        assertEquals("1 value of crm.ods (sheet Leads, column name) appears here", known.find("Call Amara Adeyemi").what());
    }

    @Test
    void numbersAreReadByTheirStoredValueAndDatesAreNoKnownValues() throws Exception {
        String table = new StringBuilder("<table:table table:name=\"Sheet1\"><table:table-row>")
                .append(cell("string", "", "id")).append(cell("string", "", "signup")).append(cell("string", "", "name"))
                .append("</table:table-row>").toString();
        StringBuilder rows = new StringBuilder(table);
        for (int i = 0; i < 12; i++) {
            rows.append("<table:table-row>")
                    .append(cell("float", " office:value=\"" + (i == 0 ? "1.0023456E7" : String.valueOf(10023456 + 7 * i)) + "\"",
                            "10,023,456.00"))
                    .append(cell("date", " office:date-value=\"2023-01-" + (10 + i) + "\"", "Jan " + (10 + i)))
                    .append("<table:table-cell office:value-type=\"string\"><office:annotation><text:p>Noted by Jane Example")
                    .append("</text:p></office:annotation><text:p>").append(Customers.name(i).replace(" ", "<text:s/>"))
                    .append("</text:p></table:table-cell></table:table-row>");
        }
        KnownValues known = read("typed.ods", HostileOpenDocuments.customers()
                .part("content.xml", OpenDocumentWriter.content(rows.append("</table:table>").toString())).bytes());
        assertEquals("known data: 24 values from 1 file", known.summary());
        assertEquals("2 values of typed.ods (sheet Sheet1, column id) appear here", known.find("ids 10023456 and 10023463").what());
        assertEquals("1 value of typed.ods (sheet Sheet1, column name) appears here", known.find("Met " + Customers.name(3)).what());
        assertNull(known.find("Jane Example"), "a note's text is no cell's value");
    }

    @Test
    void hostileSpreadsheetsArePassedOverNamedWhileTheRunGoesOn() throws Exception {
        Map<String, String> reasons = Map.of(
                "bomb", "a part expanding more than 200 times (a zip bomb)",
                "external entity", "a DTD or entity in a part (never expanded)",
                "billion laughs", "a DTD or entity in a part (never expanded)",
                "encrypted", "an encrypted spreadsheet; save it without a password",
                "10,001 sheets", "more than 10,000 sheets",
                "a repeat count that is no number", "a repeat count that is not a positive number",
                "a text document", "an OpenDocument file that is not a spreadsheet",
                "no content", "malformed XML in a part");
        Path customers = Customers.write(folder, "customers.csv", Customers.csv(20));
        for (Map.Entry<String, byte[]> hostile : HostileOpenDocuments.unreadable().entrySet()) {
            Path file = folder.resolve("hostile.ods");
            Files.write(file, hostile.getValue());
            KnownValues known = KnownDataReader.read(List.of(new KnownDataReader.Source(file, "hostile.ods"),
                    new KnownDataReader.Source(customers, "customers.csv")));
            assertEquals("known data: 80 values from 2 files (hostile.ods not read: " + reasons.get(hostile.getKey()) + ")",
                    known.summary(), hostile.getKey());
        }
        assertEquals(reasons.keySet(), HostileOpenDocuments.unreadable().keySet());
    }

    @Test
    @Timeout(30)
    void repeatsOf2To31AreCountedNeverLaidOut() throws Exception {
        KnownValues padded = read("padded.ods", HostileOpenDocuments.hugePadding());
        assertEquals("known data: 36 values from 1 file", padded.summary(), "the customers amid the padding, and only they");
        assertEquals("2 values of padded.ods (sheet Customers, column name) appear here",
                padded.find("Amara Adeyemi and Lucia Fernandez").what());
        assertNull(padded.find("past the columns read"));
        assertEquals("known data: 0 values from 1 file (first 1,000,000 values of repeated.ods)",
                read("repeated.ods", HostileOpenDocuments.hugeRowRepeat()).summary(),
                "a row repeated 2^31 times is read as far as the values bound: its column then repeats, identifying none");
    }

    @Test
    void aSpreadsheetIsReadToItsBoundOfBytes() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("name"));
        for (int i = 0; i < 2000; i++) {
            rows.add(List.of("Person Number" + i));
        }
        Path file = new OpenDocumentWriter().sheet("Sheet1", rows).write(folder.resolve("big.ods"));
        FileTables read = SpreadsheetReader.read(file, 40_000, KnownDataReader.MAX_CELLS_PER_FILE);
        assertTrue(read.bytesCut());
        int cells = read.tables().get(0).cells();
        assertTrue(cells > 100 && cells < 1000, "cells: " + cells);
    }

    @Test
    void aSpreadsheetIsReadToItsBoundOfValuesOverItsSheets() throws Exception {
        Path file = new OpenDocumentWriter().sheet("A", WorkbookKnownDataTest.customerRows(20))
                .sheet("B", WorkbookKnownDataTest.customerRows(20)).sheet("C", WorkbookKnownDataTest.customerRows(20))
                .write(folder.resolve("crm.ods"));
        FileTables read = SpreadsheetReader.read(file, KnownDataReader.MAX_BYTES_PER_FILE, 250);
        assertTrue(read.valuesCut());
        assertFalse(read.bytesCut());
        assertEquals(List.of("A", "B"), read.tables().stream().map(TableColumns::sheet).toList());
        assertFalse(SpreadsheetReader.read(file, KnownDataReader.MAX_BYTES_PER_FILE, 600).valuesCut());
    }

    @Test
    void aFolderNamesItsSpreadsheetsAsDataAndOneThatIsNoneIsNamedAsNotRead() throws Exception {
        new OpenDocumentWriter().sheet("Customers", WorkbookKnownDataTest.customerRows(20)).write(folder.resolve("crm/customers.ODS"));
        Files.writeString(folder.resolve("crm/renamed.ods"), Customers.csv(20));
        List<KnownDataReader.Source> sources = KnownDataReader.sourcesOf(folder.resolve("crm"));
        assertEquals(List.of("customers.ODS", "renamed.ods"), sources.stream().map(source -> source.file().getFileName().toString()).toList());
        assertEquals("known data: 80 values from 2 files (" + folder.resolve("crm/renamed.ods")
                + " not read: not an OpenDocument spreadsheet)", KnownDataReader.read(sources).summary());
    }

    private static String cell(String type, String attributes, String text) {
        return "<table:table-cell office:value-type=\"" + type + "\"" + attributes + "><text:p>" + text + "</text:p></table:table-cell>";
    }
}
