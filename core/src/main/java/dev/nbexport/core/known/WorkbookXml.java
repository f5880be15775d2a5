package dev.nbexport.core.known;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A workbook part's XML, read by the JDK's own StAX parser with DTDs and external entities off: a
 * part declaring a DTD is unreadable, so that no entity is ever expanded (a billion laughs) and no
 * file or address is ever opened (an external entity). Elements and attributes are matched by local
 * name, which Excel's, LibreOffice's and the strict schema's namespaces share.
 */
final class WorkbookXml {

    private final XMLInputFactory factory;

    WorkbookXml() {
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("no external resource is read");
        });
    }

    XMLStreamReader open(InputStream in) throws XMLStreamException {
        return factory.createXMLStreamReader(in);
    }

    /** The next event, refusing a DTD and an entity reference. */
    static int next(XMLStreamReader xml) throws XMLStreamException, UnreadableWorkbook {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new UnreadableWorkbook("a DTD or entity in a part (never expanded)");
        }
        return event;
    }

    /** The value of the attribute of this local name in no namespace, or null. */
    static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if ((namespace == null || namespace.isEmpty()) && xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The value of the attribute of this local name in some namespace ({@code r:id}), or null. */
    static String namespacedAttribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if (namespace != null && !namespace.isEmpty() && xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Text of at most {@code max} characters gathered from several events; a longer text is read as empty. */
    static final class Text {
        private final StringBuilder text = new StringBuilder();
        private final int max;
        private boolean tooLong;

        Text(int max) {
            this.max = max;
        }

        void append(XMLStreamReader xml) {
            int length = xml.getTextLength();
            if (tooLong || text.length() + length > max) {
                tooLong = true;
                return;
            }
            text.append(xml.getTextCharacters(), xml.getTextStart(), length);
        }

        /** Appends {@code c} {@code count} times. */
        void append(char c, long count) {
            if (tooLong || text.length() + count > max) {
                tooLong = true;
                return;
            }
            for (long i = 0; i < count; i++) {
                text.append(c);
            }
        }

        /** The text gathered since the last call, and starts anew. */
        String take() {
            String value = tooLong ? "" : text.toString();
            text.setLength(0);
            tooLong = false;
            return value;
        }
    }
}
