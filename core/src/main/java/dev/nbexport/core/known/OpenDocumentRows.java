package dev.nbexport.core.known;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The rows of one table of an OpenDocument spreadsheet's {@code content.xml}, read as they are
 * parsed: {@code <table:table-row><table:table-cell office:value-type="string"><text:p>…}. A string
 * cell's value is its paragraphs' text (joined by line breaks, a note's text left out), a number's
 * ({@code float}, {@code percentage}, {@code currency}) its stored {@code office:value} as
 * {@link ExcelNumber} writes it, a date's its stored date; booleans and times are no values, a cell
 * without a type is read by its text. A repeated cell or row ({@code table:number-columns-repeated},
 * {@code table:number-rows-repeated}) counts as that many, but empty padding is passed over, never
 * laid out, and a repeated value is laid out only within the columns read and while {@code budget}
 * lasts: a hostile count of 2^31 costs no more than the values it would give.
 */
final class OpenDocumentRows implements Rows {

    /** The copies of non-empty cells a file's repeats may lay out, past the first of each: as many as the values read of it. */
    static final class Budget {
        private long left;
        private boolean spent;

        Budget(long cells) {
            this.left = cells;
        }

        /** Whether rows were left unread because the budget ran out. */
        boolean spent() {
            return spent;
        }
    }

    private static final int MAX_REPEAT_DIGITS = 9;
    /** Characters a paragraph's spaces ({@code <text:s text:c="3"/>}) may add: more makes a field too long anyhow. */
    private static final int MAX_SPACES = DelimitedReader.MAX_FIELD + 1;

    private final XMLStreamReader xml;
    private final WorkbookZip zip;
    private final Budget budget;
    private final WorkbookXml.Text text = new WorkbookXml.Text(DelimitedReader.MAX_FIELD);
    private List<String> repeatedRow;
    /** The values of the repeated row, each copy's cost. */
    private long repeatedRowValues;
    private long repeatsLeft;
    /** Copies of a value the last row's repeated cells laid out, past the first of each. */
    private long rowCopies;
    private boolean ended;
    private boolean tableEnded;

    OpenDocumentRows(XMLStreamReader xml, WorkbookZip zip, Budget budget) {
        this.xml = xml;
        this.zip = zip;
        this.budget = budget;
    }

    /** Whether the table's end was reached: its rows were all read, and what follows it may be. */
    boolean tableEnded() {
        return tableEnded;
    }

    @Override
    public List<String> next() throws IOException {
        if (budget.spent) {
            return null;
        }
        try {
            if (repeatsLeft > 0) {
                repeatsLeft--;
                return spend(repeatedRow, repeatedRowValues);
            }
            List<String> row;
            do {
                row = nextRow();
            } while (row != null && row.isEmpty());
            repeatedRow = repeatsLeft > 0 ? row : null;
            repeatedRowValues = repeatedRow == null ? 0 : repeatedRow.stream().filter(cell -> !cell.isEmpty()).count();
            return row == null ? null : spend(row, rowCopies);
        } catch (XMLStreamException e) {
            WorkbookReader.endOrFail(zip);
            ended = true;
            return null;
        }
    }

    /** The row, its {@code copies} counted against the budget; null, ending the table, once the budget is spent. */
    private List<String> spend(List<String> row, long copies) {
        if (copies > budget.left) {
            budget.spent = true;
            repeatsLeft = 0;
            return null;
        }
        budget.left -= copies;
        return row;
    }

    /**
     * The next row's cells up to its last value (none for a row without one), setting how often it
     * repeats after this once; null after the table's last row.
     */
    private List<String> nextRow() throws XMLStreamException, UnreadableWorkbook {
        List<String> cells = null;
        long rowRepeats = 1;
        long column = 0;
        long columnRepeats = 1;
        String type = null;
        String stored = null;
        boolean inCell = false;
        int paragraphs = 0;
        int paragraphDepth = 0;
        int notes = 0;
        int depth = 0;
        while (!ended) {
            int event = WorkbookXml.next(xml);
            if (event == XMLStreamConstants.END_DOCUMENT) {
                ended = true;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                switch (xml.getLocalName()) {
                    case "table" -> {
                        // A table inside a cell (a frame's) is no row of this one: passed over whole.
                        skipElement();
                        depth--;
                    }
                    case "table-row" -> {
                        rowRepeats = repeats(xml, "number-rows-repeated");
                        cells = new ArrayList<>();
                        column = 0;
                        rowCopies = 0;
                    }
                    case "table-cell", "covered-table-cell" -> {
                        columnRepeats = repeats(xml, "number-columns-repeated");
                        type = WorkbookXml.namespacedAttribute(xml, "value-type");
                        stored = storedValue(type);
                        inCell = true;
                        paragraphs = 0;
                        text.take();
                    }
                    case "annotation" -> notes++;
                    case "p", "h" -> {
                        if (inCell && notes == 0 && paragraphDepth == 0) {
                            if (paragraphs++ > 0) {
                                text.append('\n', 1);
                            }
                            paragraphDepth = depth;
                        }
                    }
                    case "s" -> {
                        if (paragraphDepth > 0 && notes == 0) {
                            String count = WorkbookXml.namespacedAttribute(xml, "c");
                            text.append(' ', count == null ? 1 : Math.min(repeatsOf(count), MAX_SPACES));
                        }
                    }
                    case "tab" -> appendInParagraph(notes, '\t');
                    case "line-break" -> appendInParagraph(notes, '\n');
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "table" -> {
                        ended = true;
                        tableEnded = true;
                        return null;
                    }
                    case "table-row" -> {
                        repeatsLeft = cells == null || cells.isEmpty() ? 0 : rowRepeats - 1;
                        return cells == null ? List.of() : cells;
                    }
                    case "table-cell", "covered-table-cell" -> {
                        if (cells != null) {
                            rowCopies += put(cells, column, columnRepeats, value(type, stored, text.take()));
                        }
                        column = Math.min(column + columnRepeats, Integer.MAX_VALUE);
                        inCell = false;
                    }
                    case "annotation" -> notes--;
                    default -> {
                    }
                }
                if (depth == paragraphDepth) {
                    paragraphDepth = 0;
                }
                depth--;
            } else if (paragraphDepth > 0 && notes == 0 && isText(event)) {
                text.append(xml);
            }
        }
        return null;
    }

    private void appendInParagraph(int notes, char c) {
        if (notes == 0) {
            text.append(c, 1);
        }
    }

    /** Reads past the element just started, to its end. */
    private void skipElement() throws XMLStreamException, UnreadableWorkbook {
        for (int depth = 1; depth > 0; ) {
            int event = WorkbookXml.next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                ended = true;
                return;
            }
        }
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE;
    }

    /** The value a cell's attributes store for its type: a number's or a date's; null for a string, read from its text. */
    private String storedValue(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "float", "percentage", "currency" -> ExcelNumber.plain(nonNull(WorkbookXml.namespacedAttribute(xml, "value")));
            case "date" -> nonNull(WorkbookXml.namespacedAttribute(xml, "date-value"));
            case "string" -> null;
            default -> "";
        };
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String value(String type, String stored, String text) {
        return stored != null ? stored : text;
    }

    /**
     * Lays a value out in its columns within those read (padding and columns past them cost nothing);
     * returns the copies laid out past the first.
     */
    private static long put(List<String> cells, long column, long repeats, String value) {
        if (value.isEmpty() || column >= DelimitedReader.MAX_COLUMNS) {
            return 0;
        }
        int end = (int) Math.min(column + repeats, DelimitedReader.MAX_COLUMNS);
        while (cells.size() < end) {
            cells.add("");
        }
        for (int i = (int) column; i < end; i++) {
            cells.set(i, value);
        }
        return end - column - 1;
    }

    /** A repeat count: 1 when absent; a count too large to matter is read as the largest {@code int}. */
    private static long repeats(XMLStreamReader xml, String attribute) throws UnreadableWorkbook {
        String count = WorkbookXml.namespacedAttribute(xml, attribute);
        return count == null ? 1 : repeatsOf(count);
    }

    private static long repeatsOf(String count) throws UnreadableWorkbook {
        String digits = count.strip();
        if (digits.isEmpty()) {
            throw notANumber();
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw notANumber();
            }
        }
        long repeats = digits.length() > MAX_REPEAT_DIGITS ? Integer.MAX_VALUE : Long.parseLong(digits);
        if (repeats < 1) {
            throw notANumber();
        }
        return Math.min(repeats, Integer.MAX_VALUE);
    }

    private static UnreadableWorkbook notANumber() {
        return new UnreadableWorkbook("a repeat count that is not a positive number");
    }
}
