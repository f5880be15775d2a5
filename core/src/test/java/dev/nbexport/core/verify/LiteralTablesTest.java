package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Preset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tables pasted into code as literals: by columns (a {@code DataFrame} of lists, R's
 * {@code data.frame} of vectors), by rows on one line, as a list of people's names or a mapping
 * keyed by them. Lists that code keeps side by side (labels and colors, lookup tables, edges,
 * test cases) are not tables.
 */
class LiteralTablesTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    private static final int ROWS = 40;
    private static final String[] FIRST = {"Ann", "Bruno", "Carla", "Dmitri", "Emma", "Farid", "Grace", "Hugo", "Ines", "Jonas",
        "Keiko", "Liam", "Maria", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wei", "Ximena",
        "Yusuf", "Zoe", "Aaron", "Bianca", "Caleb", "Dana", "Elif", "Femi", "Gita", "Hana", "Ivan", "Jana", "Kofi", "Lena", "Milo",
        "Nora"};
    private static final String[] LAST = {"Lee", "Martin", "Diaz", "Volkov", "Stone", "Haddad", "O'Neil", "Blanc", "Moreau", "Berg",
        "Tanaka", "Walsh", "Rossi", "Petrova", "Lind", "Shah", "Roy", "Alvarez", "Olsen", "Singh", "Farouk", "Novak", "Chen", "Ruiz",
        "Demir", "Adams", "Price", "Neri", "Ford", "Okafor", "Sato", "Kim", "Weber", "Costa", "Menon", "Horvat", "Fischer",
        "Girard", "Nasser", "Brown"};
    /** A secret none of the reports may repeat: the first person's name. */
    private static final String SECRET = name(0);

    private static String name(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(i * 7) % LAST.length];
    }

    private static int age(int i) {
        return 18 + (i * 37) % 70;
    }

    private static String amount(int i) {
        return String.format("%.2f", 10 + (i * 7919) % 9989 / 1.3);
    }

    /** The {@code ROWS} values {@code value} makes, joined by {@code ", "}. */
    private static String joined(IntFunction<String> value) {
        return IntStream.range(0, ROWS).mapToObj(value).collect(Collectors.joining(", "));
    }

    private static List<TextHit> tables(String text) {
        return SCANNER.scan(text).stream().filter(h -> h.rule() == Rule.INLINE_TABLE).toList();
    }

    /** One table of {@code ROWS} rows, starting on {@code line}, whose report does not repeat the data. */
    private static void assertTable(int line, String text) {
        List<TextHit> hits = tables(text);
        assertEquals(1, hits.size(), () -> "hits: " + hits + "\n" + text);
        assertEquals("a table of " + ROWS + " rows", hits.get(0).what());
        assertEquals(line, hits.get(0).line());
        assertFalse(hits.get(0).what().contains(SECRET));
    }

    private static void assertClean(String text) {
        assertEquals(List.of(), tables(text), text.length() > 300 ? text.substring(0, 300) : text);
    }

    @Test
    void aDataFrameWrittenByColumnsIsATable() {
        String python = "import pandas as pd\n\ndf = pd.DataFrame({\n"
                + "    'id': [" + joined(i -> String.valueOf(1000 + i)) + "],\n"
                + "    'name': [" + joined(i -> "'" + name(i).replace("'", "\\'") + "'") + "],\n"
                + "    'age': [" + joined(i -> String.valueOf(age(i))) + "],\n"
                + "    'amount': [" + joined(LiteralTablesTest::amount) + "],\n})\n";
        assertTable(4, python);
        assertTable(1, "df = pd.DataFrame(dict(id=np.array([" + joined(i -> String.valueOf(1000 + i)) + "]), age=np.array(["
                + joined(i -> String.valueOf(age(i))) + "])))\n");
        assertTable(1, "{\"id\": [" + joined(i -> String.valueOf(1000 + i)) + "], \"amount\": [" + joined(LiteralTablesTest::amount)
                + "]}");
    }

    @Test
    void aRowThresholdAsHighAsAPolicyMaySetFindsNoTableAndNeverFailsTheScan() {
        TextScanner scanner = new TextScanner(new ScanSettings(1024, 256, 5000, Integer.MAX_VALUE, 10, 10, 10, 10));
        String python = "df = pd.DataFrame({'name': [" + joined(i -> "\"" + name(i) + "\"") + "], 'city': ["
                + joined(i -> "'Lyon'") + "]})\nrows = [" + joined(i -> "['Ann', 'n" + i + "']") + "]\n";

        assertEquals(List.of(), scanner.scan(python));
    }

    @Test
    void anRDataFrameOrTibbleOfVectorsIsATableAsAreVectorsAssignedOneAfterTheOther() {
        String ids = "c(" + joined(i -> String.valueOf(1000 + i)) + ")";
        String names = "c(" + joined(i -> "\"" + name(i) + "\"") + ")";
        String ages = "c(" + joined(i -> String.valueOf(age(i))) + ")";
        assertTable(3, "library(tibble)\ndf <- data.frame(\n  id = " + ids + ",\n  name = " + names + ",\n  age = " + ages + "\n)\n");
        assertTable(1, "people <- tibble(id = " + ids + ", name = " + names + ")\n");
        assertTable(1, "id <- " + ids + "\nage <- " + ages + "\ndf <- data.frame(id, age)\n");
        assertTable(1, "x = [" + joined(i -> String.valueOf(age(i))) + "]\ny = [" + joined(LiteralTablesTest::amount) + "]\n");
    }

    @Test
    void columnsAssignedOneAfterTheOtherMayBePartedByCommentsBeTypedOrBeTuples() {
        String ids = joined(i -> String.valueOf(1000 + i));
        String born = joined(i -> "\"19" + (40 + age(i)) + "-01-02\"");
        String amounts = joined(LiteralTablesTest::amount);
        assertTable(1, "ids = [" + ids + "]\n# when they were born\nborn = [" + born + "]\n\n// what they owe\n\namounts = [" + amounts + "]\n");
        assertTable(2, "df = pd.DataFrame({\n    'id': [" + ids + "],\n    # amounts\n    'amount': [" + amounts + "],\n})\n");
        assertTable(1, "ids: list[int] = [" + ids + "]\nborn: List[str] = [" + born + "]\namounts: Optional[list[float | None]] = ["
                + amounts + "]\n");
        assertTable(1, "const ids: number[] = [" + ids + "];\nconst amounts: Array<number> = [" + amounts + "];\n");
        assertTable(1, "ids = (" + ids + ")\nborn = (" + born + ")\namounts = (" + amounts + ")\n");
        assertTable(2, "df = pd.DataFrame({\n    'id': (" + ids + "),\n    'amount': (" + amounts + "),\n})\n");
    }

    @Test
    void tuplesOfNumbersInOrderOrOfArgumentsAreNotColumns() {
        assertClean("SQUARES = (" + joined(i -> String.valueOf(i * i)) + ")\nOFFSETS = (" + joined(i -> String.valueOf(3 * i)) + ")\n");
        assertClean("check(" + joined(i -> String.valueOf(age(i))) + ")\ncheck(" + joined(LiteralTablesTest::amount) + ")\n");
        assertClean("ids = [" + joined(i -> String.valueOf(1000 + i)) + "]\nprint(len(ids))\namounts = [" + joined(LiteralTablesTest::amount) + "]\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"None", "float('nan')", "float(\"NaN\")", "np.nan", "math.nan", "pd.NA", "pd.NaT"})
    void aMissingValueAmongAColumnsNumbersIsOneOfThem(String missing) {
        String ids = joined(i -> String.valueOf(1000 + i));
        String codes = joined(i -> "'C" + (i * 7 % 13) + "'");
        String amounts = joined(i -> i == 5 ? missing : amount(i));
        assertTable(1, "df = pd.DataFrame({'id': [" + ids + "], 'code': [" + codes + "], 'amount': [" + amounts + "]})\n");
        assertTable(1, "rows = [" + joined(i -> "(" + (1000 + i) + ", 'C" + (i * 7 % 13) + "', " + (i == 5 ? missing : amount(i)) + ")") + "]\n");
        assertClean("df = pd.DataFrame({'id': [" + joined(i -> i == 5 ? missing : String.valueOf(1000 + i)) + "], 'code': [" + codes + "]})\n");
    }

    @Test
    void valuesWrappedInACallOrWrittenInHexAreItems() {
        String ids = joined(i -> "0x" + Integer.toHexString(0x1F00 + i * 37));
        String joinedOn = joined(i -> "pd.Timestamp(\"2024-0" + (1 + i % 9) + "-1" + i % 10 + "\")");
        String born = joined(i -> "datetime.date(19" + (40 + age(i)) + ", " + (1 + i % 12) + ", " + (1 + i % 28) + ")");
        String amounts = joined(i -> "Decimal(\"" + amount(i) + "\")");
        assertTable(1, "df = pd.DataFrame({'id': [" + ids + "], 'joined': [" + joinedOn + "], 'amount': [" + joined(LiteralTablesTest::amount) + "]})\n");
        assertTable(1, "df = pd.DataFrame({'born': [" + born + "], 'amount': [" + amounts + "]})\n");
        assertTable(1, "rows = [" + joined(i -> "(\"C" + i + "\", datetime.date(2024, 1, " + (1 + i % 28) + "), " + amount(i) + ")") + "]\n");
    }

    @Test
    void rowsOneALineMayHoldFiguresWrappedInACall() {
        assertTable(2, "rows = [\n" + IntStream.range(0, ROWS).mapToObj(i -> "    (" + (1000 + i) + ", 'C" + (i * 7 % 13) + "', pd.Timestamp(\"2024-0"
                + (1 + i % 9) + "-1" + i % 10 + "\"), Decimal('" + amount(i) + "')),\n").collect(Collectors.joining()) + "]\n");
        assertClean("STATUS_CHOICES = [\n" + IntStream.range(0, ROWS).mapToObj(i -> "    (\"s" + i + "\", _(\"State " + i + "\")),\n")
                .collect(Collectors.joining()) + "]\n");
    }

    @Test
    void callsAndHexNumbersThatCodeKeepsSideBySideAreNotTables() {
        assertClean("MASKS = [" + joined(i -> "0x" + Long.toHexString(1L << i)) + "]\nSHIFTS = [" + joined(String::valueOf) + "]\n");
        assertClean("labels = [" + joined(i -> "_(\"label " + i + "\")") + "]\nicons = [" + joined(i -> "Icon('i" + i + "')") + "]\n");
        assertClean("points = [" + joined(i -> "Point(" + i + ", " + age(i) + ")") + "]\nsizes = [" + joined(i -> "np.int32(" + i + ")") + "]\n");
    }

    @Test
    void aTribbleIsATableHoweverItsRowsAreLaidOut() {
        String header = "people <- tibble::tribble(\n  ~id, ~name, ~born, ~amount,\n";
        // Its rows one a line are delimited rows too, its line of column names among them: one table of a line more.
        List<TextHit> oneALine = tables(header + IntStream.range(0, ROWS).mapToObj(i -> "  " + (1000 + i) + ", \"" + name(i)
                + "\", as.Date(\"19" + (40 + age(i)) + "-01-02\"), " + amount(i) + ",  # checked\n").collect(Collectors.joining()) + ")\n");
        assertEquals(List.of(1), oneALine.stream().map(TextHit::line).toList());
        assertTable(1, "people <- tribble(~id, ~age, ~amount, " + joined(i -> (1000 + i) + ", " + age(i) + ", " + amount(i)) + ")\n");
        assertTable(1, header + IntStream.range(0, ROWS / 2).mapToObj(i -> "  " + (1000 + i) + ", \"" + name(i) + "\", NA, "
                + amount(i) + ", " + (2000 + i) + ", \"" + name(i + ROWS / 2) + "\", NA, " + amount(i) + ",\n")
                .collect(Collectors.joining()) + ")\n");
    }

    @Test
    void rsTypedMissingValuesAreScalars() {
        assertTable(1, "people <- tribble(~id, ~age, ~amount, ~vip, " + joined(i -> (1000 + i) + ", " + (i % 5 == 0 ? "NA_integer_" : age(i))
                + ", " + (i % 7 == 0 ? "NA_real_" : amount(i)) + ", " + (i % 2 == 0 ? "TRUE" : "NA")) + ")\n");
        assertTable(1, "df <- data.frame(id = c(" + joined(i -> String.valueOf(1000 + i)) + "), name = c("
                + joined(i -> i % 12 == 0 ? "NA_character_" : "\"" + name(i) + "\"") + "))\n");
    }

    @Test
    void aTribbleOfLabelsOrOfNumbersInOrderIsNotATable() {
        assertClean("codes <- tribble(~code, ~label, " + joined(i -> "\"opt_" + i + "\", \"Option\"") + ")\n");
        assertClean("breaks <- tribble(~lower, ~upper, " + joined(i -> i + ", " + (i + 1)) + ")\n");
        assertClean("broken <- tribble(~a, ~b, " + joined(i -> String.valueOf(age(i))) + ", 1)\n");
    }

    @Test
    void listsSideBySideWithoutKeysAreATableWhenTheirRowsHoldText() {
        String ids = "[" + joined(i -> String.valueOf(1000 + i)) + "]";
        String born = "[" + joined(i -> "\"19" + (40 + age(i)) + "-01-02\"") + "]";
        String amounts = "[" + joined(LiteralTablesTest::amount) + "]";
        assertTable(1, "df = pd.DataFrame(list(zip(" + ids + ", " + born + ", " + amounts + ")), columns=['id', 'born', 'amount'])\n");
        assertTable(2, "df = pd.DataFrame(list(zip(\n    " + ids + ",\n    " + born + ",\n    " + amounts + ",\n)))\n");
        assertTable(1, "table = np.column_stack((" + born + ", " + amounts + "))\n");
        assertTable(1, "df = pd.DataFrame([" + ids + ", " + born + ", " + amounts + "]).T\n");
        assertTable(1, "const born = " + born + ";\nconst amounts = " + amounts + ";\n");
    }

    @Test
    void numbersSideBySideWithoutKeysAreNotATable() {
        String x = "[" + joined(String::valueOf) + "]";
        String y = "[" + joined(LiteralTablesTest::amount) + "]";
        assertClean("plt.plot(" + x + ", " + y + ")\n");
        assertClean("ax.scatter(" + y + ", [" + joined(i -> String.valueOf(age(i))) + "], c='red')\n");
        assertClean("points = np.column_stack((" + x + ", " + y + "))\n");
    }

    @Test
    void rowsOnOneLineAreATable() {
        String rows = joined(i -> "[" + (1000 + i) + ", '" + name(i).replace("'", "\\'") + "', " + age(i) + ", " + amount(i) + "]");
        assertTable(1, "df = pd.DataFrame([" + rows + "], columns=['id', 'name', 'age', 'amount'])\n");
        assertTable(1, "[" + joined(i -> "[\"C" + (1000 + i) + "\", \"2024-03-01\", \"Nice\", " + amount(i) + "]") + "]");
        assertTable(1, "orders = (" + joined(i -> "(\"C" + (1000 + i) + "\", " + amount(i) + ")") + ")\n");
    }

    @Test
    void rowsOnOneLineAreATableWhateverWhiteSpaceOpensTheirList() {
        String rows = joined(i -> "(\"C" + (1000 + i) + "\", \"2024-03-01\", \"Nice\", " + amount(i) + ")");
        assertTable(1, "orders = [ " + rows + " ]\n");
        assertTable(1, "orders = [\n    " + rows + "\n]\n");
        assertTable(1, "[ " + joined(i -> "[\"C" + (1000 + i) + "\", \"Nice\", " + amount(i) + "]") + " ]");
    }

    @Test
    void peoplesNamesOneALineOrOnOneLineAreATable() {
        assertTable(1, "customers = [\n" + IntStream.range(0, ROWS).mapToObj(i -> "    \"" + name(i) + "\",\n")
                .collect(Collectors.joining()) + "]\n");
        assertTable(1, "customers = [" + joined(i -> "\"" + name(i) + "\"") + "]\n");
        assertTable(1, "customers <- c(" + joined(i -> "\"" + name(i) + "\"") + ")\n");
    }

    @Test
    void peoplesNamesDrawnFromAFewFirstNamesAreATableWhenTheirSurnamesDiffer() {
        IntFunction<String> person = i -> "\"" + FIRST[i % 6] + " " + LAST[(i * 7) % LAST.length] + "\"";
        assertTable(1, "customers = [\n" + IntStream.range(0, ROWS).mapToObj(i -> "    " + person.apply(i) + ",\n")
                .collect(Collectors.joining()) + "]\n");
        assertTable(1, "customers <- c(" + joined(person) + ")\n");
    }

    @Test
    void labelsOfAFewVerbsOrNounsAreNotPeople() {
        String[] nouns = {"Docs", "Wheel", "Image", "Cache", "Tests", "Report"};
        String[] verbs = {"Build", "Upload", "Check", "Clean", "Run", "Publish", "Sign", "Lint"};
        // The nouns repeat: two in three labels share their last word with another.
        assertClean("STEPS = [" + joined(i -> "\"" + verbs[i % verbs.length] + " " + nouns[i % nouns.length] + "\"") + "]\n");
        // One verb for most: a list of an API's calls.
        assertClean("CALLS = [" + joined(i -> "\"" + (i % 4 == 0 ? "Delete" : "Get") + " " + LAST[i] + "s\"") + "]\n");
    }

    @Test
    void aMappingKeyedByPeoplesNamesIsATable() {
        assertTable(1, "salaries = {\n" + IntStream.range(0, ROWS).mapToObj(i -> "    \"" + name(i) + "\": " + amount(i) + ",\n")
                .collect(Collectors.joining()) + "}\n");
        assertTable(1, "{" + joined(i -> "\"" + name(i) + "\": \"" + (i % 2 == 0 ? "gold" : "silver") + "\"") + "}");
        // Names drawn from a few first and last names, as generated data is: names of measures still.
        Random random = new Random(2);
        assertTable(1, "{" + joined(i -> "\"" + FIRST[random.nextInt(10)] + " " + LAST[random.nextInt(10)] + "\": " + amount(i)) + "}");
    }

    @Test
    void aTableInACodeCellIsFoundWithItsCell() throws Exception {
        String source = "df = pd.DataFrame({'id': [" + joined(i -> String.valueOf(1000 + i)) + "], 'amount': ["
                + joined(LiteralTablesTest::amount) + "]})";
        String nb = "{\"cells\": [{\"cell_type\": \"markdown\", \"id\": \"m\", \"metadata\": {}, \"source\": [\"# Load\\n\"]},"
                + "{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c\", \"metadata\": {}, \"outputs\": [],"
                + " \"source\": [\"import pandas as pd\\n\", \"" + source + "\\n\"]}],"
                + " \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";

        List<Finding> findings = Nbexport.verify(NotebookSource.of("load.ipynb", nb.getBytes(StandardCharsets.UTF_8)),
                Preset.EXPORT.policy());

        assertEquals(List.of(Rule.INLINE_TABLE), findings.stream().map(Finding::rule).toList());
        assertEquals(1, findings.get(0).cellIndex());
        assertEquals("/cells/1/source", findings.get(0).pointer());
        assertFalse(findings.get(0).toString().contains("1000, 1001"), findings.get(0).toString());
    }

    @Test
    void labelsBesideColorsAndListsOfWordsAreNotTables() {
        String[] colors = {"red", "green", "blue", "orange", "purple", "brown", "pink", "gray", "olive", "cyan"};
        assertClean("plt.pie(sizes, labels=[" + joined(i -> "'Group " + (char) ('A' + i % 26) + i + "'") + "], colors=["
                + joined(i -> "'" + colors[i % colors.length] + "'") + "])\n");
        assertClean("__all__ = [" + joined(i -> "'function_" + i + "'") + "]\n");
        assertClean("COLORS = [" + joined(i -> "\"" + colors[i % colors.length] + "\"") + "]\n");
    }

    @Test
    void lookupTablesOfNumbersInOrderAreNotTables() {
        // The bounds of ranges, and their targets, both ascending.
        assertClean("{\"uChars\": [" + joined(i -> String.valueOf(128 + i * i)) + "], \"gbChars\": [" + joined(i -> String.valueOf(i * 31))
                + "]}");
        assertClean("degree = [" + joined(i -> String.valueOf(6 + 8 * i)) + "]\norder = [" + joined(i -> String.valueOf(3 + 2 * i)) + "]\n");
    }

    @Test
    void listsOfDifferentLengthsOrApartAreNotATable() {
        assertClean("a = [" + joined(i -> String.valueOf(age(i))) + "]\nprint(a)\nb = [" + joined(LiteralTablesTest::amount) + "]\n");
        assertClean("a = [" + joined(i -> String.valueOf(age(i))) + "]\nb = [" + joined(LiteralTablesTest::amount) + ", 1.5]\n");
    }

    @Test
    void edgesPointsAndTestCasesOnOneLineAreNotTables() {
        assertClean("G.add_edges_from([" + joined(i -> "(" + i + ", " + (i * 7 % ROWS) + ")") + "])\n");
        assertClean("edges = [" + joined(i -> "('n" + i + "', 'n" + (i * 7 % ROWS) + "')") + "]\n");
        assertClean("@pytest.mark.parametrize('a, b, expected', [" + joined(i -> "(" + i + ", " + age(i) + ", " + (i + age(i)) + ")")
                + "])\n");
        assertClean("CHOICES = [" + joined(i -> "(" + i + ", 'choice_" + i + "')") + "]\n");
    }

    @Test
    void aMappingOfNamesToNamesIsALookupUnlessThoseArePeoples() {
        String[] german = {"Kunde", "Konto", "Filiale", "Berater", "Kredit", "Zinsen", "Lastschrift", "Dauerauftrag", "Sparbuch",
            "Girokonto", "Tagesgeld", "Depot", "Anlage", "Vertrag", "Tarif", "Rabatt", "Mahnung", "Rechnung", "Zahlung", "Betrag",
            "Saldo", "Buchung", "Bank", "Karte", "Limit", "Gebiet", "Region", "Segment", "Produkt", "Kanal"};
        String[] english = {"Customer", "Account", "Branch", "Advisor", "Loan", "Interest", "Direct Debit", "Standing Order",
            "Savings Book", "Current Account", "Overnight Deposit", "Securities", "Investment", "Contract", "Tariff", "Discount",
            "Dunning", "Invoice", "Payment", "Amount", "Balance", "Booking", "Bank", "Card", "Limit", "Area", "Region", "Segment",
            "Product", "Channel"};
        assertClean("DE_EN = {\n" + IntStream.range(0, 30).mapToObj(i -> "    \"" + german[i] + "\": \"" + english[i] + "\",\n")
                .collect(Collectors.joining()) + "}\n");
        assertClean("CAPITALS = {" + joined(i -> "\"" + LAST[i] + "land\": \"" + FIRST[i] + "burg\"") + "}\n");
        // Keyed by people's names, or naming them: a list of people still.
        assertTable(1, "CITY = {" + joined(i -> "\"" + name(i) + "\": \"" + LAST[(i + 3) % LAST.length] + "ville\"") + "}\n");
        assertTable(1, "OWNER = {" + joined(i -> "\"" + LAST[i] + "ville\": \"" + name(i) + "\"") + "}\n");
        // Names beside amounts: what each place, product or company paid.
        assertTable(1, "TOTALS = {" + joined(i -> "\"" + LAST[i] + " Ltd\": " + amount(i)) + "}\n");
    }

    @Test
    void mappingsKeyedByIdentifiersOrOfWordsAreNotTables() {
        assertClean("DEFAULTS = {" + joined(i -> "'option_" + i + "': " + age(i)) + "}\n");
        assertClean("{" + joined(i -> "\"key" + i + "\": " + amount(i)) + "}");
        assertClean("vocabulary = {" + joined(i -> "'" + FIRST[i] + "': " + i) + "}\n");
    }
}
