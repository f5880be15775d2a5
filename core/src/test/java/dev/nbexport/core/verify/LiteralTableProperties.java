package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A table of people pasted as literals, whatever its length and layout, is one table of as many
 * rows; and the readers of literals take any text made of their pieces without failing.
 */
class LiteralTableProperties {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    private static final String[] ONSETS = {"B", "D", "F", "K", "L", "M", "N", "R", "S", "T"};
    private static final String[] RIMES = {"ako", "eri", "ilu", "ona", "uma", "aya", "eno", "ito", "oka", "ure"};

    /** A person's full name of the {@code i}-th row (up to 100): first and last names of their own. */
    private static String name(int i) {
        int last = (i * 7 + 3) % 100;
        return ONSETS[i / 10] + RIMES[i % 10] + " " + ONSETS[last % 10] + RIMES[last / 10] + "lsen";
    }

    private static String joined(int rows, IntFunction<String> value) {
        return IntStream.range(0, rows).mapToObj(value).collect(Collectors.joining(", "));
    }

    @Provide
    Arbitrary<String> layouts() {
        return Arbitraries.of("pandas-columns", "r-data-frame", "r-vectors", "rows-on-one-line", "names-one-a-line", "keyed-by-names",
                "tribble", "zipped");
    }

    private static String table(String layout, int rows) {
        IntFunction<String> ids = i -> String.valueOf(5000 + i);
        IntFunction<String> ages = i -> String.valueOf(18 + (i * 37) % 70);
        IntFunction<String> quotedNames = i -> "\"" + name(i) + "\"";
        return switch (layout) {
            case "pandas-columns" -> "pd.DataFrame({\n    'id': [" + joined(rows, ids) + "],\n    'name': [" + joined(rows, quotedNames)
                    + "],\n    'age': [" + joined(rows, ages) + "],\n})\n";
            case "r-data-frame" -> "data.frame(id = c(" + joined(rows, ids) + "), name = c(" + joined(rows, quotedNames) + "))\n";
            case "r-vectors" -> "name <- c(" + joined(rows, quotedNames) + ")\nage <- c(" + joined(rows, ages) + ")\n";
            case "rows-on-one-line" -> "rows = [" + joined(rows, i -> "[" + ids.apply(i) + ", " + quotedNames.apply(i) + ", "
                    + ages.apply(i) + "]") + "]\n";
            case "names-one-a-line" -> "people = [\n" + IntStream.range(0, rows).mapToObj(i -> "    " + quotedNames.apply(i) + ",\n")
                    .collect(Collectors.joining()) + "]\n";
            case "zipped" -> "rows = list(zip([" + joined(rows, ids) + "], [" + joined(rows, quotedNames) + "], [" + joined(rows, ages)
                    + "]))\n";
            case "tribble" -> "tribble(~id, ~name, ~age, " + joined(rows, i -> ids.apply(i) + ", " + quotedNames.apply(i) + ", "
                    + ages.apply(i)) + ")\n";
            default -> "{" + joined(rows, i -> quotedNames.apply(i) + ": " + ages.apply(i)) + "}";
        };
    }

    @Property(tries = 200)
    void aTableOfPeopleIsOneTableOfAsManyRows(@ForAll("layouts") String layout, @ForAll @IntRange(min = 25, max = 100) int rows) {
        String text = "import pandas as pd\n\n" + table(layout, rows) + "print(len(rows))\n";
        List<TextHit> hits = SCANNER.scan(text);

        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList(), () -> layout + ": " + hits);
        assertEquals("a table of " + rows + " rows", hits.get(0).what(), layout);
        assertFalse(hits.get(0).what().contains(name(0)));
    }

    /**
     * Tuples one a line whose first or last line differs from the others (a comma less, a bracket
     * more) are read whole as records, and in part as delimited rows: the count is the whole's.
     */
    @Property(tries = 100)
    void tuplesOneALineCountEveryRowWhateverTheirFirstAndLastLines(@ForAll("tupleLayouts") String layout,
                                                                   @ForAll @IntRange(min = 25, max = 100) int rows) {
        IntFunction<String> tuple = i -> "(" + (5000 + i) + ", '" + name(i) + "', " + (18 + (i * 37) % 70) + ")";
        String text = switch (layout) {
            case "sql-values" -> "INSERT INTO people VALUES\n" + IntStream.range(0, rows)
                    .mapToObj(i -> "  " + tuple.apply(i) + (i < rows - 1 ? ",\n" : ";\n")).collect(Collectors.joining());
            default -> "array([" + IntStream.range(0, rows).mapToObj(tuple).collect(Collectors.joining(",\n       "))
                    + "],\n      dtype=[('id', '<i8'), ('name', '<U20'), ('age', '<i8')])\n";
        };
        List<TextHit> hits = SCANNER.scan(text);

        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList(), () -> layout + ": " + hits);
        String what = hits.get(0).what();
        assertTrue(what.equals("a table of " + rows + " rows") || what.equals("a list of " + rows + " records of the same keys"),
                layout + ": " + what);
    }

    @Provide
    Arbitrary<String> tupleLayouts() {
        return Arbitraries.of("sql-values", "numpy-records");
    }

    @Property(tries = 24)
    void aShorterTableIsNone(@ForAll("layouts") String layout, @ForAll @IntRange(min = 2, max = 24) int rows) {
        assertEquals(List.of(), SCANNER.scan(table(layout, rows)), layout);
    }

    @Provide
    Arbitrary<String> pieces() {
        return Arbitraries.of("[", "]", "(", ")", "c(", "{", "}", ", ", ",", ": ", " = ", " <- ", "\n", " ", "'a'", "\"Ann Lee\"", "1",
                "-2.5e3", "None", "NA", "x", "np.array(", "'", "\"", "\\",
                "tribble(", "~a", "# x\n", "`", "// x", "0x1F", "np.nan", "pd.NaT", "float('nan')", "datetime.date(", ": list[int] = ",
                "L\"", "$\"", "@\"", "$@\"", " \\\n").list().ofMaxSize(400).map(list -> String.join("", list));
    }

    @Property(tries = 1000)
    void piecesOfLiteralsAreReadWithoutFailing(@ForAll("pieces") String text) {
        for (TextHit hit : new TextScanner(new ScanSettings(1024, 256, 5000, 2, 10, 10, 10, 10)).scan(text)) {
            assertTrue(hit.start() >= 0 && hit.start() < hit.end() && hit.end() <= text.length(), hit.toString());
        }
    }
}
