package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Configuration written as lists of records, one a line or a key a line, of 25 records or more:
 * none of it is a table of data.
 */
class ConfigurationRecordsTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);

    private static final String[] PACKAGES = {"numpy", "pandas", "scipy", "matplotlib", "requests", "urllib3", "certifi", "idna",
        "charset-normalizer", "six", "python-dateutil", "pytz", "tzdata", "packaging", "pyparsing", "Jinja2", "MarkupSafe",
        "click", "attrs", "pluggy", "pytest", "iniconfig", "tomli", "setuptools", "wheel", "typing-extensions", "filelock",
        "platformdirs", "virtualenv", "PyYAML", "scikit-learn", "joblib", "threadpoolctl", "Pillow", "kiwisolver"};
    private static final String[] LICENSES = {"BSD-3-Clause", "MIT", "Apache-2.0", "MPL-2.0", "PSF-2.0"};
    private static final String[] SETTINGS = {"LOG_LEVEL", "APP_ENV", "DATABASE_HOST", "DATABASE_PORT", "CACHE_TTL", "FEATURE_SEARCH",
        "REGION", "TZ", "WORKERS", "QUEUE_NAME", "SMTP_HOST", "STORAGE_BUCKET", "SENTRY_ENV", "HTTP_TIMEOUT", "DEBUG"};
    private static final String[] SETTING_VALUES = {"info", "production", "db.internal", "5432", "300", "true", "eu-west-1",
        "Europe/Paris", "4", "default queue", "smtp.internal", "app-assets", "staging", "30s", "false"};
    private static final String[] COUNTRIES = {"Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia",
        "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize",
        "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil", "Bulgaria", "Burkina Faso", "Burundi",
        "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia", "Comoros", "Costa Rica", "C\\u00f4te d'Ivoire"};
    private static final String[] REGIONS = {"Asia", "Europe", "Africa", "Americas", "Oceania"};
    private static final String[] SUBDIVISIONS = {"Auvergne-Rh\\u00f4ne-Alpes", "Bourgogne-Franche-Comt\\u00e9", "Bretagne",
        "Centre-Val de Loire", "Corse", "Grand-Est", "Hauts-de-France", "\\u00cele-de-France", "Normandie", "Nouvelle-Aquitaine",
        "Occitanie", "Pays-de-la-Loire", "Provence-Alpes-C\\u00f4te-d'Azur", "Baden-W\\u00fcrttemberg", "Bayern", "Berlin",
        "Brandenburg", "Bremen", "Hamburg", "Hessen", "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen",
        "Rheinland-Pfalz", "Saarland", "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein", "Th\\u00fcringen", "Andaluc\\u00eda",
        "Arag\\u00f3n", "Cantabria"};
    private static final String[][] MESSAGES = {{"Save file", "Enregistrer le fichier"}, {"Open file", "Ouvrir un fichier"},
        {"Close window", "Fermer la fen\\u00eatre"}, {"Delete selection", "Supprimer la s\\u00e9lection"}, {"Print page", "Imprimer la page"},
        {"Select all", "Tout s\\u00e9lectionner"}, {"Find next", "Rechercher le suivant"}, {"Zoom in", "Zoom avant"},
        {"Zoom out", "Zoom arri\\u00e8re"}, {"Undo", "Annuler"}, {"Redo", "R\\u00e9tablir"}, {"Settings", "Param\\u00e8tres"},
        {"Help", "Aide"}, {"New tab", "Nouvel onglet"}, {"Copy link", "Copier le lien"}, {"Paste", "Coller"}, {"Cut", "Couper"},
        {"Rename file", "Renommer le fichier"}, {"Export as PDF", "Exporter en PDF"}, {"Quit", "Quitter"},
        {"Show hidden files", "Afficher les fichiers cach\\u00e9s"}, {"Sort by name", "Trier par nom"}, {"Sort by date", "Trier par date"},
        {"Log out", "Se d\\u00e9connecter"}, {"Sign in", "Se connecter"}, {"Full screen", "Plein \\u00e9cran"},
        {"Check for updates", "Rechercher des mises \\u00e0 jour"}, {"About", "\\u00c0 propos"}};
    private static final String[][] COLUMNS = {{"customer_id", "integer", "customer id"}, {"first_name", "string", "first name"},
        {"last_name", "string", "last name"}, {"email", "string", "email address"}, {"phone", "string", "phone number"},
        {"signup_date", "date", "signup date"}, {"birth_date", "date", "birth date"}, {"country", "string", "country code"},
        {"city", "string", "city name"}, {"plan", "string", "plan name"}, {"mrr", "decimal", "monthly revenue"},
        {"churned", "boolean", "churn flag"}, {"segment", "string", "segment name"}, {"channel", "string", "acquisition channel"},
        {"order_id", "integer", "order id"}, {"order_date", "date", "order date"}, {"order_total", "decimal", "order total"},
        {"currency", "string", "currency code"}, {"discount", "decimal", "discount rate"}, {"shipping_city", "string", "shipping city"},
        {"shipping_zip", "string", "shipping zip"}, {"status", "string", "order status"}, {"updated_at", "timestamp", "update time"},
        {"created_at", "timestamp", "creation time"}, {"source", "string", "lead source"}, {"score", "float", "lead score"},
        {"owner_id", "integer", "owner id"}, {"region", "string", "sales region"}};

    private static void assertClean(String text) {
        List<TextHit> hits = SCANNER.scan(text);
        assertEquals(List.of(), hits, () -> (text.length() > 300 ? text.substring(0, 300) : text));
    }

    private static String pick(String[] values, int i) {
        return values[i % values.length];
    }

    @Test
    void dependencyListsOneRecordALine() {
        StringBuilder json = new StringBuilder("[\n");
        StringBuilder lines = new StringBuilder();
        StringBuilder python = new StringBuilder("PINNED = [\n");
        StringBuilder yaml = new StringBuilder("packages:\n");
        for (int i = 0; i < PACKAGES.length; i++) {
            String version = (1 + i % 3) + "." + (i * 7 % 30) + "." + (i % 5);
            json.append("  {\"name\": \"").append(PACKAGES[i]).append("\", \"version\": \"").append(version).append("\"},\n");
            lines.append("{\"package\": \"").append(PACKAGES[i]).append("\", \"version\": \"").append(version)
                    .append("\", \"license\": \"").append(pick(LICENSES, i)).append("\"}\n");
            python.append("    {'name': '").append(PACKAGES[i]).append("', 'version': '").append(version).append("'},\n");
            yaml.append("  - {name: ").append(PACKAGES[i]).append(", version: ").append(version).append("}\n");
        }
        assertClean(json.append("]\n").toString());
        assertClean(lines.toString());
        assertClean(python.append("]\n").toString());
        assertClean(yaml.toString());
    }

    @Test
    void keyValueAndOptionDefaultListsOneRecordALine() {
        StringBuilder pairs = new StringBuilder("[\n");
        StringBuilder env = new StringBuilder("env = [\n");
        StringBuilder options = new StringBuilder("OPTIONS = [\n");
        for (int i = 0; i < 30; i++) {
            String key = pick(SETTINGS, i) + (i >= SETTINGS.length ? "_2" : "");
            pairs.append("  {\"key\": \"").append(key).append("\", \"value\": \"").append(pick(SETTING_VALUES, i)).append("\"},\n");
            env.append("    {\"name\": \"").append(key).append("\", \"value\": \"").append(pick(SETTING_VALUES, i)).append("\"},\n");
            options.append("    {\"option\": \"").append(key.toLowerCase()).append("\", \"default\": \"").append(pick(SETTING_VALUES, i))
                    .append("\", \"type\": \"").append(i % 3 == 0 ? "int" : "str").append("\"},\n");
        }
        assertClean(pairs.append("]\n").toString());
        assertClean(env.append("]\n").toString());
        assertClean(options.append("]\n").toString());
    }

    @Test
    void kubernetesEnvironmentListsOfLowercaseValues() {
        StringBuilder yaml = new StringBuilder("spec:\n  containers:\n    - name: app\n      env:\n");
        for (int i = 0; i < 30; i++) {
            yaml.append("        - name: ").append(pick(SETTINGS, i)).append(i >= SETTINGS.length ? "_2" : "").append("\n          value: \"")
                    .append(pick(SETTING_VALUES, i)).append("\"\n");
        }
        assertClean(yaml.toString());
    }

    @Test
    void githubActionsMatrices() {
        String[] systems = {"ubuntu-22.04", "ubuntu-24.04", "macos-14", "windows-2022"};
        String[] pythons = {"3.9", "3.10", "3.11", "3.12", "3.13", "pypy3.10"};
        StringBuilder include = new StringBuilder("strategy:\n  matrix:\n    include:\n");
        StringBuilder flow = new StringBuilder("strategy:\n  matrix:\n    include:\n");
        for (int i = 0; i < 30; i++) {
            String os = pick(systems, i / pythons.length);
            include.append("      - os: ").append(os).append("\n        python: \"").append(pick(pythons, i)).append("\"\n        toxenv: ")
                    .append("py").append(pick(pythons, i).replace(".", "")).append("\n        experimental: ")
                    .append(i % 6 == 5 ? "true" : "false").append('\n');
            flow.append("      - {os: ").append(os).append(", python: \"").append(pick(pythons, i)).append("\", experimental: ")
                    .append(i % 6 == 5 ? "true" : "false").append("}\n");
        }
        assertClean(include.toString());
        assertClean(flow.toString());
    }

    @Test
    void configurationAsYamlFlowMappingsOneALine() {
        String[] systems = {"ubuntu-latest", "macos-latest", "windows-latest"};
        String[] pythons = {"3.9", "3.10", "3.11", "3.12", "3.13", "pypy3.10"};
        StringBuilder matrix = new StringBuilder("strategy:\n  matrix:\n    include:\n");
        StringBuilder pins = new StringBuilder("dependencies:\n");
        StringBuilder env = new StringBuilder("env:\n");
        StringBuilder messages = new StringBuilder("messages:\n");
        StringBuilder options = new StringBuilder("options:\n");
        for (int i = 0; i < 30; i++) {
            matrix.append("      - {os: ").append(pick(systems, i / pythons.length)).append(", python: \"").append(pick(pythons, i))
                    .append("\"}\n");
            String version = (1 + i % 3) + "." + (i * 7 % 30) + "." + (i % 5);
            pins.append("  - {name: ").append(PACKAGES[i]).append(", version: ").append(version).append(", license: ")
                    .append(pick(LICENSES, i)).append("}\n");
            String key = pick(SETTINGS, i) + (i >= SETTINGS.length ? "_2" : "");
            env.append("  - {name: ").append(key).append(", value: ").append(pick(SETTING_VALUES, i)).append("}\n");
            String id = "menu." + MESSAGES[i % MESSAGES.length][0].toLowerCase().replace(' ', '_') + (i >= MESSAGES.length ? "_2" : "");
            messages.append("  - {id: ").append(id).append(", en: ").append(MESSAGES[i % MESSAGES.length][0]).append(", fr: \"")
                    .append(MESSAGES[i % MESSAGES.length][1]).append("\"}\n");
            options.append("  - {flag: --").append(COLUMNS[i % COLUMNS.length][0].replace('_', '-')).append(i >= COLUMNS.length ? "-2" : "")
                    .append(", type: ").append(COLUMNS[i % COLUMNS.length][1]).append(", help: ").append(COLUMNS[i % COLUMNS.length][2])
                    .append("}\n");
        }
        assertClean(matrix.toString());
        assertClean(pins.toString());
        assertClean(env.toString());
        assertClean(messages.toString());
        assertClean(options.toString());
    }

    @Test
    void configurationAsYamlFlowMappingsSpreadOverLines() {
        StringBuilder pins = new StringBuilder("dependencies:\n");
        StringBuilder env = new StringBuilder("env:\n");
        StringBuilder options = new StringBuilder("options:\n");
        for (int i = 0; i < 30; i++) {
            String version = (1 + i % 3) + "." + (i * 7 % 30) + "." + (i % 5);
            pins.append("  - {name: ").append(PACKAGES[i]).append(",\n     version: ").append(version).append(", license: ")
                    .append(pick(LICENSES, i)).append("}\n");
            String key = pick(SETTINGS, i) + (i >= SETTINGS.length ? "_2" : "");
            env.append("  - {\n      name: ").append(key).append(",\n      value: ").append(pick(SETTING_VALUES, i)).append("\n    }\n");
            options.append("  - {flag: --").append(COLUMNS[i % COLUMNS.length][0].replace('_', '-')).append(i >= COLUMNS.length ? "-2" : "")
                    .append(",\n     type: ").append(COLUMNS[i % COLUMNS.length][1]).append(",\n     help: ")
                    .append(COLUMNS[i % COLUMNS.length][2]).append("}\n");
        }
        assertClean(pins.toString());
        assertClean(env.toString());
        assertClean(options.toString());
    }

    @Test
    void javaScriptObjectsOfConfigurationAKeyALine() {
        String[] systems = {"ubuntu-latest", "macos-latest", "windows-latest"};
        String[] colours = {"Red", "Pink", "Purple", "Indigo", "Blue", "Cyan", "Teal", "Green", "Lime", "Amber"};
        StringBuilder points = new StringBuilder("const series = [\n");
        StringBuilder matrix = new StringBuilder("module.exports = [\n");
        StringBuilder routes = new StringBuilder("const routes = [\n");
        StringBuilder choices = new StringBuilder("export const STATUSES = [\n");
        StringBuilder messages = new StringBuilder("export default [\n");
        StringBuilder palette = new StringBuilder("const palette = [\n");
        StringBuilder pins = new StringBuilder("const pins = [\n");
        for (int i = 0; i < 30; i++) {
            points.append("  {\n    x: ").append(i).append(",\n    y: ").append(i * 37 % 101 / 10.0).append("\n  },\n");
            matrix.append("  {\n    os: '").append(pick(systems, i)).append("',\n    node: ").append(14 + i % 10 * 2)
                    .append(",\n    experimental: ").append(i % 5 == 0).append("\n  },\n");
            String[] column = COLUMNS[i % COLUMNS.length];
            String label = column[2].substring(0, 1).toUpperCase() + column[2].substring(1);
            routes.append("  {\n    path: '/").append(column[0].replace('_', '-')).append("/:id',\n    name: '").append(label)
                    .append("',\n    title: \"").append(label).append(" Details\"\n  },\n");
            choices.append("  { value: '").append(column[0]).append(i >= COLUMNS.length ? "_2" : "").append("',\n    label: '")
                    .append(label).append("' },\n");
            String id = "menu." + MESSAGES[i % MESSAGES.length][0].toLowerCase().replace(' ', '_') + (i >= MESSAGES.length ? "_2" : "");
            messages.append("  {\n    id: '").append(id).append("',\n    en: '").append(MESSAGES[i % MESSAGES.length][0])
                    .append("',\n    fr: \"").append(MESSAGES[i % MESSAGES.length][1]).append("\"\n  },\n");
            palette.append("  {\n    name: '").append(i < 10 ? "Light " : i < 20 ? "Dark " : "Deep ").append(pick(colours, i))
                    .append("',\n    hex: '#").append(String.format("%06x", i * 0x3F5A1B & 0xFFFFFF)).append("'\n  },\n");
            pins.append("  {\n    name: '").append(PACKAGES[i]).append("',\n    version: '").append(1 + i % 3).append('.').append(i)
                    .append(".0',\n    license: '").append(pick(LICENSES, i)).append("'\n  },\n");
        }
        for (StringBuilder text : List.of(points, matrix, routes, choices, messages, palette, pins)) {
            assertClean(text.append("];\n").toString());
        }
    }

    @Test
    void tuplesAndArraysOfCodeAnItemALine() {
        String[] words = {"the quick brown fox", "jumps over", "the lazy dog", "hello", "a b c", "", "  padded  ", "tab\\tseparated"};
        String[][] statuses = {{"200", "OK"}, {"201", "Created"}, {"202", "Accepted"}, {"204", "No Content"},
            {"301", "Moved Permanently"}, {"302", "Found"}, {"304", "Not Modified"}, {"307", "Temporary Redirect"},
            {"308", "Permanent Redirect"}, {"400", "Bad Request"}, {"401", "Unauthorized"}, {"402", "Payment Required"},
            {"403", "Forbidden"}, {"404", "Not Found"}, {"405", "Method Not Allowed"}, {"406", "Not Acceptable"},
            {"408", "Request Timeout"}, {"409", "Conflict"}, {"410", "Gone"}, {"411", "Length Required"},
            {"412", "Precondition Failed"}, {"413", "Content Too Large"}, {"414", "URI Too Long"}, {"415", "Unsupported Media Type"},
            {"418", "I'm a Teapot"}, {"422", "Unprocessable Content"}, {"429", "Too Many Requests"},
            {"500", "Internal Server Error"}, {"501", "Not Implemented"}, {"502", "Bad Gateway"}, {"503", "Service Unavailable"},
            {"504", "Gateway Timeout"}};
        String[] colours = {"Alice Blue", "Antique White", "Blanched Almond", "Blue Violet", "Burly Wood", "Cadet Blue",
            "Cornflower Blue", "Dark Blue", "Dark Cyan", "Dark Golden Rod", "Dark Gray", "Dark Green", "Dark Khaki", "Dark Magenta",
            "Dark Olive Green", "Dark Orange", "Dark Orchid", "Dark Red", "Dark Salmon", "Dark Sea Green", "Deep Pink",
            "Deep Sky Blue", "Dim Gray", "Dodger Blue", "Fire Brick", "Floral White", "Forest Green", "Ghost White",
            "Green Yellow", "Hot Pink"};
        String[] cities = {"Lyon", "Paris", "Berlin", "Madrid", "Oslo", "Rome", "Vienna", "Porto", "Ghent", "Turin", "Leeds",
            "Cork", "Brno", "Graz", "Turku", "Bergen", "Malmo", "Aarhus", "Basel", "Bilbao", "Seville", "Naples", "Krakow",
            "Gdansk", "Tallinn", "Riga", "Vilnius", "Split", "Zadar", "Bari"};
        StringBuilder parametrize = new StringBuilder("@pytest.mark.parametrize(\n    \"text, expected, count\",\n    [\n");
        StringBuilder exploded = new StringBuilder("@pytest.mark.parametrize(\n    (\"code\", \"reason\"),\n    [\n");
        StringBuilder named = new StringBuilder("NAMED_COLOURS = [\n");
        StringBuilder places = new StringBuilder("CITIES = [\n");
        for (int i = 0; i < 30; i++) {
            String text = pick(words, i) + (i >= words.length ? " " + i : "");
            parametrize.append("        (\"").append(text).append("\", \"").append(text.trim().toUpperCase()).append("\", ")
                    .append(text.split(" ").length).append("),\n");
            exploded.append("        (\n            ").append(statuses[i][0]).append(",\n            \"").append(statuses[i][1])
                    .append("\",\n        ),\n");
            String hex = String.format("%06X", i * 0x3F5A1B & 0xFFFFFF);
            named.append("    [\n        \"").append(colours[i]).append("\",\n        \"#").append(hex).append("\",\n    ],\n");
            places.append("    [\n        \"").append(cities[i]).append("\",\n        ").append(40 + i * 0.37).append(",\n        ")
                    .append(-3 + i * 0.71).append(",\n    ],\n");
        }
        assertClean(parametrize.append("    ],\n)\ndef test_words(text, expected, count):\n    pass\n").toString());
        // The same test cases with the first right after the list's bracket: still one a line.
        assertClean(parametrize.toString().replace("    [\n        (", "    [("));
        assertClean(exploded.append("    ],\n)\n").toString());
        // One a line, tuples and arrays are rows (the row rule: ids, dates and amounts are data
        // whatever their names), so a tuple table of code one a line may be reported; an item a
        // line, the record readers judge them.
        for (StringBuilder text : List.of(named, places)) {
            assertClean(text.append("]\n").toString());
        }
    }

    @Test
    void keysWrittenAsCodeFromTheWordsBesideThem() {
        String[] adjectives = {"Max", "Min", "Default", "Enable", "Disable", "Show", "Hide", "Use", "Skip", "Allow", "Force", "Keep",
            "Auto", "Strict", "Verbose", "Quiet", "Dry", "Fast", "Safe", "Local", "Remote", "Global", "Shared", "Private", "Public",
            "Cached", "Pinned", "Sorted", "Pretty", "Raw"};
        String[] nouns = {"Workers", "Retries", "Timeout", "Cache", "Colour", "Hidden", "Proxy", "Tests", "Redirects", "Reload",
            "Output", "Mode", "Encoding", "Checks", "Logging", "Run", "Path", "Mirror", "Index", "Config", "Version", "Token",
            "Origin", "Limit", "Prefix", "Suffix", "Format", "Locale", "Theme", "Header"};
        String[] verbs = {"Get", "List", "Create", "Update", "Delete"};
        String[] resources = {"User", "Group", "Project", "Issue", "Comment", "Label", "Release", "Tag"};
        StringBuilder options = new StringBuilder("OPTIONS = [\n");
        StringBuilder operations = new StringBuilder("OPERATIONS = [\n");
        StringBuilder constants = new StringBuilder("[\n");
        for (int i = 0; i < 30; i++) {
            String title = adjectives[i] + " " + nouns[(i * 7) % nouns.length];
            options.append("    {\"dest\": \"").append(title.toLowerCase().replace(' ', '_')).append("\", \"title\": \"").append(title)
                    .append("\", \"section\": \"").append(i % 3 == 0 ? "Network" : "General").append("\"},\n");
            String verb = verbs[i % verbs.length];
            String resource = resources[i / verbs.length % resources.length];
            operations.append("    (\n        \"").append(verb).append("\",\n        \"").append(resource).append("\",\n        \"")
                    .append(verb.toLowerCase()).append(resource.toLowerCase()).append("\",\n    ),\n");
            constants.append("  {\n    \"group\": \"").append(i < 15 ? "Status" : "Reason").append("\",\n    \"name\": \"")
                    .append(nouns[i]).append("\",\n    \"constant\": \"").append(i < 15 ? "status_" : "reason_")
                    .append(nouns[i].toLowerCase()).append("\"\n  },\n");
        }
        assertClean(options.append("]\n").toString());
        assertClean(operations.append("]\n").toString());
        assertClean(constants.append("]\n").toString());
    }

    @Test
    void translationTables() {
        StringBuilder json = new StringBuilder("[\n");
        StringBuilder catalog = new StringBuilder("[\n");
        StringBuilder yaml = new StringBuilder("messages:\n");
        for (int i = 0; i < MESSAGES.length; i++) {
            String id = "menu." + MESSAGES[i][0].toLowerCase().replace(' ', '_');
            json.append("  {\"id\": \"").append(id).append("\", \"en\": \"").append(MESSAGES[i][0]).append("\", \"fr\": \"")
                    .append(MESSAGES[i][1]).append("\"},\n");
            catalog.append("  {\n    \"msgid\": \"").append(MESSAGES[i][0].toLowerCase()).append("\",\n    \"msgstr\": \"")
                    .append(MESSAGES[i][1].toLowerCase()).append("\"\n  },\n");
            yaml.append("  - key: ").append(id).append("\n    en: ").append(MESSAGES[i][0]).append("\n    fr: \"").append(MESSAGES[i][1])
                    .append("\"\n");
        }
        assertClean(json.append("]\n").toString());
        assertClean(catalog.append("]\n").toString());
        assertClean(yaml.toString());
    }

    @Test
    void columnSchemas() {
        StringBuilder json = new StringBuilder("{\"fields\": [\n");
        StringBuilder yaml = new StringBuilder("columns:\n");
        for (int i = 0; i < COLUMNS.length; i++) {
            json.append("  {\"name\": \"").append(COLUMNS[i][0]).append("\", \"type\": \"").append(COLUMNS[i][1])
                    .append("\", \"description\": \"").append(COLUMNS[i][2]).append("\"},\n");
            yaml.append("  - name: ").append(COLUMNS[i][0]).append("\n    type: ").append(COLUMNS[i][1]).append("\n    description: ")
                    .append(COLUMNS[i][2]).append('\n');
        }
        assertClean(json.append("]}\n").toString());
        assertClean(yaml.toString());
    }

    @Test
    void optionTablesOfFlagsAndHelp() {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < COLUMNS.length; i++) {
            json.append("  {\n    \"flag\": \"--").append(COLUMNS[i][0].replace('_', '-')).append("\",\n    \"metavar\": \"")
                    .append(COLUMNS[i][1].toUpperCase()).append("\",\n    \"help\": \"the ").append(COLUMNS[i][2]).append("\"\n  },\n");
        }
        assertClean(json.append("]\n").toString());
    }

    @Test
    void isoCountryAndSubdivisionLists() {
        StringBuilder countries = new StringBuilder("[\n");
        StringBuilder yaml = new StringBuilder("countries:\n");
        StringBuilder subdivisions = new StringBuilder("[\n");
        for (int i = 0; i < COUNTRIES.length; i++) {
            String name = COUNTRIES[i].replace("\\u00f4", "o");
            String alpha3 = name.replaceAll("[^A-Za-z]", "").substring(0, 3).toUpperCase();
            countries.append("  {\"name\": \"").append(COUNTRIES[i]).append("\", \"alpha-2\": \"").append(alpha3, 0, 2)
                    .append("\", \"alpha-3\": \"").append(alpha3).append("\", \"region\": \"").append(pick(REGIONS, i)).append("\"},\n");
            yaml.append("  - code: ").append(alpha3, 0, 2).append("\n    name: ").append(name).append('\n');
        }
        for (int i = 0; i < SUBDIVISIONS.length; i++) {
            subdivisions.append("  {\n    \"code\": \"").append(i < 13 ? "FR-" : i < 29 ? "DE-" : "ES-").append(10 + i)
                    .append("\",\n    \"name\": \"").append(SUBDIVISIONS[i]).append("\",\n    \"type\": \"")
                    .append(i < 13 ? "metropolitan region" : i < 29 ? "Land" : "autonomous community").append("\"\n  },\n");
        }
        assertClean(countries.append("]\n").toString());
        assertClean(yaml.toString());
        assertClean(subdivisions.append("]\n").toString());
    }
}
