package dev.nbexport.core.verify;

import static dev.nbexport.core.verify.CustomerRows.amount;
import static dev.nbexport.core.verify.CustomerRows.date;
import static dev.nbexport.core.verify.CustomerRows.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Customers written as lines of code of one template, one statement a customer, their values typed
 * in as literals: manual corrections, rows appended one a call, a plot's labels. Code of one
 * template whose literals are no data (options, tests, registrations, settings, conversions) is clean.
 */
class LiteralTemplateLinesTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    private static final int ROWS = 30;

    private static final String[] FIRST = {"Amara", "Bjorn", "Chiara", "Dmitri", "Esther", "Fatima", "Goran", "Hana", "Ingrid", "Jonas",
        "Kwame", "Leila", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Siobhan", "Tomasz"};
    private static final String[] LAST = {"Adeyemi", "Lindgren", "Bianchi", "Volkov", "Cohen", "Al-Sayed", "Petrovic", "Novak", "Solberg",
        "Iyer", "Mansour", "O'Brien", "Mensah", "Demir", "Dvorak", "Haddad", "Tanaka", "Silva", "Walsh", "Kowalski", "Dubois", "Garcia",
        "Nguyen", "Fischer", "Larsen", "Costa", "Baker", "Murphy", "Keller", "Romero", "Shah"};
    private static final String[] CITIES = {"Bergen", "Cork", "Bilbao", "Lyon", "Leipzig", "Turin", "Porto", "Nantes"};

    private static String name(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[i % LAST.length];
    }

    private static String city(int i) {
        return CITIES[i * 5 % CITIES.length];
    }

    private static String lines(IntFunction<String> line) {
        return CustomerRows.lines(ROWS, line);
    }

    private static void assertTable(String text) {
        List<TextHit> hits = SCANNER.scan(text);
        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).filter(r -> r == Rule.INLINE_TABLE).toList(),
                () -> "hits: " + hits + "\n" + text);
        assertFalse(hits.get(0).what().contains("Adeyemi"), hits.get(0).what());
    }

    private static void assertClean(String text) {
        assertEquals(List.of(), SCANNER.scan(text).stream().filter(h -> h.rule() == Rule.INLINE_TABLE).toList(),
                text.length() > 300 ? text.substring(0, 300) : text);
    }

    @Test
    void correctionsOneACustomer() {
        assertTable("df = pd.read_csv('data/customers.csv')\n" + lines(i -> "df.loc[df.customer_id == " + id(i) + ", 'name'] = \"" + name(i) + "\""));
        assertTable(lines(i -> "df.loc[df.customer_id == " + id(i) + ", 'city'] = '" + city(i) + "'  # " + name(i)));
        assertTable(lines(i -> "df$city[df$id == " + id(i) + "] <- \"" + city(i) + "\"; df$name[df$id == " + id(i) + "] <- \"" + name(i) + "\""));
        assertTable("df <- df %>% mutate(display = case_when(\n" + lines(i -> "  id == " + id(i) + " ~ \"" + name(i) + "\",") + "))\n");
    }

    @Test
    void rowsAppendedOneACall() {
        assertTable(lines(i -> "df.loc[len(df)] = [" + id(i) + ", \"" + name(i) + "\", \"" + city(i) + "\", " + amount(i) + "]"));
        assertTable(lines(i -> "ws.append([" + id(i) + ", \"" + name(i) + "\", \"" + city(i) + "\", " + amount(i) + "])"));
        assertTable(lines(i -> "cur.execute(\"INSERT INTO vip VALUES (%s, %s, %s)\", (" + id(i) + ", \"" + name(i) + "\", " + amount(i) + "))"));
        assertTable(lines(i -> "ax.annotate(\"" + name(i) + "\", (" + amount(i) + ", 0." + (i * 37 % 100) + "))"));
        assertTable(lines(i -> "folium.Marker([" + (47 + i % 9) + "." + (i * 7919 % 100000) + ", -" + (i % 5) + "." + (i * 104729 % 100000)
                + "], popup=\"" + name(i) + "\").add_to(m)"));
        assertTable(lines(i -> "    writer.writerow([" + id(i) + ", \"" + name(i) + "\", '" + date(i) + "'])"));
    }

    @Test
    void codeOfOneTemplateWithoutDataIsClean() {
        String[] words = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu",
            "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"};
        IntFunction<String> word = i -> words[i % words.length] + (i >= words.length ? "_" + i : "");
        assertClean(lines(i -> "parser.add_argument(\"--" + word.apply(i) + "\", type=int, default=" + (i * 37 % 50)
                + ", help=\"how many " + word.apply(i) + " steps to run before the next one\")"));
        assertClean(lines(i -> "    assert parse_size(\"" + (i * 37 % 90 + 1) + " kb\") == " + (i * 37 % 90 + 1) * 1024));
        assertClean(lines(i -> "    assert f(" + i + ") == " + (i * i % 17)));
        assertClean(lines(i -> "register(\"" + word.apply(i) + "\", handle_" + i % 3 + ")"));
        assertClean(lines(i -> "SETTINGS[\"" + word.apply(i) + "\"] = \"" + word.apply(i + 5) + "\""));
        assertClean(lines(i -> "plt.plot(x, y * " + (i * 0.37) + ", label=\"" + word.apply(i) + "\")"));
        assertClean(lines(i -> "UNITS[\"" + word.apply(i) + "\"] = " + (1.0 / (i + 1))));
        assertClean(lines(i -> "os.environ.setdefault(\"" + word.apply(i).toUpperCase() + "\", \"" + (i % 2 == 0 ? "1" : "false") + "\")"));
        assertClean(lines(i -> "setattr(module, \"" + word.apply(i) + "\", " + i + ")"));
        assertClean(lines(i -> "    msgs.append(_(\"Could not open the " + word.apply(i) + " file\"), " + i + ")"));
        assertClean(lines(i -> "from ." + word.apply(i) + " import " + word.apply(i) + "  # noqa: F401"));
    }
}
