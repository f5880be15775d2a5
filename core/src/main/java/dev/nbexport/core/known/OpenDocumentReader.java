package dev.nbexport.core.known;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OpenDocument spreadsheet ({@code .ods}, LibreOffice's) as tables of known data, one a
 * {@code <table:table>} of its {@code content.xml}, in their order, each read by
 * {@link OpenDocumentRows}. The zip and its XML are read as a workbook's are ({@link WorkbookZip},
 * {@link WorkbookXml}); a spreadsheet encrypted by a password, one of more than
 * {@link #MAX_TABLES} tables, a DTD or a missing {@code content.xml} makes it unreadable.
 */
final class OpenDocumentReader {

    /** LibreOffice's most sheets, as a workbook's most parts: each table read costs its columns' memory. */
    static final int MAX_TABLES = 10_000;
    private static final String MIMETYPE = "mimetype";
    private static final String SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String CONTENT = "content.xml";
    private static final String MANIFEST = "META-INF/manifest.xml";
    /** The parts that only describe the others are small: a larger one is no spreadsheet's. */
    private static final long MAX_INDEX_PART_BYTES = 1L << 20;

    private OpenDocumentReader() {
    }

    /**
     * Whether the zip is an OpenDocument file, by its {@code mimetype} part; one that is not a
     * spreadsheet (a text, a drawing) is unreadable.
     */
    static boolean isOpenDocument(WorkbookZip zip) throws IOException {
        try (InputStream in = zip.part(MIMETYPE, MAX_INDEX_PART_BYTES)) {
            if (in == null) {
                return false;
            }
            String type = new String(in.readNBytes(128), StandardCharsets.US_ASCII).strip().toLowerCase(Locale.ROOT);
            if (!type.equals(SPREADSHEET) && !type.equals(SPREADSHEET + "-template")) {
                throw new UnreadableWorkbook("an OpenDocument file that is not a spreadsheet");
            }
            return true;
        }
    }

    /** The spreadsheet's tables, about {@code maxCells} values in all. */
    static FileTables read(WorkbookZip zip, int maxCells) throws IOException {
        WorkbookXml parser = new WorkbookXml();
        refuseEncrypted(parser, zip);
        OpenDocumentRows.Budget budget = new OpenDocumentRows.Budget(maxCells);
        List<TableColumns> tables = new ArrayList<>();
        int cells = 0;
        boolean valuesCut = false;
        try (InputStream in = zip.part(CONTENT, Long.MAX_VALUE)) {
            if (in == null) {
                throw new UnreadableWorkbook("a missing part");
            }
            XMLStreamReader xml = parser.open(in);
            int position = 0;
            for (int event = xml.getEventType(); event != XMLStreamConstants.END_DOCUMENT; event = WorkbookXml.next(xml)) {
                if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("table")) {
                    continue;
                }
                if (++position > MAX_TABLES) {
                    throw new UnreadableWorkbook(String.format(Locale.ROOT, "more than %,d sheets", MAX_TABLES));
                }
                if (cells >= maxCells) {
                    valuesCut = true;
                    break;
                }
                String name = WorkbookXml.namespacedAttribute(xml, "name");
                OpenDocumentRows rows = new OpenDocumentRows(xml, zip, budget);
                TableColumns table = TableColumns.read(KnownDataReader.shownName(name == null ? "" : name,
                        String.valueOf(position)), rows, maxCells - cells);
                if (table != null) {
                    tables.add(table);
                    cells += table.cells();
                    valuesCut |= table.cut();
                }
                if (budget.spent()) {
                    valuesCut = true;
                }
                if (!rows.tableEnded()) {
                    break; // left at a bound of values, or at the end of the bytes read
                }
            }
        } catch (XMLStreamException e) {
            WorkbookReader.endOrFail(zip);
        }
        return new FileTables(tables, zip.truncated(), valuesCut);
    }

    /** Refuses a spreadsheet whose manifest says its parts are encrypted: they read as noise. */
    private static void refuseEncrypted(WorkbookXml parser, WorkbookZip zip) throws IOException {
        try (InputStream in = zip.part(MANIFEST, MAX_INDEX_PART_BYTES)) {
            if (in == null) {
                return;
            }
            XMLStreamReader xml = parser.open(in);
            for (int event = xml.getEventType(); event != XMLStreamConstants.END_DOCUMENT; event = WorkbookXml.next(xml)) {
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("encryption-data")) {
                    throw new UnreadableWorkbook("an encrypted spreadsheet; save it without a password");
                }
            }
        } catch (XMLStreamException e) {
            WorkbookReader.endOrFail(zip);
        }
    }
}
