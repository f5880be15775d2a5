package dev.nbexport.core.known;

import java.io.InputStream;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A workbook's shared strings ({@code xl/sharedStrings.xml}), which cells of type {@code s} name by
 * index: each {@code <si>}'s text, plain ({@code <t>}) or rich ({@code <r><t>} runs joined), without
 * its phonetic guide ({@code <rPh>}). Bounded as a delimited file's fields are: a string longer than
 * {@link DelimitedReader#MAX_FIELD} is read as empty, strings past {@code max} are counted, not kept.
 * When the part's reading ended at its share of the workbook's bytes, the strings past those read are
 * unknown, and read as empty.
 */
final class SharedStrings {

    static final SharedStrings NONE = new SharedStrings(new String[0], 0, true);

    private final String[] strings;
    private final int count;
    /** Whether the part was read to its end, so that an index past its strings names none. */
    private final boolean whole;

    private SharedStrings(String[] strings, int count, boolean whole) {
        this.strings = strings;
        this.count = count;
        this.whole = whole;
    }

    /**
     * The string a cell's stored index ({@code 12}) names: empty past the strings kept or read; an index
     * past all the strings of a part read whole, or none, makes the workbook unreadable.
     */
    String get(String storedIndex) throws UnreadableWorkbook {
        int index;
        try {
            index = Integer.parseInt(storedIndex.strip());
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= count && whole) {
            throw new UnreadableWorkbook("a shared string index out of range");
        }
        return index < strings.length ? strings[index] : "";
    }

    static SharedStrings read(WorkbookXml parser, WorkbookZip zip, InputStream in, int max) throws UnreadableWorkbook {
        String[] strings = new String[16];
        int count = 0;
        WorkbookXml.Text text = new WorkbookXml.Text(DelimitedReader.MAX_FIELD);
        int phonetic = 0;
        boolean inText = false;
        boolean whole = true;
        try {
            XMLStreamReader xml = parser.open(in);
            for (int event = xml.getEventType(); event != XMLStreamConstants.END_DOCUMENT; event = WorkbookXml.next(xml)) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    phonetic += name.equals("rPh") ? 1 : 0;
                    inText = name.equals("t") && phonetic == 0;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    phonetic -= name.equals("rPh") ? 1 : 0;
                    inText = false;
                    if (name.equals("si")) {
                        String value = text.take();
                        if (count < max) {
                            strings = count == strings.length ? Arrays.copyOf(strings, count * 2) : strings;
                            strings[count] = value;
                        }
                        count++;
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(xml);
                }
            }
        } catch (XMLStreamException e) {
            WorkbookReader.endOrFail(zip);
            whole = false;
        }
        return new SharedStrings(Arrays.copyOf(strings, Math.min(count, max)), count, whole);
    }
}
