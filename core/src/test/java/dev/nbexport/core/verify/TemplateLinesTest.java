package dev.nbexport.core.verify;

import static dev.nbexport.core.verify.CustomerRows.amount;
import static dev.nbexport.core.verify.CustomerRows.date;
import static dev.nbexport.core.verify.CustomerRows.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Customers written as free text, one a line and all of one template: lines a loop printed, a log,
 * a markdown list. Text of one template that is no data (asserts, logging calls, generated code,
 * help, changelogs, commit and build logs, links, words, steps) is clean.
 */
class TemplateLinesTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    private static final int ROWS = 30;

    private static final String[] FIRST = {"Ann", "Bob", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas",
        "Kara", "Liam", "Maya", "Nils", "Olga", "Pavel", "Quinn", "Rosa", "Sven", "Tara"};
    private static final String[] LAST = {"Lee", "Moreau", "Schmidt", "Okafor", "Rossi", "Haddad", "Novak", "Tanaka", "Silva",
        "Berg", "Jensen", "Walsh", "Kowalski", "Dubois", "Petrov", "Garcia", "Nguyen", "Fischer", "Larsen", "Costa", "Baker",
        "Hughes", "Ivanova", "Murphy", "Sato", "Keller", "Lindqvist", "Romero", "Shah", "O'Brien", "van der Berg"};

    private static String name(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[i % LAST.length];
    }

    /** A test's made-up account: code of one template whose literals hold people's names is data ({@link LiteralTemplateLinesTest}). */
    private static String account(int i) {
        return "account-" + (char) ('a' + i % 26) + i;
    }

    private static String lines(IntFunction<String> line) {
        return CustomerRows.lines(ROWS, line);
    }

    private static void assertTable(String text) {
        List<TextHit> hits = SCANNER.scan(text);
        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList(), () -> "hits: " + hits + "\n" + text);
        // Words parted by spaces may read some of these forms as rows too: either way, every line is in the finding.
        assertTrue(hits.get(0).what().matches("a (list of 30 records of the same keys|table of 30 rows)"), hits.get(0).what());
        assertFalse(hits.get(0).what().contains("Okafor"), hits.get(0).what());
    }

    private static void assertClean(String text) {
        assertEquals(List.of(), SCANNER.scan(text), text.length() > 300 ? text.substring(0, 300) : text);
    }

    @Test
    void linesALoopPrintedPastedInMarkdown() {
        assertTable("Customers flagged:\n\n```\n" + lines(i -> id(i) + ": " + name(i) + " - " + amount(i) + " EUR (since " + date(i) + ")")
                + "```\n");
        assertTable(lines(i -> "Customer " + name(i) + " owes $" + amount(i)));
        assertTable(lines(i -> name(i) + " signed up on " + date(i) + " in " + (i % 3 == 0 ? "Lyon" : i % 3 == 1 ? "Porto" : "Oslo")));
    }

    @Test
    void aLogOfOneLineACustomer() {
        assertTable(lines(i -> String.format("2024-03-01 10:%02d:11,042 INFO scoring: customer %d (%s) signed up %s, balance %s EUR -> churn risk high",
                i, id(i), name(i), date(i), amount(i))));
        assertTable(lines(i -> String.format("[2024-03-01T10:%02d:11Z] %s customer_id=%d name=\"%s\" amount=%s",
                i, i % 4 == 0 ? "WARN" : "INFO", id(i), name(i), (i % 5 == 0 ? "-" : "") + amount(i))));
    }

    @Test
    void aMarkdownListOfCustomers() {
        assertTable("# Pilot customers to call\n\n" + lines(i -> "- " + name(i) + " (#" + id(i) + ") joined on " + date(i) + " and owes "
                + amount(i) + " EUR"));
        assertTable(lines(i -> "* **" + name(i) + "**: " + amount(i) + " EUR"));
    }

    @Test
    void namesWithACapitalInsideAreNamesToo() {
        String[] inner = {"LeBlanc", "McDonald", "O'Brien", "DeVries", "MacLeod", "DiMaggio"};
        IntFunction<String> person = i -> i % 5 == 0 ? FIRST[i % FIRST.length] + " " + inner[i / 5 % inner.length] : name(i);
        assertTable(lines(i -> "Sent reminder to " + person.apply(i) + " (" + id(i) + ")"));
        assertTable(lines(i -> id(i) + ": " + person.apply(i) + " - " + amount(i) + " EUR (since " + date(i) + ")"));
    }

    @Test
    void fewerLinesThanTheThresholdOrLinesOfOtherTemplatesAreNoTable() {
        String[] rows = lines(i -> id(i) + ": " + name(i) + " - " + amount(i) + " EUR").split("\n");
        assertClean(String.join("\n", List.of(rows).subList(0, 24)) + "\n");
        StringBuilder broken = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
            broken.append(rows[i]).append('\n').append(i % 12 == 11 ? "Then we looked at the next batch.\n" : "");
        }
        assertClean(broken.toString());
        assertClean(lines(i -> id(i) + ": " + name(i) + " - " + amount(i) + " EUR " + (i % 2 == 0 ? "paid" : "still due")));
    }

    @Test
    void codeOfOneShapeIsClean() {
        assertClean(lines(i -> "        assertEquals(" + amount(i) + ", account.balance(\"" + account(i) + "\"));"));
        assertClean(lines(i -> "    assert balance(\"" + account(i) + "\") == " + amount(i)));
        assertClean(lines(i -> "    log.info(\"Customer {} owes {}\", \"" + account(i) + "\", " + amount(i) + ");"));
        assertClean(lines(i -> "#define " + LAST[i % LAST.length].toUpperCase().replace(' ', '_').replace("'", "") + "_CODE 0x" + Integer.toHexString(id(i) % 977)));
        assertClean(lines(i -> "    " + LAST[i % 29].toUpperCase().replace("'", "") + " = " + (i * 37 % 101) + ","));
        assertClean(lines(i -> "  case " + (i * 37 % 101) + ": return \"" + account(i) + "\";"));
    }

    @Test
    void helpChangelogsAndLogsOfToolsAreClean() {
        String[] options = {"verbose", "quiet", "output", "input", "format", "policy", "preset", "accept", "include", "exclude"};
        assertClean(lines(i -> "  --" + options[i % options.length] + "-" + i + " N    Sets the " + options[(i + 3) % options.length]
                + " limit to N (default: " + (i * 13 % 50) + ")"));
        String[] changes = {"Fix crash on empty cells", "Add the nbstripout preset", "Speed up verify", "Document accepted values",
            "Bump jackson from 2.15 to 2.16", "Read UTF-16 files", "Refuse links in bundles"};
        assertClean(lines(i -> "- " + changes[i % changes.length] + " (#" + (900 - 7 * i) + ")"));
        assertClean(lines(i -> Integer.toHexString(0x3a1f2c0 + 977 * i) + " " + changes[i % changes.length]));
        String[] tests = {"ParserTest", "WriterTest", "VerifierTest", "BundleTest", "PolicyTest", "ReaderTest"};
        assertClean(lines(i -> "[INFO] Tests run: " + (3 + i * 7 % 40) + ", Failures: 0, Errors: 0, Skipped: " + (i % 3) + ", Time elapsed: "
                + (i * 13 % 50) / 10.0 + " s - in dev.nbexport." + tests[i % tests.length] + i));
        assertClean(lines(i -> "- [" + changes[i % changes.length] + "](https://github.com/acme/tool/pull/" + (900 - 7 * i) + ")"));
        assertClean(lines(i -> LAST[i % LAST.length]));
        assertClean(lines(i -> (i + 1) + ". Open the " + options[i % options.length] + " menu and press " + (char) ('A' + i % 26)));
        String[] camel = {"JavaScript", "GitHub", "PyTorch", "DataFrame", "TypeScript", "GitLab", "FastAPI", "NumPy", "LaTeX", "MacOS",
            "LeakyReLU"};
        assertClean(lines(i -> "- Ported " + camel[i % camel.length] + " to " + camel[(7 * i + 3) % camel.length] + " (took " + (i * 37 % 90)
                + " ms)"));
    }
}
