package dev.nbexport.core.verify;

import static dev.nbexport.core.verify.CustomerRows.cells;
import static dev.nbexport.core.verify.CustomerRows.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A table whose cells stand between borders with a rule between its rows (tabulate's {@code grid},
 * box-drawing borders) or a LaTeX {@code tabular}'s rows is an {@code inline-table}; tables of
 * options and symbols, matrices and {@code align} rows stay clean.
 */
class RuledTablesTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);

    static void assertTable(int line, String text, String what) {
        List<TextHit> hits = SCANNER.scan(text);
        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList(), () -> "hits: " + hits + "\n" + text);
        assertEquals(line, hits.get(0).line(), text);
        assertTrue(hits.get(0).what().contains(what), hits.get(0).what());
        assertFalse(hits.get(0).what().contains(person(2)), hits.get(0).what());
    }

    static void assertClean(String text) {
        assertEquals(List.of(), SCANNER.scan(text), text);
    }

    /** Lines of {@code rows} customers, each its cells joined by {@code inner} between {@code left} and {@code right}, then {@code rule}. */
    private static String rows(int rows, String left, String inner, String right, String rule) {
        return IntStream.range(0, rows).mapToObj(i -> left + String.join(inner, cells(i)) + right + "\n" + rule)
                .collect(Collectors.joining());
    }

    @Test
    void aGridTableWithARuleAfterEveryRowIsATable() {
        String rule = "+------+----------------+------------+--------+\n";
        String grid = rule + "| id | name | born | amount |\n" + rule.replace('-', '=') + rows(40, "| ", " | ", " |", rule);
        assertTable(2, grid, "a table of 40 rows");
        assertTable(4, "```\n\n" + grid + "```\n", "a table of 40 rows");
    }

    @Test
    void boxDrawingBordersWithRulesBetweenRowsAreATable() {
        String rule = "├────────┼──────────────────┼────────────┼─────────┤\n";
        String box = "┌────────┬──────────────────┬────────────┬─────────┐\n│ id │ name │ born │ amount │\n"
                + rows(30, "│ ", " │ ", " │", rule) + "└────────┴──────────────────┴────────────┴─────────┘\n";
        assertTable(2, box, "a table of 30 rows");
        String polars = rows(30, "│ ", " ┆ ", " │", "");
        assertTable(1, polars, "a table of 30 rows");
    }

    @Test
    void aRowOfColumnTypesUnderTheHeaderIsNoRow() {
        String polars = "shape: (40, 4)\n┌────────┬──────────────────┬────────────┬─────────┐\n│ id ┆ name ┆ born ┆ amount │\n"
                + "│ --- ┆ --- ┆ --- ┆ --- │\n│ i64 ┆ str ┆ date ┆ f64 │\n╞════════╪══════════════════╪════════════╪═════════╡\n"
                + rows(40, "│ ", " ┆ ", " │", "") + "└────────┴──────────────────┴────────────┴─────────┘\n";
        assertTable(3, polars, "a table of 40 rows");
        String duckdb = "┌────────┬──────────────────┬────────────┬───────────────┐\n│ id │ name │ born │ amount │\n"
                + "│ int64 │ varchar │ date │ decimal(10,2) │\n├────────┼──────────────────┼────────────┼───────────────┤\n"
                + rows(40, "│ ", " │ ", " │", "") + "└────────┴──────────────────┴────────────┴───────────────┘\n";
        assertTable(2, duckdb, "a table of 40 rows");
    }

    @Test
    void theRowsOfALatexTabularAreATable() {
        String tabular = "\\begin{tabular}{rllr}\n\\toprule\nid & name & born & amount \\\\\n\\midrule\n"
                + rows(40, "", " & ", " \\\\", "") + "\\bottomrule\n\\end{tabular}\n";
        assertTable(3, tabular, "a table of 40 rows");
        String ruled = rows(30, "  ", " & ", " \\\\ \\hline", "");
        assertTable(1, ruled, "a table of 30 rows");
    }

    @Test
    void optionsSymbolsMatricesAndAlignRowsAreClean() {
        Random random = new Random(5);
        String rule = "+----------------------+----------------------------------+\n";
        String options = rule + IntStream.range(0, 40).mapToObj(i -> "| --option-" + i + " | Sets option " + i + " of the tool |\n" + rule)
                .collect(Collectors.joining());
        String symbols = "\\begin{tabular}{ll}\n" + IntStream.range(0, 30).mapToObj(i -> "$\\alpha_{" + i + "}$ & \\texttt{alpha"
                + i + "} \\\\\n").collect(Collectors.joining()) + "\\end{tabular}\n";
        String matrix = "\\begin{bmatrix}\n" + IntStream.range(0, 30).mapToObj(i -> random.nextInt(9) + " & " + random.nextInt(9)
                + " & " + random.nextDouble() + " \\\\\n").collect(Collectors.joining()) + "\\end{bmatrix}\n";
        String align = "\\begin{align}\n" + IntStream.range(0, 30).mapToObj(i -> "x_{" + i + "} &= " + random.nextInt(99)
                + " y + \\frac{1}{" + i + "} \\\\\n").collect(Collectors.joining()) + "\\end{align}\n";
        String diagram = IntStream.range(0, 30).mapToObj(i -> "|  Stage " + i + "  |  --->  |  Queue " + i + "  |\n"
                + "+----------+        +----------+\n").collect(Collectors.joining());
        for (String text : List.of(options, symbols, matrix, align, diagram)) {
            assertClean(text);
        }
    }
}
