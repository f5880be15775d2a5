package dev.nbexport.core.verify;

import static dev.nbexport.core.verify.CustomerRows.amount;
import static dev.nbexport.core.verify.CustomerRows.id;
import static dev.nbexport.core.verify.CustomerRows.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A markdown table is judged as printed rows are: customers (names, ids, cities, amounts, contact
 * columns) are data, a data dictionary (a column's name, type and description), a model's scores
 * keyed by model and features, and a feature's importance are not; tables of the same header in one
 * text add up.
 */
class MarkdownTablesTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    private static final String[] CITIES = {"Lyon", "Cork", "Graz", "Turin", "Bergen", "Ghent", "Leipzig"};
    private static final String[] WORDS = {"customer", "first", "last", "birth", "signup", "churn", "tenure", "balance", "city",
        "segment", "product", "channel", "branch", "advisor", "tariff", "discount", "contract", "dunning", "email", "phone"};
    private static final String[] TYPES = {"int", "str", "float", "date", "category", "bool"};
    private static final String[] MODELS = {"logreg", "random forest", "xgboost", "lightgbm", "catboost", "mlp"};
    private static final String[] FEATURES = {"base", "base+rfm", "base+rfm+text", "all", "all-selected"};

    /** The inline-table findings of {@code text}: its e-mail and IBAN warnings aside. */
    private static List<TextHit> tables(String text) {
        return SCANNER.scan(text).stream().filter(hit -> hit.rule() == Rule.INLINE_TABLE).toList();
    }

    private static void assertTable(int line, int rows, String text) {
        List<TextHit> hits = tables(text);
        assertEquals(1, hits.size(), () -> "hits: " + hits + "\n" + text);
        assertEquals(line, hits.get(0).line(), text);
        assertEquals("a table of " + rows + " rows", hits.get(0).what().replaceAll(" \\(.*", ""));
        assertFalse(hits.get(0).what().contains(person(2)), hits.get(0).what());
    }

    private static void assertClean(String text) {
        assertEquals(List.of(), tables(text), text);
    }

    /** A markdown table of {@code header}'s columns and rows {@code from} to {@code to}. */
    private static String table(String header, int from, int to, IntFunction<String> row) {
        int columns = header.split("\\|").length - 1;
        return "| " + header + " |\n|" + "---|".repeat(columns) + "\n"
                + IntStream.range(from, to).mapToObj(i -> "| " + row.apply(i) + " |\n").collect(Collectors.joining());
    }

    /** Customer {@code i}: id, full name, city, amount, e-mail and IBAN (its check digits invalid). */
    private static String customer(int i) {
        String name = person(i);
        return String.join(" | ", String.valueOf(id(i)), name, CITIES[i % CITIES.length], amount(i),
                name.toLowerCase().replace(' ', '.') + "@mail.example.org", "DE00" + String.format("%018d", 37L * id(i)));
    }

    private static final String CUSTOMERS = "id | name | city | amount | email | iban";

    @Test
    void aMarkdownTableOfCustomersIsATable() {
        assertTable(1, 40, table(CUSTOMERS, 0, 40, MarkdownTablesTest::customer));
    }

    @Test
    void aDataDictionaryIsNoTable() {
        String codebook = table("column | type | description", 0, 30, i -> "`" + WORDS[i % WORDS.length] + "_" + (i < 20 ? "id" : "date")
                + "` | " + TYPES[i % TYPES.length] + " | " + (i % 2 == 0 ? "Customer " : "Contract ") + WORDS[i % WORDS.length]
                + " as recorded in the CRM");
        assertClean("# Data dictionary\n\n" + codebook);
        assertClean(codebook.replace("`", ""));
    }

    @Test
    void aModelsScoresKeyedByModelAndFeaturesAreNoTable() {
        assertClean("# Model comparison\n\n" + table("model | features | AUC | F1 | precision | recall", 0, 30,
                i -> MODELS[i / 5] + " | " + FEATURES[i % 5] + " | " + score(i) + " | " + score(i + 40) + " | " + score(i + 80)
                        + " | " + score(i + 120)));
        assertClean(table("feature | gain", 0, 30, i -> WORDS[i % WORDS.length] + "_" + (i < 20 ? "id" : "date") + " | "
                + score(i)));
    }

    @Test
    void customersBesideTheirScoresAreATableStill() {
        assertTable(1, 30, table("customer | model | score", 0, 30, i -> person(i) + " | " + MODELS[i % 6] + " | " + score(i)));
        assertTable(1, 30, table("customer | segment | amount", 0, 30, i -> id(i) + " | " + CITIES[i % 7] + " | " + amount(i)));
    }

    @Test
    void aMarkdownTableOfFiguresAloneIsATableStill() {
        assertTable(3, 30, table("id | signup | amount", 0, 30, i -> id(i) + " | " + CustomerRows.date(i) + " | " + amount(i)));
    }

    @Test
    void tablesOfTheSameHeaderInOneTextAddUp() {
        StringBuilder report = new StringBuilder("# Top customers per segment\n\n");
        for (int segment = 0; segment < 4; segment++) {
            report.append("## Segment ").append(segment).append("\n\n").append(table(CUSTOMERS, 10 * segment, 10 * segment + 10,
                    MarkdownTablesTest::customer)).append("\nTen largest balances.\n\n");
        }
        assertTable(5, 40, report.toString());
    }

    @Test
    void shortTablesOfOtherHeadersStayApart() {
        String first = table(CUSTOMERS, 0, 12, MarkdownTablesTest::customer);
        String second = table(CUSTOMERS.replace("iban", "phone"), 12, 24, MarkdownTablesTest::customer);
        assertClean(first + "\n" + second);
        StringBuilder results = new StringBuilder();
        for (int part = 0; part < 3; part++) {
            results.append(table("model | features | AUC | F1", 10 * part, 10 * part + 10, i -> MODELS[i / 5] + " | " + FEATURES[i % 5]
                    + " | " + score(i) + " | " + score(i + 40))).append("\n");
        }
        assertClean(results.toString());
    }

    /** A score between 0.4 and 0.9 that goes up and down. */
    private static String score(int i) {
        return String.format(java.util.Locale.ROOT, "%.3f", 0.4 + 0.5 * Math.abs(Math.sin(7.3 * i + 1)));
    }
}
