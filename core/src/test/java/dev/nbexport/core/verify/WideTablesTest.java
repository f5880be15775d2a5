package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Tables wider than most code's records: 40 customers of 100 columns each (an id, a name, a company,
 * a city, a date, a balance, then survey answers and sensor readings), in each form the readers take.
 * A record is judged by its first columns, so its width does not hide it.
 */
class WideTablesTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    private static final int RECORDS = 40;
    private static final int COLUMNS = 100;

    private static final String[] FIRST = {"Ann", "Bruno", "Carla", "Dmitri", "Emma", "Farid", "Grace", "Hugo", "Ines", "Jonas",
        "Keiko", "Liam", "Maria", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wei", "Ximena",
        "Yusuf", "Zoe", "Aaron", "Bianca", "Caleb", "Delia", "Elias", "Fatima", "Gustav", "Helena", "Ivan", "Julia", "Karim",
        "Lucia", "Marco", "Nora"};
    private static final String[] LAST = {"Lee", "Martin", "Diaz", "Volkov", "Stone", "Haddad", "Neil", "Blanc", "Moreau", "Berg",
        "Tanaka", "Walsh", "Rossi", "Petrova", "Lind", "Shah", "Roy", "Alvarez", "Olsen", "Singh", "Farouk", "Novak", "Chen",
        "Ruiz", "Demir", "Adams", "Price", "Neri", "Ford", "Weber", "Girard", "Fischer", "Nasser", "Costa", "Menon", "Horvat",
        "Keller", "Lopez", "Meyer", "Nowak"};
    /** Companies as a CRM writes them, a country in parentheses: no delimited row, so the record readers alone judge them. */
    private static final String[] COMPANIES = {"Acme (EU) Ltd", "Globex (UK)", "Initech (DE)", "Umbrella Health (FR)",
        "Hooli (US)", "Vandelay (IT)", "Soylent (NL)", "Tyrell (SE)"};
    private static final String[] PLAIN_COMPANIES = {"Acme Ltd", "Globex Inc.", "Initech", "Umbrella Health", "Hooli",
        "Vandelay Industries", "Soylent Foods", "Tyrell Systems"};
    private static final String[] CITIES = {"Lyon", "Paris", "Berlin", "Madrid", "Oslo", "Rome", "Vienna", "Porto", "Ghent",
        "Turin", "Leeds", "Cork"};
    private static final String[] ANSWERS = {"Agree", "Neutral", "Disagree", "Strongly agree", "Strongly disagree"};

    private static String key(int column) {
        return switch (column) {
            case 0 -> "customer_id";
            case 1 -> "name";
            case 2 -> "company";
            case 3 -> "city";
            case 4 -> "signup_date";
            case 5 -> "balance";
            default -> (column % 3 == 0 ? "sensor_" : "q") + column;
        };
    }

    /** Whether the value of {@code column} is written as a number. */
    private static boolean numeric(int column) {
        return column == 0 || column == 5 || column > 5 && column % 3 == 0;
    }

    /** The value of {@code column} in record {@code record}, as text. */
    private static String value(int record, int column, String[] companies) {
        return switch (column) {
            case 0 -> String.valueOf(100_000 + record * 37);
            case 1 -> FIRST[record] + " " + LAST[(record * 7) % LAST.length];
            case 2 -> companies[record % companies.length];
            case 3 -> CITIES[(record * 5) % CITIES.length];
            case 4 -> String.format("2023-%02d-%02d", 1 + record % 12, 1 + (record * 11) % 28);
            case 5 -> String.format("%d.%02d", 200 + (record * 7919) % 9000, (record * 31) % 100);
            default -> column % 3 == 0 ? String.format("%d.%d", (record * column * 13) % 97, (record + column) % 10)
                    : ANSWERS[(record * 3 + column) % ANSWERS.length];
        };
    }

    private static String value(int record, int column) {
        return value(record, column, COMPANIES);
    }

    /** The record's columns, each written by {@code cell} from its number, joined by {@code separator}. */
    private static String joined(String separator, IntFunction<String> cell) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < COLUMNS; column++) {
            cells.add(cell.apply(column));
        }
        return String.join(separator, cells);
    }

    private static String quoted(int record, int column, char quote) {
        return numeric(column) ? value(record, column) : quote + value(record, column) + quote;
    }

    private static List<TextHit> scan(String text) {
        return SCANNER.scan(text);
    }

    private static void assertTable(String text) {
        List<TextHit> hits = scan(text);
        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList(),
                () -> "hits: " + hits + "\n" + text.substring(0, Math.min(text.length(), 400)));
        TextHit hit = hits.get(0);
        assertEquals(2, hit.line(), "the table starts with its first record");
        assertFalse(hit.what().contains(FIRST[0]), hit.what());
        assertTrue(text.substring(hit.start(), hit.end()).contains(value(RECORDS - 1, 1)), "the hit covers the last record");
    }

    @Test
    void jsonRecordsOneALine() {
        StringBuilder json = new StringBuilder("[\n");
        for (int r = 0; r < RECORDS; r++) {
            int record = r;
            json.append("  {").append(joined(", ", c -> "\"" + key(c) + "\": " + quoted(record, c, '"'))).append('}')
                    .append(r < RECORDS - 1 ? ",\n" : "\n");
        }
        assertTable(json.append("]\n").toString());
    }

    @Test
    void jsonLinesWithoutCommasBetweenRecords() {
        StringBuilder lines = new StringBuilder("# customers.jsonl\n");
        for (int r = 0; r < RECORDS; r++) {
            int record = r;
            lines.append('{').append(joined(", ", c -> "\"" + key(c) + "\": " + quoted(record, c, '"'))).append("}\n");
        }
        assertTable(lines.toString());
    }

    @Test
    void jsonRecordsAKeyALine() {
        StringBuilder json = new StringBuilder("[\n");
        for (int r = 0; r < RECORDS; r++) {
            int record = r;
            json.append("  {\n").append(joined(",\n", c -> "    \"" + key(c) + "\": " + quoted(record, c, '"'))).append("\n  }")
                    .append(r < RECORDS - 1 ? ",\n" : "\n");
        }
        assertTable(json.append("]\n").toString());
    }

    @Test
    void pythonDictsOneALine() {
        StringBuilder python = new StringBuilder("customers = [\n");
        for (int r = 0; r < RECORDS; r++) {
            int record = r;
            python.append("    {").append(joined(", ", c -> "'" + key(c) + "': " + quoted(record, c, '\''))).append("},\n");
        }
        assertTable(python.append("]\n").toString());
    }

    @Test
    void pythonTuplesOneALine() {
        StringBuilder python = new StringBuilder("rows = [\n");
        for (int r = 0; r < RECORDS; r++) {
            int record = r;
            python.append("    (").append(joined(", ", c -> quoted(record, c, '\''))).append("),\n");
        }
        assertTable(python.append("]\n").toString());
    }

    @Test
    void listsOneALine() {
        StringBuilder json = new StringBuilder("[\n");
        for (int r = 0; r < RECORDS; r++) {
            int record = r;
            json.append("  [").append(joined(", ", c -> quoted(record, c, '"'))).append(']').append(r < RECORDS - 1 ? ",\n" : "\n");
        }
        assertTable(json.append("]\n").toString());
    }

    @Test
    void csvLiteralLines() {
        StringBuilder python = new StringBuilder("CSV = [\n");
        for (int r = 0; r < RECORDS; r++) {
            int record = r;
            python.append("    \"").append(joined(",", c -> value(record, c))).append("\",\n");
        }
        assertTable(python.append("]\n").toString());
    }

    @Test
    void yamlFlowMappings() {
        StringBuilder yaml = new StringBuilder("customers:\n");
        for (int r = 0; r < RECORDS; r++) {
            int record = r;
            yaml.append("  - {").append(joined(", ", c -> key(c) + ": " + value(record, c))).append("}\n");
        }
        assertTable(yaml.toString());
    }

    @Test
    void yamlBlockRecords() {
        StringBuilder yaml = new StringBuilder("customers:\n");
        for (int r = 0; r < RECORDS; r++) {
            int record = r;
            yaml.append(joined("\n", c -> (c == 0 ? "  - " : "    ") + key(c) + ": " + value(record, c))).append('\n');
        }
        assertTable(yaml.toString());
    }

    @Test
    void plainCsvTextAndAMarkdownTable() {
        StringBuilder csv = new StringBuilder(joined(",", WideTablesTest::key)).append('\n');
        StringBuilder markdown = new StringBuilder("| ").append(joined(" | ", WideTablesTest::key)).append(" |\n|")
                .append("---|".repeat(COLUMNS)).append('\n');
        for (int r = 0; r < RECORDS; r++) {
            int record = r;
            csv.append(joined(",", c -> value(record, c, PLAIN_COMPANIES))).append('\n');
            markdown.append("| ").append(joined(" | ", c -> value(record, c, PLAIN_COMPANIES))).append(" |\n");
        }
        List<TextHit> csvHits = scan(csv.toString());
        assertEquals(List.of(Rule.INLINE_TABLE), csvHits.stream().map(TextHit::rule).toList(), () -> "hits: " + csvHits);
        List<TextHit> markdownHits = scan(markdown.toString());
        assertEquals(List.of(Rule.INLINE_TABLE), markdownHits.stream().map(TextHit::rule).toList(), () -> "hits: " + markdownHits);
    }

    @Test
    void rowsSideBySideOnOneLine() {
        StringBuilder python = new StringBuilder("import pandas as pd\ndf = pd.DataFrame([");
        for (int r = 0; r < RECORDS; r++) {
            int record = r;
            python.append(r == 0 ? "" : ", ").append('[').append(joined(", ", c -> quoted(record, c, '\''))).append(']');
        }
        // A line this long is a long-literal too.
        List<TextHit> hits = scan(python.append("])\n").toString());
        assertEquals(List.of(Rule.LONG_LITERAL, Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList(), () -> "hits: " + hits);
    }

    @Test
    void columnsSideBySide() {
        StringBuilder python = new StringBuilder("import pandas as pd\ndf = pd.DataFrame({");
        for (int c = 0; c < COLUMNS; c++) {
            int column = c;
            List<String> cells = new ArrayList<>();
            for (int r = 0; r < RECORDS; r++) {
                cells.add(quoted(r, column, '\''));
            }
            python.append(c == 0 ? "" : ",\n    ").append('\'').append(key(c)).append("': [").append(String.join(", ", cells)).append(']');
        }
        List<TextHit> hits = scan(python.append("})\n").toString());
        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList(), () -> "hits: " + hits);
    }

    @Test
    void rTribbleACellALine() {
        StringBuilder r = new StringBuilder("library(tibble)\ncustomers <- tribble(\n").append(joined(",\n", c -> "  ~" + key(c)));
        for (int record = 0; record < RECORDS; record++) {
            int row = record;
            r.append(",\n").append(joined(",\n", c -> "  " + quoted(row, c, '"')));
        }
        assertTable(r.append("\n)\n").toString());
    }

    /**
     * A try that read more members than it may read again, then failed, goes on at the member it failed
     * on: records nested there are still read.
     */
    @Test
    void recordsNestedAfterAWideHeaderAreRead() {
        StringBuilder json = new StringBuilder("{\n");
        for (int c = 0; c < COLUMNS; c++) {
            json.append("  \"setting_").append(c).append("\": ").append(c % 2 == 0 ? String.valueOf(c) : "\"on\"").append(",\n");
        }
        json.append("  \"customers\": [\n");
        for (int r = 0; r < RECORDS; r++) {
            int record = r;
            json.append("    {").append(joined(", ", c -> "\"" + key(c) + "\": " + quoted(record, c, '"'))).append('}')
                    .append(r < RECORDS - 1 ? ",\n" : "\n");
        }
        String text = json.append("  ]\n}\n").toString();
        List<TextHit> hits = scan(text);
        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList(), () -> "hits: " + hits);
        assertEquals(COLUMNS + 3, hits.get(0).line(), "the table starts with the first customer");
    }

    @Test
    void aWideTableInANotebookCell() throws Exception {
        StringBuilder source = new StringBuilder("import pandas as pd\ncustomers = pd.DataFrame([\n");
        for (int r = 0; r < RECORDS; r++) {
            int record = r;
            source.append("    {").append(joined(", ", c -> "'" + key(c) + "': " + quoted(record, c, '\''))).append("},\n");
        }
        List<Finding> findings = CodeCells.verifyUnderExport(source.append("])\n").toString());
        assertEquals(List.of(Rule.INLINE_TABLE), findings.stream().map(Finding::rule).toList(), findings::toString);
        assertEquals("/cells/0/source", findings.get(0).pointer());
        assertFalse(findings.get(0).toString().contains(FIRST[0] + " "), findings.get(0).toString());
    }

    // ---------------------------------------------------------------- linear time

    /** Far above what the table readers take over a few megabytes on a loaded machine: a guard, not a benchmark. */
    private static final Duration LINEAR_BOUND = Duration.ofSeconds(30);

    /**
     * Input aimed at reading records of any width: long runs of valid members that fail at the end,
     * openings inside string values that start tries of their own, openings nested in those, long
     * values read as prose; lines of one template full of quotes that never close, of particles, of fields.
     */
    private static final List<String> HOSTILE_UNITS = List.of(
            "{" + "\"k\": \"{\", ".repeat(200) + "x",
            "{\"k\": \"{\", ",
            "(" + "'(', ".repeat(200) + "x",
            "['[', ",
            "{'k': '{\"k\": 1, \"k\": 2, ', ",
            "{\"a\": 1, " + "{\"a\": \"{[(\", ".repeat(70) + "{",
            "[" + "\"[1, 'a', \", ".repeat(100) + "[",
            "{" + "'k': 1, ".repeat(100) + "}\n",
            "- {" + "k: v, ".repeat(200) + "x\n",
            "\"" + "a,".repeat(200) + "a\",\n",
            "tribble(" + "~a, ".repeat(200) + "1, ",
            "tribble(~a, " + "~a, ".repeat(100_000),
            "{\"id\": 1, \"note\": \"" + "Called back, ".repeat(18) + "{\", ",
            "[\"" + "x {[(".repeat(800) + "\", ",
            "{\"n\": \"" + "Called {\"n\": \"back, ".repeat(300) + "\", ",
            "Row(a=1, b='Row(a=1, b=', ",
            "f(" + "a=1, ".repeat(100) + "(",
            "f(a='" + "g(b=1, ".repeat(300) + "', ",
            "# Row(a=1, b='x')\n",
            "INSERT INTO t (a, b) VALUES (1, 'insert into t values (1, ', ",
            "INSERT INTO t (" + "a, ".repeat(100) + "(",
            "UPDATE t SET " + "a = 'update t set a = 1, ', ".repeat(50),
            "[[a]]\nk = \"v\"\n[[a]]\nk = [\n",
            "1 Ann " + "'x \"y ".repeat(120) + "\n",
            "Ann " + "de la ".repeat(100) + "1\n",
            "Ann Lee 1 ".repeat(100) + "\n",
            "x".repeat(2000) + " Ann 1\n");

    /**
     * The fastest of three readings by the table readers, in nanoseconds of this thread's CPU time:
     * what else the machine runs (other builds, the compiler's and collector's threads) does not count.
     */
    private static long fastestReading(String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long fastest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = threads.getCurrentThreadCpuTime();
            Tables.find(new TextScanner.Scan(text), 25);
            fastest = Math.min(fastest, threads.getCurrentThreadCpuTime() - start);
        }
        return fastest;
    }

    @Test
    void hostileInputStaysLinearAtTwoSizes() {
        for (String unit : HOSTILE_UNITS) {
            String small = unit.repeat(500_000 / unit.length() + 1);
            String large = unit.repeat(4 * (500_000 / unit.length() + 1));
            long[] times = assertTimeoutPreemptively(LINEAR_BOUND, () -> {
                fastestReading(small); // warms the code up
                return new long[] {fastestReading(small), fastestReading(large)};
            }, unit);
            // Four times the text takes about four times as long; sixteen times would be quadratic.
            assertTrue(times[1] < 10 * times[0] + 50_000_000L,
                    () -> unit.substring(0, Math.min(40, unit.length())) + ": " + times[0] / 1_000_000 + " ms, then " + times[1] / 1_000_000 + " ms");
        }
    }
}
