package dev.nbexport.core.known;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The rows of a worksheet part ({@code xl/worksheets/sheet1.xml}) as cells by column, read as they
 * are parsed: {@code <row><c r="B7" t="s"><v>12</v></c>}, a cell of type {@code s} naming a shared
 * string, {@code inlineStr} holding its text in {@code <is>}, {@code str} a formula's text result,
 * none or {@code n} a number ({@link ExcelNumber}); booleans and errors are no values. A skipped cell
 * is empty, a row without a value is passed over (so the first row holding one is the header), and
 * columns past {@link DelimitedReader#MAX_COLUMNS} are not read, as in a delimited file.
 */
final class SheetRows implements Rows {

    private final XMLStreamReader xml;
    private final WorkbookZip zip;
    private final SharedStrings strings;
    private final WorkbookXml.Text text = new WorkbookXml.Text(DelimitedReader.MAX_FIELD);
    private boolean ended;

    SheetRows(XMLStreamReader xml, WorkbookZip zip, SharedStrings strings) {
        this.xml = xml;
        this.zip = zip;
        this.strings = strings;
    }

    @Override
    public List<String> next() throws IOException {
        try {
            List<String> row;
            do {
                row = nextRow();
            } while (row != null && row.isEmpty());
            return row;
        } catch (XMLStreamException e) {
            WorkbookReader.endOrFail(zip);
            ended = true;
            return null;
        }
    }

    /** The next row's cells up to its last value (none for a row without one), or null after the last row. */
    private List<String> nextRow() throws XMLStreamException, UnreadableWorkbook {
        List<String> cells = null;
        int column = 0;
        String type = null;
        boolean inInline = false;
        int phonetic = 0;
        boolean collecting = false;
        while (!ended) {
            int event = WorkbookXml.next(xml);
            if (event == XMLStreamConstants.END_DOCUMENT) {
                ended = true;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> {
                        String number = WorkbookXml.attribute(xml, "r");
                        if (number != null) {
                            CellReference.row(number);
                        }
                        cells = new ArrayList<>();
                        column = 0;
                    }
                    case "c" -> {
                        String reference = WorkbookXml.attribute(xml, "r");
                        column = reference == null ? column : CellReference.column(reference);
                        type = WorkbookXml.attribute(xml, "t");
                        text.take();
                    }
                    case "v" -> collecting = !inInline;
                    case "t" -> collecting = inInline && phonetic == 0;
                    case "is" -> inInline = true;
                    case "rPh" -> phonetic++;
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v", "t" -> collecting = false;
                    case "is" -> inInline = false;
                    case "rPh" -> phonetic--;
                    case "c" -> {
                        if (cells != null) {
                            put(cells, column, value(type, text.take()));
                        }
                        column++;
                    }
                    case "row" -> {
                        return cells == null ? Collections.emptyList() : cells;
                    }
                    default -> {
                    }
                }
            } else if (collecting && isText(event)) {
                text.append(xml);
            }
        }
        return null;
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE;
    }

    private String value(String type, String stored) throws UnreadableWorkbook {
        if (stored.isEmpty()) {
            return "";
        }
        if (type == null || type.equals("n")) {
            return ExcelNumber.plain(stored);
        }
        return switch (type) {
            case "s" -> strings.get(stored);
            case "inlineStr", "str", "d" -> stored;
            default -> "";
        };
    }

    private static void put(List<String> cells, int column, String value) {
        if (column >= DelimitedReader.MAX_COLUMNS || value.isEmpty()) {
            return;
        }
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, value);
    }
}
