package dev.nbexport.core.verify;

import static dev.nbexport.core.verify.CustomerRows.cells;
import static dev.nbexport.core.verify.CustomerRows.person;
import static dev.nbexport.core.verify.RuledTablesTest.assertClean;
import static dev.nbexport.core.verify.RuledTablesTest.assertTable;

import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Rows of words parted by spaces and not aligned (SAS's {@code datalines;}, Stata's
 * {@code input ... end}, R's {@code read.table(text = "...")}) are an {@code inline-table}; code
 * (imports of names, constants), logs and prose of one shape stay clean.
 */
class WordRowsTest {

    private static String lines(int rows, IntFunction<String> line) {
        return IntStream.range(0, rows).mapToObj(line).collect(Collectors.joining("\n")) + "\n";
    }

    @Test
    void sasDatalinesWithNamesUnquotedAreATable() {
        String sas = "data customers;\n  input id name $ 8-24 born :yymmdd10. amount;\n  datalines;\n"
                + lines(40, i -> String.join(" ", cells(i))) + ";\nrun;\n";
        assertTable(4, sas, "a table of 40 rows");
    }

    @Test
    void stataInputAndReadTableWithNamesQuotedAreATable() {
        String stata = "clear\ninput long id str20 name str10 born double amount\n"
                + lines(30, i -> { String[] c = cells(i); return c[0] + " \"" + c[1] + "\" \"" + c[2] + "\" " + c[3]; }) + "end\n";
        assertTable(3, stata, "a table of 30 rows");
        String r = "cust <- read.table(header = TRUE, text = '\nid name born amount\n"
                + lines(30, i -> { String[] c = cells(i); return c[0] + " \"" + c[1] + "\" " + c[2] + " " + c[3]; }) + "')\n";
        assertTable(3, r, "a table of 30 rows");
    }

    @Test
    void linesOfNamesAloneAreATable() {
        String[] cities = {"Lyon", "Porto", "Bergen", "Graz", "Gent", "Turin", "Cork", "Brno"};
        String r = "cust <- read.table(text = \"\n" + lines(40, i -> person(i)) + "\", sep = \"\\t\", col.names = \"name\")\n";
        assertTable(2, r, "a table of 40 rows");
        String sas = "data contacts;\n  input first $ last $ city $;\n  datalines;\n"
                + lines(30, i -> person(i) + " " + cities[i % cities.length]) + ";\nrun;\n";
        assertTable(4, sas, "a table of 30 rows");
    }

    @Test
    void definesLogsImportsAndProseOfOneShapeAreClean() {
        Random random = new Random(9);
        String defines = lines(40, i -> "#define K" + (char) ('A' + i % 26) + (char) ('A' + i / 26) + "X " + random.nextInt(999));
        String log = lines(40, i -> "2024-01-0" + (1 + i / 10) + " 12:00:" + (10 + i) + " INFO epoch " + i + " loss "
                + random.nextDouble());
        String steps = lines(40, i -> "step " + i + " took " + random.nextInt(99) + " ms");
        String words = lines(40, i -> "word" + i + " " + random.nextInt(9999));
        String imports = lines(40, i -> "from .module" + i + " import " + person(i).replace(" ", "") + " as "
                + person(i).replace(" ", ""));
        String[] levels = {"Debug", "Info", "Warning", "Error"};
        String[] colours = {"Red", "Green", "Blue", "Black"};
        String enums = lines(40, i -> levels[i % levels.length] + " " + colours[i / 10]);
        String classes = lines(40, i -> "ValueError TypeError KeyError IndexError".split(" ")[i % 4] + " DataFrame");
        for (String text : List.of(defines, log, steps, words, imports, enums, classes)) {
            assertClean(text);
        }
    }
}
