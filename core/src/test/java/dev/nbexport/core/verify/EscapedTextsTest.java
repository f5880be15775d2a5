package dev.nbexport.core.verify;

import static dev.nbexport.core.verify.CustomerRows.NAMES;
import static dev.nbexport.core.verify.CustomerRows.SECRET;
import static dev.nbexport.core.verify.CustomerRows.customer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A table kept on one line as a string literal, its line breaks written as {@code \n}, is read as
 * the text it holds; literals with a few line breaks (messages, SQL, format strings) stay clean.
 */
class EscapedTextsTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);

    /** A header and {@code rows} rows made by {@code row}, joined by {@code lineBreak} as written in code. */
    private static String escaped(String header, int rows, IntFunction<String> row, String lineBreak) {
        return header + lineBreak + IntStream.range(0, rows).mapToObj(row).collect(Collectors.joining(lineBreak));
    }

    private static void assertTableOnLine(int line, String text, String rows) {
        List<TextHit> hits = SCANNER.scan(text);
        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList(), () -> "hits: " + hits + "\n" + text);
        TextHit hit = hits.get(0);
        assertEquals(line, hit.line());
        assertTrue(hit.what().contains(rows), hit.what());
        assertFalse(hit.what().contains(SECRET), hit.what());
    }

    @Test
    void aCsvReadFromOneEscapedLiteralIsATable() {
        String csv = escaped("id,name,born,amount", 40, i -> customer(i, ","), "\\n");
        assertTableOnLine(3, "import io\nimport pandas as pd\ndf = pd.read_csv(io.StringIO(\"" + csv + "\\n\"))\n", "a table of 41 rows");
        assertTableOnLine(1, "CSV = '" + csv + "'\n", "a table of 41 rows");
        assertTableOnLine(1, "const rows = `" + escaped("id\\tname", 30, i -> customer(i, "\\t"), "\\r\\n") + "`;\n",
                "a table of 31 rows");
    }

    @Test
    void recordsInAnEscapedJsonLiteralAreATable() {
        String json = escaped("[", 30, i -> "  {\\\"id\\\": " + (1000 + i) + ", \\\"name\\\": \\\"" + NAMES[i % NAMES.length]
                + "\\\", \\\"city\\\": \\\"" + (i % 3 == 0 ? "Lyon" : i % 3 == 1 ? "Nice" : "Metz") + "\\\"},", "\\n") + "\\n]";
        assertTableOnLine(1, "people = json.loads(\"" + json + "\")\n", "a list of 30 records");
    }

    @Test
    void aTableInOneEscapedLiteralAmongCodeIsReportedOnItsLine() {
        String csv = escaped("id,name,born,amount", 40, i -> customer(i, ","), "\\n");
        assertTableOnLine(2, "x = 1\nrows = \"" + csv + "\"\ny = 2\n", "a table of 41 rows");
    }

    @Test
    void literalsWithAFewLineBreaksOrNoRowsAreClean() {
        String text = "print(\"Usage: tool [options]\\n  -h  help\\n  -v  verbose\\n\")\n"
                + "QUERY = \"SELECT id, name\\nFROM people\\nWHERE age > 30\\nORDER BY name\\n\"\n"
                + "HELP = \"" + IntStream.range(0, 40).mapToObj(i -> "Step " + i + ": " + "run the tool, then, once it is done, check its report".substring(0, 10 + i % 40))
                        .collect(Collectors.joining("\\n")) + "\"\n"
                + "it's \"not closed\n";
        assertEquals(List.of(), SCANNER.scan(text));
    }

    @Test
    void escapesBelowTheRowsOfATableAreNoTable() {
        String csv = escaped("id,name,born,amount", 22, i -> customer(i, ","), "\\n");
        assertEquals(List.of(), SCANNER.scan("CSV = \"" + csv + "\"\n"));
    }

    @Test
    void manyLiteralsFullOfEscapesAreReadInLinearTime() {
        String literal = "\"" + "a\\\\n".repeat(40) + "\\n".repeat(30) + "\"";
        String small = (literal + " + ").repeat(2_000);
        String large = (literal + " + ").repeat(8_000);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            SCANNER.scan(small);
            SCANNER.scan(large);
        });
    }
}
