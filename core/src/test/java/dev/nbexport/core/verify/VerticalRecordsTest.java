package dev.nbexport.core.verify;

import static dev.nbexport.core.verify.CustomerRows.cells;
import static dev.nbexport.core.verify.RuledTablesTest.assertClean;
import static dev.nbexport.core.verify.RuledTablesTest.assertTable;

import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Records printed a field a line (Spark's {@code show(vertical=True)}, psql's expanded display, MySQL's
 * {@code \G}) are an
 * {@code inline-table}; records of settings stay clean.
 */
class VerticalRecordsTest {

    private static final String[] KEYS = {"id", "name", "born", "amount"};

    @Test
    void sparkVerticalRecordsAreATable() {
        String spark = IntStream.range(0, 40).mapToObj(i -> "-RECORD " + i + "--------------\n" + IntStream.range(0, 4)
                .mapToObj(k -> String.format(" %-6s | %s%n", KEYS[k], cells(i)[k])).collect(Collectors.joining()))
                .collect(Collectors.joining());
        assertTable(1, spark, "a table of 40 rows");
    }

    @Test
    void psqlExpandedRecordsAreATable() {
        String psql = IntStream.range(0, 30).mapToObj(i -> "-[ RECORD " + (i + 1) + " ]--+-----------\n" + IntStream.range(0, 4)
                .mapToObj(k -> String.format("%-6s | %s%n", KEYS[k], cells(i)[k])).collect(Collectors.joining()))
                .collect(Collectors.joining());
        assertTable(2, "```\n" + psql + "```\n", "a table of 30 rows");
    }

    @Test
    void mysqlVerticalRowsAreATable() {
        String mysql = "mysql> SELECT id, name, born, amount FROM customers\\G\n" + IntStream.range(0, 40)
                .mapToObj(i -> "*************************** " + (i + 1) + ". row ***************************\n" + IntStream.range(0, 4)
                .mapToObj(k -> String.format("%6s: %s%n", KEYS[k], cells(i)[k])).collect(Collectors.joining()))
                .collect(Collectors.joining()) + "40 rows in set (0.01 sec)\n";
        assertTable(2, mysql, "a table of 40 rows");
    }

    @Test
    void recordsOfSettingsAreClean() {
        Random random = new Random(6);
        String settings = IntStream.range(0, 40).mapToObj(i -> "-RECORD " + i + "-----\n key   | spark.option." + i
                + "\n value | " + random.nextInt(999) + "\n").collect(Collectors.joining());
        assertClean(settings);
        String variables = IntStream.range(0, 40).mapToObj(i -> "*************************** " + (i + 1)
                + ". row ***************************\nVariable_name: innodb_option_" + i + "\n        Value: " + random.nextInt(999)
                + "\n").collect(Collectors.joining());
        assertClean(variables);
    }
}
