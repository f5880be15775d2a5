package dev.nbexport.core.known;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an Office Open XML workbook ({@code .xlsx}, {@code .xlsm}) as tables of known data, one a
 * worksheet, in the order {@code xl/workbook.xml} lists them (chart sheets have no cells). Each
 * sheet's first row holding a value is its header. The zip and its XML are read as hostile
 * ({@link WorkbookZip}, {@link WorkbookXml}); a missing part, a DTD, a cell beyond Excel's bounds or a
 * shared string index out of range makes the whole workbook unreadable ({@link UnreadableWorkbook}).
 */
final class WorkbookReader {

    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String RELATIONSHIPS = "xl/_rels/workbook.xml.rels";
    private static final String SHARED_STRINGS = "sharedStrings";
    private static final String WORKSHEET = "worksheet";
    private static final String MISSING_PART = "a missing part";
    /** The parts that only name others are small: a larger one is no workbook's. */
    private static final long MAX_INDEX_PART_BYTES = 1L << 20;

    /** A worksheet: its name as findings show it, and its part. */
    private record Sheet(String name, String part) {
    }

    private WorkbookReader() {
    }

    /** The workbook's sheets, at most {@code maxBytes} of its parts expanded and about {@code maxCells} values in all. */
    static FileTables read(Path file, long maxBytes, int maxCells) throws IOException {
        try (WorkbookZip zip = new WorkbookZip(file, maxBytes)) {
            return read(zip, maxCells);
        }
    }

    /** The workbook's sheets, about {@code maxCells} values in all. */
    static FileTables read(WorkbookZip zip, int maxCells) throws IOException {
        WorkbookXml parser = new WorkbookXml();
        Map<String, String> targets = new HashMap<>();
        String sharedStringsPart = relationships(parser, zip, targets);
        List<Sheet> sheets = sheets(parser, zip, targets);
        SharedStrings strings = SharedStrings.NONE;
        if (sharedStringsPart != null) {
            long share = sharedStringsShare(zip.bytesLeft(), zip.claimedSize(sharedStringsPart), claimedSize(zip, sheets));
            try (InputStream in = required(zip, sharedStringsPart, Long.MAX_VALUE, share)) {
                strings = SharedStrings.read(parser, zip, in, maxCells);
            }
        }
        List<TableColumns> tables = new ArrayList<>();
        int cells = 0;
        boolean valuesCut = false;
        for (Sheet sheet : sheets) {
            if (cells >= maxCells) {
                valuesCut = true;
                break;
            }
            try (InputStream in = required(zip, sheet.part(), Long.MAX_VALUE)) {
                TableColumns table = TableColumns.read(sheet.name(), new SheetRows(open(parser, zip, in), zip, strings),
                        maxCells - cells);
                if (table != null) {
                    tables.add(table);
                    cells += table.cells();
                    valuesCut |= table.cut();
                }
            }
        }
        return new FileTables(tables, zip.truncated(), valuesCut);
    }

    /**
     * The bytes of the {@code left} the shared strings may take, read before the sheets whose cells name
     * them: when the parts' claimed sizes say that not all will be read, a share in proportion to their
     * sizes, so that as much of the strings as of the sheets is read (the strings are numbered as the
     * sheets first use them), but a table of strings up to a quarter of the bytes whole (a few names
     * that every row uses); half when a size is not claimed. The claims only share out the bytes: the
     * workbook's own bound holds whatever they say.
     */
    static long sharedStringsShare(long left, long stringsClaimed, long sheetsClaimed) {
        if (stringsClaimed < 0 || sheetsClaimed < 0) {
            return left / 2;
        }
        if (stringsClaimed + sheetsClaimed <= left) {
            return left;
        }
        long proportional = (long) ((double) left * stringsClaimed / (stringsClaimed + sheetsClaimed));
        return Math.max(proportional, Math.min(stringsClaimed, left / 4));
    }

    /** The sizes the zip claims for these sheets together, or -1 when one is not claimed. */
    private static long claimedSize(WorkbookZip zip, List<Sheet> sheets) {
        long total = 0;
        for (Sheet sheet : sheets) {
            long size = zip.claimedSize(sheet.part());
            if (size < 0) {
                return -1;
            }
            total += size;
        }
        return total;
    }

