package dev.nbexport.core.known;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A spreadsheet against its sheets' cells as a real reader shows them, one CSV file a sheet. */
final class SheetsAsCsv {

    private SheetsAsCsv() {
    }

    /**
     * Asserts the spreadsheet, read as {@code name}, knows what its sheets' CSV files know, cell by cell
     * and column by column; returns the spreadsheet's known values.
     */
    static KnownValues assertSameKnownData(Path spreadsheet, String name, List<Path> csvSheets, List<String> sheetNames)
            throws Exception {
        assertEquals(sheetNames.size(), csvSheets.size());
        KnownValues read = KnownDataReader.read(List.of(new KnownDataReader.Source(spreadsheet, name)));
        int values = 0;
        int cellsFound = 0;
        for (int s = 0; s < sheetNames.size(); s++) {
            Path csv = csvSheets.get(s);
            KnownValues sheet = KnownDataReader.read(List.of(new KnownDataReader.Source(csv, name)));
            values += sheet.size();
            for (String cell : cells(csv)) {
                KnownMatch inCsv = sheet.find(cell);
                KnownMatch inSpreadsheet = read.find(cell);
                if (inCsv == null) {
                    assertNull(inSpreadsheet, "sheet " + sheetNames.get(s) + ": a value the CSV does not know");
                    continue;
                }
                assertNotNull(inSpreadsheet, "sheet " + sheetNames.get(s) + ": a value the CSV knows");
                cellsFound++;
                assertEquals(inCsv.values(), inSpreadsheet.values());
                for (KnownValues.Origin origin : inSpreadsheet.origins()) {
                    assertEquals(sheetNames.get(s), origin.sheet());
                }
                assertEquals(inCsv.origins().stream().map(KnownValues.Origin::column).toList(),
                        inSpreadsheet.origins().stream().map(KnownValues.Origin::column).toList());
            }
        }
        assertEquals(values, read.size());
        assertTrue(cellsFound >= 20, "cells found: " + cellsFound);
        return read;
    }

    private static List<String> cells(Path csv) throws Exception {
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(csv); DelimitedReader reader = new DelimitedReader(in, 1 << 20)) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                cells.addAll(row.stream().filter(cell -> !cell.isBlank()).toList());
            }
        }
        return cells;
    }
}
