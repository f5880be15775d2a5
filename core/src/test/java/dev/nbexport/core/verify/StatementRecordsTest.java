package dev.nbexport.core.verify;

import static dev.nbexport.core.verify.CustomerRows.amount;
import static dev.nbexport.core.verify.CustomerRows.date;
import static dev.nbexport.core.verify.CustomerRows.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Tables of customers written one statement or record at a time, each naming its keys again: SQL
 * statements one a row, calls of keyword arguments (the repr of a Spark row, a named tuple, a
 * dataclass; R's {@code list(...)}), a TOML array of tables. Configuration written in the same
 * shapes (keyword calls, a migration's seed, pyproject's and Cargo's arrays of tables) is no table.
 */
class StatementRecordsTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    private static final int ROWS = 30;

    private static final String[] FIRST = {"Ann", "Bob", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas",
        "Kara", "Liam", "Maya", "Nils", "Olga", "Pavel", "Quinn", "Rosa", "Sven", "Tara"};
    private static final String[] LAST = {"Lee", "Moreau", "Schmidt", "Okafor", "Rossi", "Haddad", "Novak", "Tanaka", "Silva",
        "Berg", "Jensen", "Walsh", "Kowalski", "Dubois", "Petrov", "Garcia", "Nguyen", "Fischer", "Larsen", "Costa", "Baker",
        "Hughes", "Ivanova", "Murphy", "Sato", "Keller", "Lindqvist", "Romero", "Shah", "Weber", "O''Brien"};

    private static String name(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[i % LAST.length];
    }

    private static String lines(IntFunction<String> line) {
        return CustomerRows.lines(ROWS, line);
    }

    private static void assertTable(String text) {
        List<TextHit> hits = SCANNER.scan(text);
        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList(), () -> "hits: " + hits + "\n" + text);
        assertTrue(hits.get(0).what().contains("records of the same keys"), hits.get(0).what());
        assertFalse(hits.get(0).what().contains("Okafor"), hits.get(0).what());
    }

    private static void assertClean(String text) {
        assertEquals(List.of(), SCANNER.scan(text), text.length() > 300 ? text.substring(0, 300) : text);
    }

    @Test
    void sqlInsertsOneStatementARow() {
        assertTable(lines(i -> "INSERT INTO customers (id, name, signup, amount) VALUES (" + id(i) + ", '" + name(i) + "', '"
                + date(i) + "', " + amount(i) + ");"));
        assertTable(lines(i -> "insert into crm.\"Customers\" values (" + id(i) + ", '" + name(i) + "', DATE '" + date(i) + "');")
                .replace("DATE '", "DATE('").replace("');", "'));"));
        assertTable("-- seed\n" + lines(i -> "INSERT INTO customers (name, amount)\n  VALUES ('" + name(i) + "', " + amount(i) + ");\n"));
    }

    @Test
    void sqlUpdatesOneStatementARowEachFollowedByAComment() {
        assertTable(lines(i -> "UPDATE customers SET balance = " + amount(i) + " WHERE name = '" + name(i) + "'; -- ticket 4411"));
        assertTable(lines(i -> "update customers set amount = " + amount(i) + ", signup = '" + date(i) + "' where id = " + id(i)
                + " and region = 'EU';"));
    }

    @Test
    void sparkRowsInAListAndSideBySideInText() throws IOException {
        IntFunction<String> row = i -> "Row(customer_id=" + id(i) + ", full_name='" + name(i) + "', signup_date=datetime.date("
                + date(i).replace("-0", ", ").replace("-", ", ") + "), amount=" + amount(i) + ")";
        assertTable("CUSTOMERS = [\n" + lines(i -> "    " + row.apply(i) + ",") + "]\n");
        StringBuilder collected = new StringBuilder("Output of `df.collect()`:\n\n```\n[");
        for (int i = 0; i < ROWS; i++) {
            collected.append(i > 0 ? ", " : "").append(row.apply(i));
        }
        assertTable(collected.append("]\n```\n").toString());
        List<Finding> findings = CodeCells.verifyUnderExport("rows = [\n" + lines(i -> "    " + row.apply(i) + ",") + "]\n");
        assertEquals(List.of(Rule.INLINE_TABLE), findings.stream().map(Finding::rule).toList());
    }

    @Test
    void sqlDeletesOneARowAndStatementsGivenToCallsOneALine() {
        assertTable(lines(i -> "DELETE FROM customers WHERE id = " + id(i) + " AND name = '" + name(i) + "';"));
        assertTable("cur = con.cursor()\n" + lines(i -> "cur.execute(\"INSERT INTO customers VALUES (" + id(i) + ", '" + name(i) + "', '"
                + date(i) + "', " + amount(i) + ")\")"));
        assertTable(lines(i -> "    spark.sql('UPDATE customers SET amount = " + amount(i) + " WHERE id = " + id(i) + ";')"));
        assertTable("FIXES = [\n" + lines(i -> "    f\"DELETE FROM customers WHERE id = " + id(i) + " AND name = '" + name(i) + "'\",") + "]\n");
        assertTable(lines(i -> "cur.execute(\"\"\"DELETE FROM customers WHERE id = " + id(i) + " AND name = '" + name(i) + "'\"\"\")"));
    }

    @Test
    void callsOfArgumentsByPlaceThenByName() {
        assertTable("rows = [\n" + lines(i -> "    Row(" + id(i) + ", name=\"" + name(i) + "\", amount=" + amount(i) + "),") + "]\n");
        assertTable("customers = [\n" + lines(i -> "    Customer(" + id(i) + ", \"" + name(i) + "\", joined=date("
                + date(i).replace("-0", ", ").replace("-", ", ") + ")),") + "]\n");
    }

    @Test
    void tomlInlineTablesOneALine() {
        assertTable("customers = [\n" + lines(i -> "  {id = " + id(i) + ", name = \"" + name(i) + "\", joined = " + date(i)
                + ", amount = " + amount(i) + "},") + "]\n");
        assertTable("[customers]\n" + lines(i -> "c" + id(i) + " = {name = \"" + name(i) + "\", joined = " + date(i) + ", amount = "
                + amount(i) + "}  # checked"));
    }

    @Test
    void namedTuplesInADoctestAndDataclassesInComments() {
        assertTable("    >>> for t in df.itertuples(): print(t)\n" + lines(i -> "    Pandas(Index=" + i + ", id=" + id(i) + ", name='"
                + name(i) + "', signup='" + date(i) + "', amount=" + amount(i) + ")"));
        assertTable("# debug output:\n" + lines(i -> "# Customer(id=" + id(i) + ", name='" + name(i) + "', amount=" + amount(i) + ")"));
        assertTable("/*\n" + lines(i -> " * Customer(id=" + id(i) + ", name=\"" + name(i) + "\", amount=" + amount(i) + ")") + " */\n");
        assertTable(lines(i -> "- Customer(name='" + name(i) + "', amount=Decimal('" + amount(i) + "'))"));
    }

    @Test
    void rListsOfNamedItems() {
        assertTable("customers <- list(\n" + lines(i -> "  list(id = " + id(i) + ", name = \"" + name(i) + "\", signup = as.Date(\""
                + date(i) + "\"), amount = " + amount(i) + "),") + "  NULL\n)\n");
    }

    @Test
    void tomlArrayOfTables() {
        assertTable(lines(i -> "[[customer]]\nid = " + id(i) + "\nname = \"" + name(i) + "\"\nsignup = " + date(i) + "\namount = "
                + amount(i) + "  # checked\n"));
        assertTable("title = \"fixtures\"\n\n" + lines(i -> "[[ customers ]]\n  name = '" + name(i) + "'\n  \"amount\" = " + amount(i)));
    }

    @Test
    void fewerStatementsThanTheThresholdOrOneBrokenAreNoTable() {
        String inserts = lines(i -> "INSERT INTO customers (id, name, amount) VALUES (" + id(i) + ", '" + name(i) + "', " + amount(i) + ");");
        String[] rows = inserts.split("\n");
        assertClean(String.join("\n", List.of(rows).subList(0, 24)) + "\n");
        StringBuilder broken = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
            broken.append(rows[i]).append('\n').append(i % 12 == 11 ? "SELECT count(*) FROM customers;\n" : "");
        }
        assertClean(broken.toString());
        assertClean(lines(i -> "cur.execute(\"INSERT INTO customers (id, amount) VALUES (%s, %s)\", (" + id(i) + ", " + amount(i) + "))"));
    }

    @Test
    void keywordCallsOfConfigurationAreClean() {
        assertClean("grid = [\n" + lines(i -> "    dict(lr=" + amount(i) + ", batch_size=" + (16 << i % 4) + ", epochs=" + (i % 7 + 3) + "),")
                + "]\n");
        assertClean(lines(i -> "    Point(x=" + amount(i) + ", y=" + amount(i + 99) + "),"));
        assertClean("FIELDS = [\n" + lines(i -> "    Field(name=\"field_" + i + "\", type=\"int\", default=" + amount(i) + ", nullable=True),")
                + "]\n");
        assertClean(lines(i -> "    Column(name='col_" + i + "', label='Column " + i + "', width=" + (40 + i % 9 * 10) + "),"));
        assertClean(lines(i -> "    Choice(value=" + i + ", label='" + FIRST[i % FIRST.length] + "'),"));
        assertClean(lines(i -> "parser.add_argument('--opt-" + i + "', type=int, default=" + i + ", help='option " + i + "')"));
        assertClean(lines(i -> "    assert f(x=" + i + ", y=" + amount(i) + ") == " + amount(i + 1)));
        assertClean(lines(i -> "    field_" + i + " = models.CharField(max_length=" + (10 + i % 7) + ", blank=True, verbose_name='Field " + i + "'),"));
    }

    @Test
    void callsOfArgumentsByPlaceThenByNameInCodeAreClean() {
        assertClean(lines(i -> "    pytest.param(" + i + ", " + amount(i) + ", id=\"case_" + i + "\"),"));
        assertClean(lines(i -> "    Column(\"col_" + i + "\", String(" + (10 + i) + "), nullable=False),"));
        assertClean(lines(i -> "    np.full(" + (i + 1) + ", " + amount(i) + ", dtype=float),"));
        assertClean(lines(i -> "    parser.add_argument('--opt-" + i + "', default=" + amount(i) + ", help='the option " + i + "')"));
        assertClean(lines(i -> "    _(\"Menu item " + i + "\", context=\"menu\"),"));
    }

    @Test
    void migrationsAndSettingsWrittenAsStatementsAreClean() {
        StringBuilder migration = new StringBuilder("CREATE TABLE permissions (\n  id INTEGER PRIMARY KEY,\n  code TEXT NOT NULL,\n"
                + "  description TEXT\n);\n");
        migration.append(lines(i -> "INSERT INTO permissions (id, code, description) VALUES (" + (i + 1) + ", 'perm_" + i
                + "', 'Can edit item " + i + "');"));
        assertClean(migration.toString());
        assertClean(lines(i -> "INSERT INTO settings (key, value) VALUES ('setting_" + i + "', " + amount(i) + ");"));
        assertClean(lines(i -> "INSERT INTO schema_migrations (version) VALUES ('2023" + String.format("%04d", i) + "');"));
        assertClean(lines(i -> "UPDATE settings SET value = '" + (i % 2 == 0 ? "true" : "false") + "' WHERE key = 'feature_" + i + "';"));
        assertClean(lines(i -> "UPDATE orders SET status = 'shipped' WHERE id = " + (1000 + i) + ";"));
        assertClean(lines(i -> "INSERT INTO points (x, y) VALUES (" + i + ", " + i * i + ");"));
        assertClean(lines(i -> "DELETE FROM sessions WHERE id = " + (1000 + i) + ";"));
        assertClean(lines(i -> "cur.execute(\"DELETE FROM settings WHERE key = 'feature_" + i + "' AND scope = 'global'\")"));
        assertClean(lines(i -> "db.execute('INSERT INTO permissions VALUES (" + i + ", \\'perm_" + i + "\\')')"));
    }

    @Test
    void tomlArraysOfConfigurationAreClean() {
        assertClean("[project]\nname = \"tool\"\n\n" + lines(i -> "[[tool.mypy.overrides]]\nmodule = \"pkg.mod_" + i
                + ".*\"\nignore_missing_imports = true\n"));
        assertClean(lines(i -> "[[bin]]\nname = \"tool-" + i + "\"\npath = \"src/bin/tool_" + i + ".rs\"\n"));
        assertClean(lines(i -> "[[package]]\nname = \"crate-" + i + "\"\nversion = \"" + (i % 3) + "." + (i * 7 % 20) + "." + (i % 5)
                + "\"\ndependencies = [\n \"serde\",\n]\n"));
        assertClean(lines(i -> "[[bench]]\nname = \"bench_" + i + "\"\nharness = false\nsamples = " + amount(i) + "\n"));
        assertClean(lines(i -> "[[rule]]\nid = " + i + "\nlevel = \"warn\"\n[rule.options]\nmax = " + amount(i) + "\n"));
        assertClean("[dependencies]\n" + lines(i -> "crate-" + i + " = { version = \"" + (i % 3) + "." + (i * 7 % 20) + "\", optional = "
                + (i % 2 == 0) + " }"));
        assertClean("[tool.ruff.lint.per-file-ignores]\n" + lines(i -> "\"src/mod_" + i + ".py\" = { select = \"E" + (100 + i) + "\" }"));
        assertClean("matrix = [\n" + lines(i -> "  { python = \"3." + (8 + i % 5) + "\", os = \"ubuntu\", timeout = " + (10 + i) + " },") + "]\n");
    }
}
