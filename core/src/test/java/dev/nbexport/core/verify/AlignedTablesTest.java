package dev.nbexport.core.verify;

import static dev.nbexport.core.verify.CustomerRows.NAMES;
import static dev.nbexport.core.verify.CustomerRows.cells;
import static dev.nbexport.core.verify.CustomerRows.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A table printed in columns aligned by spaces, names among its cells (a printed {@code DataFrame},
 * an R {@code data.frame}, knitr's output of one), is an {@code inline-table}; aligned code, option
 * lists and constants stay clean.
 */
class AlignedTablesTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    /** Lines of {@code rows} rows of cells, each column right-aligned to its widest cell and parted by {@code gap}. */
    private static String printed(String[] header, int rows, IntFunction<String[]> row, String gap, String prefix) {
        List<String[]> lines = new java.util.ArrayList<>();
        lines.add(header);
        IntStream.range(0, rows).mapToObj(row).forEach(lines::add);
        int[] width = new int[header.length];
        for (String[] line : lines) {
            for (int c = 0; c < line.length; c++) {
                width[c] = Math.max(width[c], line[c].length());
            }
        }
        return lines.stream().map(line -> prefix + IntStream.range(0, line.length)
                .mapToObj(c -> " ".repeat(width[c] - line[c].length()) + line[c]).collect(Collectors.joining(gap)))
                .collect(Collectors.joining("\n")) + "\n";
    }

    /** A pandas frame printed: its index first, then the customer's cells. */
    private static String pandasPrint(int rows) {
        return printed(new String[] {"", "id", "name", "born", "amount"}, rows, i -> prepend(String.valueOf(i), cells(i)), "  ", "");
    }

    private static String[] prepend(String first, String[] rest) {
        String[] row = new String[rest.length + 1];
        row[0] = first;
        System.arraycopy(rest, 0, row, 1, rest.length);
        return row;
    }

    private static void assertTable(int line, String text, String what) {
        List<TextHit> hits = SCANNER.scan(text);
        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList(), () -> "hits: " + hits + "\n" + text);
        assertEquals(line, hits.get(0).line(), text);
        assertTrue(hits.get(0).what().contains(what), hits.get(0).what());
        assertFalse(hits.get(0).what().contains(person(2)), hits.get(0).what());
    }

    @Test
    void aPrintedDataFrameOfCustomersIsATable() {
        assertTable(1, pandasPrint(40), "a table of 40 rows");
        assertTable(3, "# Result\n\n" + pandasPrint(30) + "\nThat is all.\n", "a table of 30 rows");
    }

    @Test
    void anRDataFramePrintedOrKnittedIsATable() {
        String print = printed(new String[] {"", "id", "name", "born", "amount"}, 40,
                i -> prepend(String.valueOf(i + 1), cells(i)), " ", "");
        assertTable(1, print, "a table of 40 rows");
        String knitted = print.lines().map(l -> "## " + l).collect(Collectors.joining("\n"));
        assertTable(6, "```{r}\ncustomers\n```\n\n```\n" + knitted + "\n```\n", "a table of 40 rows");
    }

    @Test
    void namesAndPlacesPrintedWithoutNumbersAreATable() {
        Random random = new Random(7);
        String text = printed(new String[] {"name", "city"}, 30,
                i -> new String[] {person(i), List.of("Lyon", "Nice", "Metz", "Lille", "Paris", "Brest").get(random.nextInt(6))}, "  ", "");
        assertTable(1, text, "a table of 30 rows");
    }

    @Test
    void aTitleAndAFooterAroundThePrintIsNoPartOfItsColumns() {
        String text = "Customers of the north region, as exported\n" + pandasPrint(30) + "[30 rows x 4 columns]\n";
        assertTable(2, text, "a table of 30 rows");
    }

    @Test
    void printsBelowTheRowsOfATableAreClean() {
        assertEquals(List.of(), SCANNER.scan(pandasPrint(24)));
    }

    @Test
    void alignedCodeOptionsAndConstantsAreClean() {
        Random random = new Random(3);
        String assignments = IntStream.range(0, 40).mapToObj(i -> String.format("%-12s = %d", "value" + i, random.nextInt(999)))
                .collect(Collectors.joining("\n"));
        String constants = IntStream.range(0, 40).mapToObj(i -> String.format("#define %-12s %d", "K" + (char) ('A' + i % 26)
                + (char) ('A' + i / 26) + "X", random.nextInt(999))).collect(Collectors.joining("\n"));
        String options = IntStream.range(0, 40).mapToObj(i -> String.format("  --%-20s Set option %d of the tool", "option-" + i, i))
                .collect(Collectors.joining("\n"));
        String contributors = IntStream.range(0, 40).mapToObj(i -> "- " + NAMES[i % NAMES.length] + (i / NAMES.length))
                .collect(Collectors.joining("\n"));
        String complex = IntStream.range(0, 40).mapToObj(i -> String.format("    %.15e %s %.15ej,", random.nextDouble(), i % 2 == 0 ? "+" : "-",
                random.nextDouble())).collect(Collectors.joining("\n"));
        for (String text : List.of(assignments, constants, options, contributors, complex)) {
            assertEquals(List.of(), SCANNER.scan(text + "\n"), text);
        }
    }
}
