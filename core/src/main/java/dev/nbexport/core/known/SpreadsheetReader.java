package dev.nbexport.core.known;

import java.io.IOException;
import java.nio.file.Path;

/** Reads a zipped spreadsheet as tables of known data: an OpenDocument one by its {@code mimetype}, else an Excel workbook. */
final class SpreadsheetReader {

    private SpreadsheetReader() {
    }

    /** The spreadsheet's sheets, at most {@code maxBytes} of its parts expanded and about {@code maxCells} values in all. */
    static FileTables read(Path file, long maxBytes, int maxCells) throws IOException {
        try (WorkbookZip zip = new WorkbookZip(file, maxBytes)) {
            return OpenDocumentReader.isOpenDocument(zip) ? OpenDocumentReader.read(zip, maxCells) : WorkbookReader.read(zip, maxCells);
        }
    }
}