    /**
     * Ends a part's reading where the workbook's bytes ran out; otherwise fails with what the zip
     * found, or as malformed XML. Never returns normally but for the end.
     */
    static void endOrFail(WorkbookZip zip) throws UnreadableWorkbook {
        if (zip.failure() != null || !zip.truncated()) {
            throw failure(zip);
        }
    }

    /** Why a part's XML could not be read: what the zip found, or else the XML itself. */
    private static UnreadableWorkbook failure(WorkbookZip zip) {
        return zip.failure() != null ? zip.failure() : new UnreadableWorkbook("malformed XML in a part");
    }

    /**
     * Fills {@code targets} with each relationship's part by its id, null for one not a worksheet's;
     * returns the shared strings' part, if any.
     */
    private static String relationships(WorkbookXml parser, WorkbookZip zip, Map<String, String> targets) throws IOException {
        String sharedStrings = null;
        try (InputStream in = required(zip, RELATIONSHIPS, MAX_INDEX_PART_BYTES)) {
            XMLStreamReader xml = open(parser, zip, in);
            for (int event = xml.getEventType(); event != XMLStreamConstants.END_DOCUMENT; event = WorkbookXml.next(xml)) {
                if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("Relationship")) {
                    continue;
                }
                String id = WorkbookXml.attribute(xml, "Id");
                String type = WorkbookXml.attribute(xml, "Type");
                String target = WorkbookXml.attribute(xml, "Target");
                if (id == null || type == null || target == null || "External".equals(WorkbookXml.attribute(xml, "TargetMode"))) {
                    continue;
                }
                boolean worksheet = type.endsWith("/" + WORKSHEET);
                targets.put(id, worksheet ? partOf(target) : null);
                if (type.endsWith("/" + SHARED_STRINGS)) {
                    sharedStrings = partOf(target);
                }
            }
        } catch (XMLStreamException e) {
            throw failure(zip);
        }
        return sharedStrings;
    }

    /**
     * The worksheets {@code xl/workbook.xml} lists, in its order; a sheet of another kind (a chart)
     * is passed over, one whose relationship is missing makes the workbook unreadable.
     */
    private static List<Sheet> sheets(WorkbookXml parser, WorkbookZip zip, Map<String, String> targets) throws IOException {
        List<Sheet> sheets = new ArrayList<>();
        int position = 0;
        try (InputStream in = required(zip, WORKBOOK, MAX_INDEX_PART_BYTES)) {
            XMLStreamReader xml = open(parser, zip, in);
            for (int event = xml.getEventType(); event != XMLStreamConstants.END_DOCUMENT; event = WorkbookXml.next(xml)) {
                if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("sheet")) {
                    continue;
                }
                position++;
                String id = WorkbookXml.namespacedAttribute(xml, "id");
                if (!targets.containsKey(id)) {
                    throw new UnreadableWorkbook(MISSING_PART);
                }
                String part = targets.get(id);
                if (part != null) {
                    String name = WorkbookXml.attribute(xml, "name");
                    sheets.add(new Sheet(KnownDataReader.shownName(name == null ? "" : name, String.valueOf(position)), part));
                }
            }
        } catch (XMLStreamException e) {
            throw failure(zip);
        }
        return sheets;
    }

    private static XMLStreamReader open(WorkbookXml parser, WorkbookZip zip, InputStream in) throws IOException {
        try {
            return parser.open(in);
        } catch (XMLStreamException e) {
            throw failure(zip);
        }
    }

    private static InputStream required(WorkbookZip zip, String part, long maxBytes) throws IOException {
        return required(zip, part, maxBytes, Long.MAX_VALUE);
    }

    private static InputStream required(WorkbookZip zip, String part, long maxBytes, long shareBytes) throws IOException {
        InputStream in = part == null ? null : zip.part(part, maxBytes, shareBytes);
        if (in == null) {
            throw new UnreadableWorkbook(MISSING_PART);
        }
        return in;
    }

    /**
     * The part a relationship's target names: relative to {@code xl/}, or from the root when it
     * starts with {@code /}; empty, which names no part, when {@code ..} climbs above the root.
     */
    static String partOf(String target) {
        List<String> path = new ArrayList<>();
        if (!target.startsWith("/")) {
            path.add("xl");
        }
        for (String segment : target.split("/")) {
            if (segment.equals("..")) {
                if (path.isEmpty()) {
                    return "";
                }
                path.remove(path.size() - 1);
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                path.add(segment);
            }
        }
        return String.join("/", path);
    }
}
