package dev.nbexport.core.verify;

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
 * R's print of a character vector of people's names ({@code #> [1] "Ann Lee" "Bob Ray" ...}), or of
 * vectors of as many items one after another, is an {@code inline-table}; vectors of numbers alone,
 * of column names or of words stay clean.
 */
class VectorPrintsTest {

    /** R's print of the {@code items} items, {@code perLine} a line, each line after {@code prefix} and its first item's index. */
    static String print(String prefix, int items, int perLine, IntFunction<String> item) {
        StringBuilder print = new StringBuilder();
        int width = String.valueOf(items).length();
        for (int first = 0; first < items; first += perLine) {
            print.append(prefix).append(String.format("[%" + width + "d]", first + 1));
            for (int i = first; i < Math.min(items, first + perLine); i++) {
                print.append(' ').append(String.format("%-16s", item.apply(i)));
            }
            print.append('\n');
        }
        return print.toString();
    }

    @Test
    void aReprexOfACharacterVectorOfNamesIsATable() {
        String reprex = "top <- cust$name[order(-cust$amount)]\ntop\n" + print("#> ", 40, 4, i -> '"' + person(i) + '"');
        assertTable(3, reprex, "a table of 40 rows");
    }

    /**
     * R's print of a factor of the {@code items} items, {@code perLine} a line, each padded to the
     * widest and parted by a space, then the line of its levels.
     */
    static String factor(String prefix, int items, int perLine, IntFunction<String> item) {
        int width = IntStream.range(0, items).mapToObj(item).mapToInt(String::length).max().orElse(0);
        int indexWidth = String.valueOf(items).length();
        StringBuilder print = new StringBuilder();
        for (int first = 0; first < items; first += perLine) {
            print.append(prefix).append(String.format("[%" + indexWidth + "d]", first + 1));
            for (int i = first; i < Math.min(items, first + perLine); i++) {
                print.append(' ').append(String.format("%-" + width + "s", item.apply(i)));
            }
            print.append('\n');
        }
        return print + prefix + items + " Levels: " + IntStream.range(0, 5).mapToObj(item).collect(Collectors.joining(" ")) + " ... "
                + item.apply(items - 1) + "\n";
    }

    @Test
    void aFactorOfNamesPrintedWithoutQuotesIsATable() {
        String reprex = "cust$name <- factor(cust$name)\ncust$name\n" + factor("#> ", 40, 4, CustomerRows::person);
        assertTable(3, reprex, "a table of 40 rows");
        String printed = "print(df$name)\n" + factor("", 30, 3, CustomerRows::person);
        assertTable(2, printed, "a table of 30 rows");
    }

    @Test
    void vectorsOfAsManyItemsPrintedOneAfterAnotherAreATable() {
        Random random = new Random(4);
        List<String> cities = List.of("Lyon", "Nice", "Metz", "Lille", "Paris", "Brest");
        String knitted = "cust$city\n" + print("## ", 30, 5, i -> '"' + cities.get(random.nextInt(6)) + '"')
                + "cust$amount\n" + print("## ", 30, 8, i -> random.nextInt(9999) + "." + random.nextInt(99));
        assertTable(2, knitted, "a table of 30 rows");
    }

    @Test
    void vectorsOfNumbersColumnNamesAndWordsAreClean() {
        Random random = new Random(2);
        String numbers = print("", 40, 8, i -> String.valueOf(random.nextDouble())) + print("", 40, 8, i -> String.valueOf(random.nextInt(99)));
        String columns = print("#> ", 30, 6, i -> "\"col_" + i + "\"");
        String words = print("## ", 40, 6, i -> "\"" + List.of("yes", "no", "maybe").get(i % 3) + "\"");
        String levels = factor("#> ", 40, 8, i -> List.of("low", "medium", "high").get(i % 3));
        String packages = "attached base packages:\n[1] stats     graphics  grDevices utils     datasets  methods   base\n";
        for (String text : List.of(numbers, columns, words, levels, packages)) {
            assertClean(text);
        }
    }
}
