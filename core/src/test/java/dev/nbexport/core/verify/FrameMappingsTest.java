package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Tables pasted into code as nested mappings, as pandas writes a frame out: by columns keyed by the
 * index ({@code to_dict()}, {@code to_json()}), by rows keyed by the index or by a name
 * ({@code to_dict('index')}), and lookups keyed by ids. Code's own mappings keyed by numbers (error
 * codes, character tables, an enum's labels, number words) are not tables.
 */
class FrameMappingsTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    private static final int ROWS = 40;
    private static final String[] FIRST = {"Ann", "Bruno", "Carla", "Dmitri", "Emma", "Farid", "Grace", "Hugo", "Ines", "Jonas",
        "Keiko", "Liam", "Maria", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wei", "Ximena",
        "Yusuf", "Zoe", "Aaron", "Bianca", "Caleb", "Dana", "Elif", "Femi", "Gita", "Hana", "Ivan", "Jana", "Kofi", "Lena", "Milo",
        "Nora"};
    private static final String[] LAST = {"Lee", "Martin", "Diaz", "Volkov", "Stone", "Haddad", "Oneil", "Blanc", "Moreau", "Berg",
        "Tanaka", "Walsh", "Rossi", "Petrova", "Lind", "Shah", "Roy", "Alvarez", "Olsen", "Singh", "Farouk", "Novak", "Chen", "Ruiz",
        "Demir", "Adams", "Price", "Neri", "Ford", "Okafor", "Sato", "Kim", "Weber", "Costa", "Menon", "Horvat", "Fischer",
        "Girard", "Nasser", "Brown"};
    /** A secret none of the reports may repeat: the first person's name. */
    private static final String SECRET = name(0);

    private static String name(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(i * 7) % LAST.length];
    }

    private static int id(int i) {
        return 100231 + 7 * i;
    }

    private static String signup(int i) {
        return "2023-" + (10 + i % 3) + "-" + (10 + (i * 7) % 19);
    }

    private static String amount(int i) {
        return String.format("%.2f", 10 + (i * 7919) % 9989 / 1.3);
    }

    /** The {@code ROWS} entries {@code entry} makes, joined by {@code separator}. */
    private static String joined(String separator, IntFunction<String> entry) {
        return IntStream.range(0, ROWS).mapToObj(entry).collect(Collectors.joining(separator));
    }

    /** A column as {@code to_dict()} writes it: its values keyed by the index, {@code {0: v, 1: v, ...}}. */
    private static String column(IntFunction<String> value) {
        return "{" + joined(", ", i -> i + ": " + value.apply(i)) + "}";
    }

    private static List<TextHit> tables(String text) {
        return SCANNER.scan(text).stream().filter(h -> h.rule() == Rule.INLINE_TABLE).toList();
    }

    /** One finding of {@code what}, on {@code line}, whose report does not repeat the data. */
    private static void assertFound(int line, String what, String text) {
        List<TextHit> hits = tables(text);
        assertEquals(1, hits.size(), () -> "hits: " + hits + "\n" + text);
        assertEquals(what, hits.get(0).what());
        assertEquals(line, hits.get(0).line());
        assertFalse(hits.get(0).what().contains(SECRET));
    }

    private static void assertTable(int line, String text) {
        assertFound(line, "a table of " + ROWS + " rows", text);
    }

    private static void assertRecords(int line, String text) {
        assertFound(line, "a list of " + ROWS + " records of the same keys", text);
    }

    private static void assertClean(String text) {
        assertEquals(List.of(), tables(text), text.length() > 300 ? text.substring(0, 300) : text);
    }

    @Test
    void aFrameWrittenByToDictIsATableOnOneLineOrPrettyPrinted() {
        String ids = column(i -> String.valueOf(id(i)));
        String names = column(i -> "'" + name(i) + "'");
        String signups = column(i -> "'" + signup(i) + "'");
        String amounts = column(FrameMappingsTest::amount);
        assertTable(2, "# df.head(40).to_dict()\nSAMPLE = {'id': " + ids + ", 'name': " + names + ", 'signup': " + signups + ", 'amount': "
                + amounts + "}\n");
        assertTable(2, "SAMPLE = {\n    'id': " + ids + ",\n    'amount': " + amounts + ",\n}\n");
        assertTable(1, "SAMPLE = {'name': " + names + ",\n 'signup': " + signups + "}\n");
        // As pprint breaks it: an entry a line.
        assertTable(1, "{'id': {" + joined(",\n        ", i -> i + ": " + id(i)) + "},\n 'amount': {"
                + joined(",\n            ", i -> i + ": " + amount(i)) + "}}\n");
    }

    @Test
    void aFrameWrittenByToDictAsPrintedMayMissValues() {
        String signups = column(i -> i % 9 == 4 ? "NaT" : "Timestamp('" + signup(i) + " 00:00:00')");
        String amounts = column(i -> i % 7 == 3 ? "nan" : amount(i));
        assertTable(1, "{'id': " + column(i -> String.valueOf(id(i))) + ", 'signup': " + signups + ", 'amount': " + amounts + "}\n");
    }

    @Test
    void aFrameWrittenByToJsonIsATable() {
        IntFunction<String> entries = i -> "\"" + i + "\":";
        String json = "{\"id\":{" + joined(",", i -> entries.apply(i) + id(i)) + "},\"name\":{"
                + joined(",", i -> entries.apply(i) + "\"" + name(i) + "\"") + "},\"amount\":{" + joined(",", i -> entries.apply(i) + amount(i))
                + "}}";
        assertTable(3, "import io\n\nRAW = '" + json + "'\ndf = pd.read_json(io.StringIO(RAW))\n");
        assertTable(1, json);
    }

    @Test
    void aFrameWrittenByRowsKeyedByItsIndexOrByNamesIsAListOfRecords() {
        IntFunction<String> row = i -> "{'id': " + id(i) + ", 'name': '" + name(i) + "', 'signup': '" + signup(i) + "', 'amount': "
                + amount(i) + "}";
        assertRecords(1, "DATA = {" + joined(", ", i -> i + ": " + row.apply(i)) + "}\n");
        assertRecords(2, "DATA = {\n" + joined(",\n", i -> "    " + i + ": " + row.apply(i)) + ",\n}\n");
        assertRecords(1, "{" + joined(",", i -> "\"" + i + "\":{\"id\":" + id(i) + ",\"amount\":" + amount(i) + "}") + "}");
        assertRecords(1, "BY_NAME = {" + joined(", ", i -> "'" + name(i) + "': {'id': " + id(i) + ", 'signup': '" + signup(i)
                + "', 'amount': " + amount(i) + "}") + "}\n");
    }

    @Test
    void aLookupOfPeoplesNamesKeyedByIdsIsATable() {
        assertTable(1, "ID_TO_NAME = {\n" + joined("", i -> "    " + id(i) + ": \"" + name(i) + "\",\n") + "}\n");
        assertTable(1, "ID_TO_NAME = {" + joined(", ", i -> id(i) + ": '" + name(i) + "'") + "}\n");
        assertTable(1, "{" + joined(", ", i -> "\"" + id(i) + "\": \"" + name(i) + "\"") + "}");
    }

    @Test
    void aLookupOfAmountsOrWordsKeyedByIdsIsATable() {
        String[] tiers = {"gold", "silver", "bronze"};
        assertTable(2, "# balances at month end\nbalances = {\n" + joined("", i -> "    " + id(i) + ": " + amount(i) + ",\n") + "}\n");
        assertTable(1, "BALANCES = {" + joined(", ", i -> id(i) + ": " + amount(i) + (i % 4 == 3 ? "\n" : "")) + "}\n");
        assertTable(1, "tier = {\n" + joined("", i -> "    " + (100231 + i) + ": \"" + tiers[i * 7 % 3] + "\",\n") + "}\n");
        assertTable(1, "{" + joined(", ", i -> "\"" + id(i) + "\": \"" + FIRST[i].toLowerCase() + "\"") + "}");
    }

    @Test
    void lookupsKeyedByCodesYearsOrIdsInOrderOfMeasuresInOrderAreNotTables() {
        String[] reasons = {"OK", "Created", "Accepted", "Moved", "Found"};
        assertClean("STATUS = {" + joined(", ", i -> (200 + i) + ": \"" + reasons[i % 5] + "\"") + "}\n");
        assertClean("CPI = {\n" + joined("", i -> "    " + (1980 + i) + ": " + amount(i) + ",\n") + "}\n");
        assertClean("GL = {" + joined(", ", i -> (34962 + 3 * i) + ": '" + LAST[i].toUpperCase() + "_BUFFER'") + "}\n");
        assertClean("ERRORS = {" + joined(", ", i -> (10001 + i) + ": 'invalid_" + LAST[i].toLowerCase() + "'") + "}\n");
        assertClean("PORTS = {" + joined(", ", i -> (i % 2 == 0 ? 8000 + i : 27017 + i) + ": '" + FIRST[i].toLowerCase() + "'") + "}\n");
        // Offsets of a file's parts, keyed by their own offsets.
        assertClean("OFFSETS = {" + joined(", ", i -> (65536 + 512 * i) + ": " + (512 * i)) + "}\n");
    }

    @Test
    void codesMappingsKeyedByNumbersAreNotTables() {
        String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        assertClean("WORDS = {" + joined(", ", i -> i + ": '" + words[i % 10] + (i >= 10 ? "_" + i / 10 : "") + "'") + "}\n");
        assertClean("ERRORS = {\n" + joined("", i -> "    " + (1000 + i) + ": \"Invalid value for parameter " + i + "\",\n") + "}\n");
        assertClean("STATUS = {" + joined(", ", i -> i + ": \"" + FIRST[i] + "\"") + "}\n");
        assertClean("DECODING = {" + joined(", ", i -> (128 + i) + ": " + (8200 + (i * 37) % 90)) + "}\n");
        assertClean("DECODING = {" + joined(", ", i -> "0x" + Integer.toHexString(0xC0 + i) + ": '" + (char) ('A' + i % 26) + "'") + "}\n");
    }

    @Test
    void codesMappingsOfColumnsOrRowsKeyedByNumbersAreNotTables() {
        // The bounds of ranges, in order.
        assertClean("BINS = {'lower': " + column(i -> String.valueOf(10 * i)) + ", 'upper': " + column(i -> String.valueOf(10 * i + 9))
                + "}\n");
        // Translations of an enum's labels keyed by its values.
        assertClean("LABELS = {'en': " + column(i -> "'state_" + i + "'") + ", 'fr': " + column(i -> "'etat_" + i + "'") + "}\n");
        // Options keyed by their place, of words and flags.
        assertClean("LAYERS = {" + joined(", ", i -> i + ": {'kind': 'dense', 'activation': 'relu', 'trainable': True}") + "}\n");
    }

    @Test
    void recordsKeyedByIdentifiersOrOneWordAreJudgedAsBefore() {
        assertClean("OPTIONS = {" + joined(", ", i -> "'option_" + i + "': {'type': 'str', 'help': 'the option " + i + "'}") + "}\n");
        // An API's operations and what each pages through, keyed by the operation's name.
        assertClean("{\"pagination\": {\n" + joined(",\n", i -> "  \"List" + LAST[i] + "s\": {\"input_token\": \"Marker\", "
                + "\"limit_key\": \"MaxItems\", \"result_key\": \"" + LAST[i] + "s\"}") + "\n}}\n");
    }
}
