package dev.nbexport.core.verify;

import static dev.nbexport.core.verify.CustomerRows.NAMES;
import static dev.nbexport.core.verify.CustomerRows.SECRET;
import static dev.nbexport.core.verify.CustomerRows.customer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A table kept in code as string literals one a line (a list of CSV lines, {@code "...\n"} pieces
 * joined by implicit concatenation, a C array of strings) is read by the delimiters inside the
 * literals; lists of strings that are code stay clean.
 */
class LiteralRowsTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);

    /** {@code rows} lines made by {@code line} between an opening and a closing line of code. */
    private static String lines(String open, int rows, IntFunction<String> line, String close) {
        StringBuilder text = new StringBuilder(open).append('\n');
        for (int i = 0; i < rows; i++) {
            text.append(line.apply(i)).append('\n');
        }
        return text.append(close).append('\n').toString();
    }

    private static void assertTable(String text, int rows) {
        List<TextHit> hits = SCANNER.scan(text);
        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList(), () -> "hits: " + hits + "\n" + text);
        TextHit hit = hits.get(0);
        assertEquals(2, hit.line());
        assertTrue(hit.what().contains("a table of " + rows + " rows"), hit.what());
        assertFalse(hit.what().contains(SECRET), hit.what());
    }

    private static void assertClean(String text) {
        assertEquals(List.of(), SCANNER.scan(text), text.length() > 300 ? text.substring(0, 300) : text);
    }

    @Test
    void aPythonListOfCsvLinesIsATable() {
        assertTable(lines("ROWS = [", 40, i -> "    \"" + customer(i, ",") + "\",", "]"), 40);
    }

    @Test
    void csvPiecesJoinedByImplicitConcatenationAreATable() {
        assertTable(lines("df = pd.read_csv(io.StringIO(", 40, i -> "    \"" + customer(i, ",") + "\\n\"", "))"), 40);
    }

    @Test
    void aCArrayOfCsvStringsIsATable() {
        Random random = new Random(3);
        assertTable(lines("static const char *rows[] = {", 40,
                i -> "  \"" + i + "," + random.nextInt(2) + "," + (18 + random.nextInt(72)) + "," + (100 + random.nextInt(2900)) + "\",",
                "};"), 40);
        assertTable(lines("static const char *rows[] = {", 30, i -> "\t\"" + customer(i, ",") + "\\r\\n\"", "};"), 30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'%s',", "r\"%s\"", "b'%s\\n' +", "f\"%s\");", "u'%s\\n')", "  \"%s\"  ,", "\"%s\" +", "Rb\"%s\"]"})
    void quotesPrefixesAndTrailingPunctuationOfALiteralRow(String shape) {
        assertTable(lines("rows = (", 30, i -> "    " + shape.formatted(customer(i, ",")), ")"), 30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"L\"%s\",", "u8\"%s\",", "U\"%s\",", "u\"%s\\r\\n\"", "@\"%s\",", "$\"%s\",", "$@\"%s\",", "@$\"%s\","})
    void cAndCSharpPrefixesOfALiteralRow(String shape) {
        assertTable(lines("static const wchar_t *rows[] = {", 30, i -> "    " + shape.formatted(customer(i, ",")), "};"), 30);
    }

    @Test
    void anInterpolatedCSharpStringWithPlaceholdersIsCode() {
        assertClean(lines("var lines = new[] {", 40, i -> "    $\"{id" + i + "},{name},{born},1" + i + ".50\",", "};"));
    }

    @Test
    void literalRowsContinuedByABackslashAreATable() {
        assertTable(lines("#define CUSTOMERS \\", 40, i -> "    \"" + customer(i, ",") + "\\n\" \\", "    \"\""), 40);
        assertTable(lines("DATA=\"id,name,born,amount\\n\" \\", 30, i -> "  \"" + customer(i, "\\t") + "\\n\"  \\", "  \"\""), 30);
    }

    @Test
    void backtickLiteralsOneALineAreTables() {
        // Read as code, a row's backticks cling to its first and last fields, which are then no numbers: too few for a row
        // with a field of code's punctuation (a phone number).
        assertTable(lines("const rows = [", 40, i -> "  `" + (1000 + i) + "," + NAMES[i % NAMES.length] + "," + (20 + i) + ",(555) 01" + (i % 10)
                + "-22" + i + "`,", "];"), 40);
        assertTable(lines("var rows = []string{", 30, i -> "\t`" + customer(i, "\t") + "`,", "}"), 30);
        assertTable(lines("const csv =", 30, i -> "  `" + customer(i, ";") + "\\n` +", "  ``;"), 30);
    }

    @Test
    void aTemplateLiteralWithPlaceholdersIsCode() {
        assertClean(lines("const lines = [", 40, i -> "  `${id" + i + "},${name},${born},1" + i + ".50`,", "];"));
    }

    @Test
    void aLiteralRowFollowedByACommentIsARow() {
        assertTable(lines("CSV = (", 40, i -> "    \"" + customer(i, ",") + "\\n\"  # checked " + i % 3, ")"), 40);
        assertTable(lines("const csv =", 40, i -> "  \"" + customer(i, ",") + "\\n\" +  // x", "  \"\";"), 40);
        assertTable(lines("rows = [", 30, i -> "    '" + customer(i, ";") + "',  # TODO(ann): check, " + i, "]"), 30);
    }

    @Test
    void messagesFollowedByCommentsAreNotATable() {
        // Read as code, each line was a row of two plain fields: the message and the comment.
        assertClean(lines("CHECKS = [", 40, i -> "    \"value " + i + ", again\",  # see issue 12", "]"));
    }

    @Test
    void tabAndSemicolonDelimitedLiteralsAreTables() {
        assertTable(lines("TSV = (", 30, i -> "    \"" + customer(i, "\\t") + "\\n\"", ")"), 30);
        assertTable(lines("TSV = (", 30, i -> "    '" + customer(i, "\t") + "\\n'", ")"), 30);
        assertTable(lines("rows = [", 30, i -> "    \"" + customer(i, ";") + "\",", "]"), 30);
    }

    @Test
    void aQuotedFieldInsideALiteralRowHoldsTheDelimiter() {
        assertTable(lines("rows = [", 30, i -> "    \"" + i + ",\\\"Lee, Ann\\\"," + (i * 13) + ".50\",", "]"), 30);
        assertTable(lines("rows = [", 30, i -> "    '" + i + ",\"Lee, Ann\"," + (i * 13) + ".50',", "]"), 30);
    }

    @Test
    void aTableOfTextOnlyInLiteralsIsATableWhenItsTextReadsAsNames() {
        String[] first = {"Ann", "Bruno", "Carla", "Dmitri", "Emma", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Keiko", "Liam",
            "Maria", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zoe"};
        String[] last = {"Lee", "Martin", "Diaz", "Volkov", "Stone", "Haddad", "Neil", "Blanc", "Moreau", "Berg", "Tanaka", "Walsh",
            "Rossi", "Petrova", "Lind", "Shah", "Roy", "Alvarez", "Olsen", "Singh", "Farouk", "Novak", "Chen", "Ruiz", "Demir", "Adams"};
        String[] cities = {"Lyon", "Paris", "Berlin", "Madrid", "Oslo", "Rome", "Vienna", "Porto", "Ghent", "Turin", "Leeds"};
        IntFunction<String> person = i -> first[i] + " " + last[(i * 7) % last.length] + "," + cities[i % cities.length] + ",nurse";
        List<TextHit> hits = SCANNER.scan(lines("PEOPLE = [", first.length, i -> "    \"" + person.apply(i) + "\",", "]"));
        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList());
        assertTrue(hits.get(0).what().contains("26 records"), hits.get(0).what());
        assertEquals(List.of(Rule.INLINE_TABLE), SCANNER.scan(lines("PEOPLE = (", first.length,
                i -> "    '" + person.apply(i).replace(',', ';') + "\\n'", ")")).stream().map(TextHit::rule).toList());
    }

    @Test
    void aListOfCsvLinesInANotebookCellIsATable() throws Exception {
        StringBuilder source = new StringBuilder("import io\nimport pandas as pd\ndf = pd.read_csv(io.StringIO(\n");
        for (int i = 0; i < 30; i++) {
            source.append("    \"").append(customer(i, ",")).append("\\n\"\n");
        }
        List<Finding> findings = CodeCells.verifyUnderExport(source.append("))\n").toString());

        assertEquals(List.of(Rule.INLINE_TABLE), findings.stream().map(Finding::rule).toList());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("/cells/0/source", finding.pointer());
        assertFalse(finding.toString().contains(SECRET), finding.toString());
    }

    @Test
    void listsOfStringsThatAreCodeAreNotTables() {
        String[] words = {"red", "green", "blue", "cyan", "amber", "olive", "coral", "ivory", "plum", "teal", "sand"};
        assertClean(lines("MESSAGES = [", 40, i -> "    \"Could not open file " + i + ", retrying\",", "]"));
        assertClean(lines("PAIRS = [", 40, i -> "    \"" + words[i % 11] + ", " + words[(i * 7 + 3) % 11] + "\",", "]"));
        assertClean(lines("FRAMES = [", 40, i -> "    \"|" + "_".repeat(i % 13) + "\\\\" + "_".repeat(12 - i % 13) + "|\",", "]"));
        assertClean(lines("lines [", 40, i -> "\t\t\"codec" + i + "_out mo, media" + i + "_in mi Switch, media" + i + "_in mi\"", "]"));
        assertClean(lines("FEATURES = [", 40, i -> "    \"feature_" + i + "\",", "]"));
        assertClean(lines("query = (", 40, i -> i % 3 == 0 ? "    \"SELECT a" + i + ", b, c \"" : i % 3 == 1
                ? "    \"FROM t" + i + " \"" : "    \"WHERE a = " + i + " \"", ")"));
        assertClean(lines("ARGS = [", 40, i -> "    \"--columns=id,name,age" + i + "\",", "]"));
        assertClean(lines("tokens = (", 40, i -> "    r'" + words[i % 11] + i + "|" + words[(i + 5) % 11] + "|'", ")"));
        assertClean(lines("expected = (", 26, i -> "    \"    '" + (char) ('a' + i) + "': '" + (char) ('A' + i) + "',\\n\"", ")"));
        assertClean(lines("tree = [", 40, i -> "    '| " + words[i % 11] + "_" + i + ": False, True\\n',", "]"));
        assertClean(lines("def test_parse():", 40, i -> i % 2 == 0 ? "    header = \"id,name,age\"" : "    assert parse(header) == COLUMNS", ""));
    }

    @Test
    void aLineMixingCodeAndLiteralsKeepsItsReadingAsCode() {
        assertClean(lines("def test_rows():", 40, i -> "    check(\"" + customer(i, ",") + "\", row(" + i + "));", ""));
    }
}
