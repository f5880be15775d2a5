package dev.nbexport.core.known;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedReaderTest {

    private static List<List<String>> rows(byte[] bytes, long maxBytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (DelimitedReader reader = new DelimitedReader(new ByteArrayInputStream(bytes), maxBytes)) {
            for (List<String> row; (row = reader.next()) != null; ) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<List<String>> rows(String text) throws IOException {
        return rows(text.getBytes(StandardCharsets.UTF_8), Long.MAX_VALUE);
    }

    @Test
    void readsQuotedFieldsWithDelimitersLineBreaksAndDoubledQuotes() throws IOException {
        assertEquals(List.of(List.of("id", "name", "note"), List.of("1", "Lee, Ann", "said \"hi\"\nthen left"), List.of("2", "", "")),
                rows("id,name,note\r\n1,\"Lee, Ann\",\"said \"\"hi\"\"\nthen left\"\r\n2,,\n"));
    }

    @Test
    void takesTheDelimiterTheFirstLinesShare() throws IOException {
        assertEquals(List.of("a", "b,c"), rows("a;b,c\nd;e\nf;g\n").get(0));
        assertEquals(List.of("a", "b c"), rows("a\tb c\nd\te\n").get(0));
        assertEquals(List.of("Amara Adeyemi"), rows("Amara Adeyemi\nBjorn Lindgren\n").get(0));
    }

    @Test
    void linesEndedByCarriageReturnsAloneAreRows() throws IOException {
        assertEquals(3, rows("id;name\r1;Ann Lee\r2;Bo Chen\r").size());
    }

    @Test
    void readsLatin1WhenTheFileIsNotUtf8() throws IOException {
        byte[] bytes = "name\nJürgen Müller\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("Jürgen Müller"), rows(bytes, Long.MAX_VALUE).get(1));
    }

    @Test
    void aQuoteLeftOpenEndsWithItsLineOnceItsFieldIsTooLong() throws IOException {
        String open = "name\n\"" + "x".repeat(DelimitedReader.MAX_FIELD + 10) + "\nAnn Lee\nBo Chen\n";
        List<List<String>> rows = rows(open);
        assertEquals(List.of(""), rows.get(1), "a field too long is read as empty");
        assertEquals(List.of("Ann Lee"), rows.get(2));
    }

    @Test
    void readsNoMoreThanItsBytesAndSaysSo() throws IOException {
        byte[] bytes = "name\nAnn Lee\nBo Chen\n".getBytes(StandardCharsets.UTF_8);
        try (DelimitedReader reader = new DelimitedReader(new ByteArrayInputStream(bytes), 10)) {
            assertEquals(List.of("name"), reader.next());
            assertEquals(List.of("Ann L"), reader.next());
            assertNull(reader.next());
            assertTrue(reader.truncated());
        }
    }

    @Test
    void aHugeLineAndNulBytesAreReadInBoundedFields() throws IOException {
        String huge = "a,".repeat(100_000) + "\0\0Ann Lee\0\n";
        List<List<String>> rows = rows(huge);
        assertEquals(DelimitedReader.MAX_COLUMNS, rows.get(0).size());
    }
}
