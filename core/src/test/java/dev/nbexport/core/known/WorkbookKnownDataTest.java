package dev.nbexport.core.known;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.fixtures.HostileWorkbooks;
import dev.nbexport.fixtures.LargeWorkbooks;
import dev.nbexport.fixtures.WorkbookWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Excel workbooks are known data as CSV files are: each sheet a table, each column judged alike, hostile ones passed over. */
class WorkbookKnownDataTest {

    @TempDir
    Path folder;

    /** The customers of {@link Customers#csv} as Excel holds them: ids and amounts numbers, the rest text. */
    static List<List<Object>> customerRows(int n) {
        List<List<Object>> rows = new ArrayList<>();
        for (String line : Customers.csv(n).split("\n")) {
            List<Object> row = new ArrayList<>(Arrays.asList((Object[]) line.split(",")));
            if (!rows.isEmpty()) {
                row.set(0, Integer.parseInt(line.split(",")[0]));
                row.set(7, Double.parseDouble(line.split(",")[7]));
            }
            rows.add(row);
        }
        return rows;
    }

    private KnownValues read(String name, byte[] workbook) throws Exception {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, workbook);
        return KnownDataReader.read(List.of(new KnownDataReader.Source(file, name)));
    }

    private static List<List<Object>> rows(List<?>... rows) {
        List<List<Object>> all = new ArrayList<>();
        for (List<?> row : rows) {
            all.add(row == null ? null : new ArrayList<>(row));
        }
        return all;
    }

    @Test
    void aWorkbookKnowsWhatTheSameCsvKnowsAndNamesItsSheetAndColumn() throws Exception {
        KnownValues csv = Customers.known(folder, "customers.csv", Customers.csv(20));
        KnownValues workbook = read("data/customers.xlsx", new WorkbookWriter().sheet("Customers", customerRows(20)).bytes());
        assertEquals(80, csv.size());
        assertEquals(csv.size(), workbook.size());
        assertEquals("known data: 80 values from 1 file", workbook.summary());
        String notes = "The failed batch affected Amara Adeyemi,\nBJORN   LINDGREN and chiara bianchi (bjorn.lindgren@example.org).";
        KnownMatch match = workbook.find(notes);
        assertNotNull(match);
        assertEquals(csv.find(notes).values(), match.values());
        assertEquals("4 values of data/customers.xlsx (sheet Customers, columns name, email) appear here", match.what());
        assertNull(workbook.find("Offices in New York and San Francisco; segment premium, 1012.5 EUR; id 100231"));
    }

    @Test
    void sharedInlineRichAndNumberCellsAreRead() throws Exception {
        List<List<Object>> rows = rows(List.of("id", "name"));
        for (int i = 0; i < 12; i++) {
            Object id = i == 0 ? WorkbookWriter.number("1.0023456E7") : i == 1 ? WorkbookWriter.number("10023463.0") : 10023456 + 7 * i;
            Object name = i == 0 ? WorkbookWriter.rich("Amara ", "Adeyemi") : i == 1 ? WorkbookWriter.inline("Bjorn Lindgren")
                    : Customers.name(i);
            rows.add(new ArrayList<>(List.of(id, name)));
        }
        KnownValues known = read("crm.xlsx", new WorkbookWriter().sheet("Sheet1", rows).bytes());
        assertEquals(24, known.size());
        assertEquals("2 values of crm.xlsx (sheet Sheet1, column name) appear here",
                known.find("Amara Adeyemi wrote to Bjorn Lindgren").what());
        assertEquals("2 values of crm.xlsx (sheet Sheet1, column id) appear here", known.find("ids 10023456 and 10023463").what());
    }

    @Test
    void skippedCellsAndRowsLeaveTheOthersInTheirColumns() throws Exception {
        List<List<Object>> rows = rows(null, null, List.of("id", "name", "email"));
        for (int i = 0; i < 20; i++) {
            rows.add(i % 3 == 0 ? null : Arrays.asList(null, i % 2 == 0 ? null : Customers.name(i), "person" + i + "@example.org"));
        }
        KnownValues known = read("gaps.xlsx", new WorkbookWriter().sheet("Sheet1", rows).bytes());
        assertEquals("1 value of gaps.xlsx (sheet Sheet1, column email) appears here", known.find("person7@example.org").what());
        assertNull(known.find(Customers.name(7)), "six names in a column are too few to judge it");
    }

    @Test
    void aCellOfAnyTypeWithoutAValueIsEmpty() throws Exception {
        StringBuilder sheet = new StringBuilder("<worksheet xmlns=\"" + WorkbookWriter.MAIN + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>name</t></is></c></row>");
        for (int i = 0; i < 12; i++) {
            sheet.append("<row r=\"").append(i + 2).append("\"><c r=\"A").append(i + 2).append("\" t=\"inlineStr\"><is><t>")
                    .append(Customers.name(i)).append("</t></is></c><c r=\"B").append(i + 2).append("\" t=\"s\"/><c r=\"C")
                    .append(i + 2).append("\" t=\"s\"><v></v></c></row>");
        }
        sheet.append("</sheetData></worksheet>");
        KnownValues known = read("empty.xlsx", HostileWorkbooks.customers().part("xl/worksheets/sheet1.xml", sheet.toString()).bytes());
        assertEquals("known data: 12 values from 1 file", known.summary());
    }

    @Test
    void aSheetOrColumnIsNamedOnlyWhenItsNameIsOneWord() throws Exception {
        List<List<Object>> rows = customerRows(20);
        rows.get(0).set(1, "Full Name");
        KnownValues known = read("crm.xlsx", new WorkbookWriter().sheet("Leads", customerRows(12)).sheet("Ann Lee", rows).bytes());
        assertEquals("1 value of crm.xlsx (sheet 2, column 2) appears here", known.find("Call Mehmet Yilmaz").what());
        assertEquals("1 value of crm.xlsx (sheet Leads, column name) appears here", known.find("Call Amara Adeyemi").what());
    }

    @Test
    void datesAndAmountsStoredAsNumbersAreNoKnownValues() throws Exception {
        List<List<Object>> rows = rows(List.of("signup", "amount", "score"));
        for (int i = 0; i < 20; i++) {
            rows.add(new ArrayList<>(List.of(45000 + i, 1000 + 12.5 * i + 0.25, 0.5 + i)));
        }
        assertTrue(read("numbers.xlsx", new WorkbookWriter().sheet("Sheet1", rows).bytes()).isEmpty());
    }

    @Test
    void hostileWorkbooksArePassedOverNamedWhileTheRunGoesOn() throws Exception {
        Map<String, String> reasons = Map.ofEntries(
                Map.entry("bomb", "a part expanding more than 200 times (a zip bomb)"),
                Map.entry("external entity", "a DTD or entity in a part (never expanded)"),
                Map.entry("external DTD", "a DTD or entity in a part (never expanded)"),
                Map.entry("billion laughs", "a DTD or entity in a part (never expanded)"),
                Map.entry("shared string index out of range", "a shared string index out of range"),
                Map.entry("column XFE", "a cell reference beyond Excel's 16,384 columns and 1,048,576 rows"),
                Map.entry("row 1048577", "a cell reference beyond Excel's 16,384 columns and 1,048,576 rows"),
                Map.entry("missing sheet part", "a missing part"),
                Map.entry("missing workbook part", "a missing part"),
                Map.entry("password-protected", "an encrypted or legacy (.xls) Excel file; save it unprotected as .xlsx"),
                Map.entry("an attribute of 8 MB", "a value or name longer than 1 MB (a cell holds 32,767 characters)"),
                Map.entry("an end record understating its parts", "more than 10,000 parts"));
        Path customers = Customers.write(folder, "customers.csv", Customers.csv(20));
        for (Map.Entry<String, byte[]> hostile : HostileWorkbooks.all().entrySet()) {
            Path file = folder.resolve("hostile.xlsx");
            Files.write(file, hostile.getValue());
            KnownValues known = KnownDataReader.read(List.of(new KnownDataReader.Source(file, "hostile.xlsx"),
                    new KnownDataReader.Source(customers, "customers.csv")));
            assertEquals("known data: 80 values from 2 files (hostile.xlsx not read: " + reasons.get(hostile.getKey()) + ")",
                    known.summary(), hostile.getKey());
        }
    }

    @Test
    void anEntityIsNeverReadFromTheFileItNames() throws Exception {
        Path secret = Customers.write(folder, "secret.txt", "Amara Adeyemi");
        KnownValues known = read("x.xlsx", HostileWorkbooks.externalEntity(secret.toUri().toString()));
        assertTrue(known.isEmpty());
        assertFalse(known.summary().contains("Amara"));
    }

    @Test
    @Timeout(60)
    void aDtdOrEntityIsNeverFetchedFromTheAddressItNames() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // Each connection is counted, then closed at once: a reader that fetched would fail, not hang.
            AtomicInteger connections = new AtomicInteger();
            Thread accepting = new Thread(() -> {
                while (true) {
                    try (Socket ignored = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            String address = "http://127.0.0.1:" + server.getLocalPort() + "/x";
            assertTrue(read("dtd.xlsx", HostileWorkbooks.externalDtd(address)).isEmpty());
            assertTrue(read("entity.xlsx", HostileWorkbooks.externalEntity(address)).isEmpty());
            assertEquals(0, connections.get(), "the reader connected to " + address);
        }
    }

    @Test
    void aLegacyWorkbookAndAWorkbookThatIsNoneAreNamedAsNotRead() throws Exception {
        assertEquals("known data: 0 values from 1 file (old.xls not read: an encrypted or legacy (.xls) Excel file;"
                + " save it unprotected as .xlsx)", read("old.xls", HostileWorkbooks.encrypted()).summary());
        assertEquals("known data: 0 values from 1 file (renamed.xlsx not read: not an Excel workbook)",
                read("renamed.xlsx", Customers.csv(20).getBytes()).summary());
        assertEquals("known data: 0 values from 1 file (archive.dat not read: a missing part)",
                read("archive.dat", HostileWorkbooks.customers().without("xl/_rels/workbook.xml.rels").bytes()).summary());
    }

    @Test
    void aWorkbookIsReadToItsBoundOfBytes() throws Exception {
        List<List<Object>> rows = rows(List.of("name"));
        for (int i = 0; i < 2000; i++) {
            rows.add(new ArrayList<>(List.of(WorkbookWriter.inline("Person Number" + i))));
        }
        Path file = new WorkbookWriter().sheet("Sheet1", rows).write(folder.resolve("big.xlsx"));
        FileTables read = WorkbookReader.read(file, 20_000, KnownDataReader.MAX_CELLS_PER_FILE);
        assertTrue(read.bytesCut());
        int cells = read.tables().get(0).cells();
        assertTrue(cells > 100 && cells < 1000, "cells: " + cells);
    }

    @Test
    void sharedStringsTakeTheirShareOfTheBytesAndLeaveTheSheetsTheRest() throws Exception {
        // 4,000 customers: 0.9 MB of shared strings, 0.8 MB of sheet, read to 600 kB: about a third of each.
        Path file = LargeWorkbooks.customers(4000).write(folder.resolve("big.xlsx"));
        FileTables read = WorkbookReader.read(file, 600_000, KnownDataReader.MAX_CELLS_PER_FILE);
        assertTrue(read.bytesCut());
        TableColumns table = read.tables().get(0);
        assertTrue(table.cells() > 5 * 1000 && table.cells() < 5 * 2000, "cells: " + table.cells());
        assertTrue(knows(table, 1, LargeWorkbooks.name(900)));
        assertTrue(knows(table, 0, String.valueOf(LargeWorkbooks.id(900))));
        assertFalse(knows(table, 1, LargeWorkbooks.name(3000)));
    }

    @Test
    void aCellNamingASharedStringPastThoseReadIsEmptyNotOutOfRange() throws Exception {
        // 100 kB of strings no cell names, then the customers' names: the strings' share ends before the names.
        StringBuilder strings = new StringBuilder("<sst xmlns=\"" + WorkbookWriter.MAIN + "\">");
        strings.append("<si><t>unused filler text</t></si>".repeat(3000));
        StringBuilder sheet = new StringBuilder("<worksheet xmlns=\"" + WorkbookWriter.MAIN + "\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>name</t></is></c></row>");
        for (int i = 0; i < 20; i++) {
            strings.append("<si><t>").append(Customers.name(i)).append("</t></si>");
            sheet.append("<row r=\"").append(i + 2).append("\"><c r=\"A").append(i + 2).append("\"><v>").append(10023456 + i)
                    .append("</v></c><c r=\"B").append(i + 2).append("\" t=\"s\"><v>").append(3000 + i).append("</v></c></row>");
        }
        Path file = HostileWorkbooks.customers().part("xl/sharedStrings.xml", strings.append("</sst>").toString())
                .part("xl/worksheets/sheet1.xml", sheet.append("</sheetData></worksheet>").toString())
                .write(folder.resolve("filler.xlsx"));
        FileTables read = WorkbookReader.read(file, 80_000, KnownDataReader.MAX_CELLS_PER_FILE);
        assertTrue(read.bytesCut());
        TableColumns table = read.tables().get(0);
        assertEquals(List.of("id", "name"), table.header());
        assertEquals(1, table.columns().size(), "the names, whose strings were not read, are empty");
        assertTrue(knows(table, 0, "10023460"), "the ids beside them are read");
        assertEquals("known data: 40 values from 1 file",
                KnownDataReader.read(List.of(new KnownDataReader.Source(file, "filler.xlsx"))).summary(), "read whole");
    }

    /** Whether a column of a table read knows {@code value}. */
    private static boolean knows(TableColumns table, int column, String value) {
        ColumnValues values = table.columns().get(column);
        assertTrue(values.identifies());
        long[] known = values.known();
        for (int i = 0; i < known.length; i += 2) {
            if (known[i] == ValueShape.of(value).matchHash()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theSharedStringsShareIsInProportionToTheClaimedSizes() {
        assertEquals(64, WorkbookReader.sharedStringsShare(64, 30, 30), "all is read: the strings may take all");
        assertEquals(40, WorkbookReader.sharedStringsShare(64, 100, 60));
        assertEquals(16, WorkbookReader.sharedStringsShare(64, 25, 75));
        assertEquals(10, WorkbookReader.sharedStringsShare(64, 10, 1000), "a small table of strings, whole");
        assertEquals(16, WorkbookReader.sharedStringsShare(64, 20, 1000), "up to a quarter");
        assertEquals(32, WorkbookReader.sharedStringsShare(64, -1, 75), "a size not claimed: half");
        assertEquals(32, WorkbookReader.sharedStringsShare(64, 100, -1));
    }

    @Test
    void aWorkbookIsReadToItsBoundOfValuesOverItsSheets() throws Exception {
        Path file = new WorkbookWriter().sheet("A", customerRows(20)).sheet("B", customerRows(20)).sheet("C", customerRows(20))
                .write(folder.resolve("crm.xlsx"));
        FileTables read = WorkbookReader.read(file, KnownDataReader.MAX_BYTES_PER_FILE, 250);
        assertTrue(read.valuesCut());
        assertFalse(read.bytesCut());
        assertEquals(List.of("A", "B"), read.tables().stream().map(TableColumns::sheet).toList());
        assertFalse(WorkbookReader.read(file, KnownDataReader.MAX_BYTES_PER_FILE, 600).valuesCut());
    }

    @Test
    void aFolderNamesItsWorkbooksAsData() throws Exception {
        new WorkbookWriter().sheet("Customers", customerRows(20)).write(folder.resolve("crm/customers.xlsx"));
        new WorkbookWriter().sheet("Customers", customerRows(20)).write(folder.resolve("crm/macros.XLSM"));
        Files.write(folder.resolve("crm/old.xls"), HostileWorkbooks.encrypted());
        Files.writeString(folder.resolve("crm/notes.docx"), "x");
        List<KnownDataReader.Source> sources = KnownDataReader.sourcesOf(folder.resolve("crm"));
        assertEquals(List.of("customers.xlsx", "macros.XLSM", "old.xls"),
                sources.stream().map(source -> source.file().getFileName().toString()).toList());
        assertEquals("known data: 80 values from 3 files (" + folder.resolve("crm/old.xls")
                + " not read: an encrypted or legacy (.xls) Excel file; save it unprotected as .xlsx)",
                KnownDataReader.read(sources).summary());
    }

    @Test
    void aRelationshipsTargetIsAPartOfTheZip() {
        assertEquals("xl/worksheets/sheet1.xml", WorkbookReader.partOf("worksheets/sheet1.xml"));
        assertEquals("xl/worksheets/sheet1.xml", WorkbookReader.partOf("/xl/worksheets/sheet1.xml"));
        assertEquals("xl/sharedStrings.xml", WorkbookReader.partOf("./worksheets/../sharedStrings.xml"));
        assertEquals("", WorkbookReader.partOf("../../../etc/passwd"));
    }
}
