package dev.nbexport.core.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which source lists may be copied verbatim: exactly those Jupyter would write as they are. */
class CanonicalLinesTest {

    /** Where the list ends, read at a cell's source depth after two bytes it must not look at; -1 for none. */
    private static int end(String list) {
        return end(("xx" + list + ",").getBytes(StandardCharsets.UTF_8));
    }

    private static int end(byte[] bytes) {
        CanonicalLines.Span span = CanonicalLines.span(bytes, 2, VerbatimSource.LINE_DEPTH);
        return span == null ? -1 : span.end();
    }

    private static String list(String... items) {
        return items.length == 0 ? "[]" : "[\n    " + String.join(",\n    ", items) + "\n   ]";
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"x = 1\"",
            "\"import os\\n\", \"x = 1\"",
            "\"a\\n\", \"\\n\", \"b\\n\"",
            "\"windows\\r\\n\", \"mac\\r\", \"end\"",
            "\"tab\\there \\\"quoted\\\" back\\\\slash\\n\", \"\\u001b[31mred\\u0000\u007f\"",
            "\"caf\u00e9 \u4e2d\u6587 \ud83d\ude00 \u007f\\n\", \"last\"",
            "\"vertical\\u000b\", \"form\\f\", \"sep\\u001c\", \"next\u0085\", \"ls\u2028\", \"ps\u2029\"",
            "\"ends with a break\\n\"",
            "\"neighbours of the breaks: \u0084\u0086\u2027\u202a\u2192\u00e9\\n\", \"last\"",
    })
    void jupytersOwnListsAreRecognised(String items) {
        String list = list(items.split(", (?=\")"));
        assertEquals(2 + list.getBytes(StandardCharsets.UTF_8).length, end(list), list);
    }

    @Test
    void countsTheLineBreaksBeforeItsItemsAndItsBracket() {
        byte[] two = ("xx" + list("\"a\\n\"", "\"b\"") + ",").getBytes(StandardCharsets.UTF_8);
        assertEquals(3, CanonicalLines.span(two, 2, VerbatimSource.LINE_DEPTH).lineBreaks());
        byte[] none = ("xx" + list() + ",").getBytes(StandardCharsets.UTF_8);
        assertEquals(0, CanonicalLines.span(none, 2, VerbatimSource.LINE_DEPTH).lineBreaks());
    }

    @Test
    void anEmptyListIsRecognised() {
        assertEquals(4, end("[]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"a\\/b\"",                   // an escape Python does not write
            "\"\\u0041\"",                 // a letter escaped
            "\"\\u001B\"",                 // upper-case hex
            "\"\\u000a\"",                 // a control character that has a short escape
            "\"\\ud83d\\ude00\"",          // a pair escaped (Python writes it as UTF-8)
            "\"\"",                        // an empty line
            "\"a\", \"b\"",                // a line without its break before another
            "\"a\\nb\"",                   // a break inside a line
            "\"a\\r\", \"\\nb\"",          // \r and \n split across two lines: one line break
            "\"a\\r\\r\"",                 // two breaks in one line
            "\"a\\u000b\\n\"",             // two breaks in one line
            "\"a\u2028b\"",                // a line separator inside a line
            "\"a\u2029b\"",                // a paragraph separator inside a line
            "\"a\u0085b\"",                // a next-line character inside a line
    })
    void listsJupyterWouldWriteOtherwiseAreNot(String items) {
        assertEquals(-1, end(list(items.split(", (?=\")"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[\n   \"a\"\n   ]",           // items one level too shallow
            "[\n     \"a\"\n   ]",         // one level too deep
            "[\r\n    \"a\"\r\n   ]",      // CRLF layout
            "[\n    \"a\" \n   ]",         // a space after an item
            "[\n    \"a\\n\" ,\n    \"b\"\n   ]",
            "[ ]",
            "[\n    \"a\"\n   ",           // cut short
            "[\n    \"a",
            "[\n    \"a\\",
            "[\n    \"a\\u00",
            "\"a\"",                        // not a list
    })
    void otherLayoutsAreNot(String list) {
        assertEquals(-1, end(list));
    }

    @Test
    void onlyShortestFormUtf8IsRecognised() {
        byte[][] sequences = {
                {(byte) 0xc0, (byte) 0xaf},                          // overlong '/'
                {(byte) 0xe0, (byte) 0x80, (byte) 0xaf},             // overlong
                {(byte) 0xed, (byte) 0xa0, (byte) 0x80},             // a surrogate, encoded
                {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
                {(byte) 0x80},                                       // a lone continuation byte
                {(byte) 0xc3},                                       // a cut sequence
        };
        for (byte[] sequence : sequences) {
            byte[] head = "xx[\n    \"a".getBytes(StandardCharsets.US_ASCII);
            byte[] tail = "\"\n   ],".getBytes(StandardCharsets.US_ASCII);
            byte[] bytes = new byte[head.length + sequence.length + tail.length];
            System.arraycopy(head, 0, bytes, 0, head.length);
            System.arraycopy(sequence, 0, bytes, head.length, sequence.length);
            System.arraycopy(tail, 0, bytes, head.length + sequence.length, tail.length);
            assertEquals(-1, end(bytes));
        }
    }
}
