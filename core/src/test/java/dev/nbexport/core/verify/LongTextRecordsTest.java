package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Records with a long text in each, of 25 records or more. Customers with a note beside their id,
 * name and amount are a table, in every form the readers take: the note does not hide them.
 * Configuration (an option's help, a step's command, a message, a package's description, a
 * parameter's description) is none, however many numbers stand beside the long texts.
 */
class LongTextRecordsTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    private static final int RECORDS = 32;

    private static final String[] OPTIONS = {"dry-run", "verbose", "quiet", "config", "output", "format", "workers", "timeout",
        "retries", "cache-dir", "no-cache", "log-level", "log-file", "profile", "region", "endpoint", "token", "user", "password",
        "force", "recursive", "include", "exclude", "since", "until", "limit", "offset", "sort", "reverse", "color", "pager", "version"};
    private static final String[] HELPS = {"Show what would be done without doing it, then exit",
        "Print every request and response as they are sent and received", "Print nothing but errors, and exit with their count",
        "Read the settings from this file instead of the default one", "Write the report to this file rather than to the terminal",
        "The format of the report, one of text, json or csv, text by default",
        "How many files to read at once; the number of processors by default",
        "Give up on a request after this many seconds, then retry it later"};
    private static final String[] STEPS = {"Check out the repository", "Set up Python", "Install the dependencies", "Run the linters",
        "Run the unit tests", "Build the documentation", "Upload the coverage report", "Publish the package"};
    private static final String[] COMMANDS = {"python -m pip install --upgrade pip setuptools wheel",
        "pip install -r requirements.txt -r requirements-dev.txt", "python -m pytest tests/ --cov=src --cov-report=xml",
        "python -m flake8 src tests --max-line-length=120 --statistics", "sphinx-build -W -b html docs docs/_build/html",
        "twine upload --skip-existing --non-interactive dist/*"};
    private static final String[] MESSAGES = {"Your session expired, please sign in again to continue",
        "The file could not be saved because the disk is full", "You do not have permission to open this project",
        "The connection to the server was lost, retrying in a few seconds", "This name is already taken, please choose another one",
        "Your changes were saved, but the preview could not be refreshed"};
    private static final String[] PACKAGES = {"lodash", "react", "react-dom", "express", "axios", "chalk", "commander", "debug",
        "dotenv", "eslint", "jest", "moment", "mongoose", "prettier", "typescript", "webpack", "yargs", "uuid", "rimraf", "mkdirp",
        "glob", "semver", "minimist", "body-parser", "cors", "nodemon", "ws", "redux", "vue", "rxjs", "tslib", "zod"};
    private static final String[] DESCRIPTIONS = {"Lodash modular utilities for arrays, objects and strings",
        "A JavaScript library for building user interfaces", "Fast, unopinionated, minimalist web framework for node",
        "Promise based HTTP client for the browser and node.js", "Terminal string styling done right, with no dependencies",
        "The complete solution for node.js command-line programs", "A small debugging utility modelled after the core's technique"};
    private static final String[] PARAMETERS = {"limit", "offset", "sort", "order", "fields", "expand", "filter", "q", "since",
        "until", "page", "per_page", "cursor", "include_deleted", "owner", "status", "tag", "created_after", "created_before",
        "updated_after", "updated_before", "locale", "currency", "format", "pretty", "callback", "api_version", "region", "project",
        "team", "user", "group"};
    private static final String[] PARAMETER_HELPS = {"The number of items to return, at most one hundred",
        "How many items to skip before the first one returned", "The field to sort the items by, prefixed with a minus to reverse",
        "Only items whose status is one of these, separated by commas", "Return the items created after this date and time",
        "The language of the messages and labels in the response"};

    private static final String[] FIRST = {"Ann", "Bruno", "Carla", "David", "Emma", "Farid", "Grace", "Hugo", "Ines", "Jonas"};
    private static final String[] LAST = {"Martin", "Lee", "Diaz", "Stone", "Haddad", "Blanc", "Moreau", "Berg", "Rossi", "Walsh"};
    private static final String[] CITIES = {"Lyon", "Paris", "Berlin"};
    private static final String[] NOTES = {"Complained about the invoice of March, refund issued, closed", "Prefers email",
        "Asked for a callback, no answer yet", "VIP customer, handle with care", "Late payment, reminder sent twice, paid in full"};

    /** The customers' keys and their values, record by record: numbers bare, text as {@code quote} writes it. */
    private static String[][] customer(int i, String quote) {
        return new String[][] {{"id", String.valueOf(1000 + i)}, {"name", quote + FIRST[i % 10] + " " + LAST[(i * 3 + i / 10) % 10] + quote},
            {"city", quote + CITIES[i % 3] + quote}, {"note", quote + NOTES[i * 7 % NOTES.length] + quote},
            {"amount", String.format(Locale.ROOT, "%.2f", 10 + (i * 7919 % 99000) / 100.0)}};
    }

    private static String customersAsDicts(String indent, String newline) {
        StringBuilder python = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            StringBuilder record = new StringBuilder();
            for (String[] entry : customer(i, "\"")) {
                record.append(record.length() == 0 ? "{" : ", ").append('"').append(entry[0]).append("\": ").append(entry[1]);
            }
            python.append(indent).append(record.append("},")).append(newline);
        }
        return python.toString();
    }

    private static void assertTable(String text) {
        List<TextHit> hits = SCANNER.scan(text);
        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList(),
                () -> "hits: " + hits + "\n" + text.substring(0, Math.min(text.length(), 400)));
        assertFalse(hits.get(0).what().contains("Ann"), hits.get(0).what());
    }

    @Test
    void customersWithANoteAsPythonDictsOneALine() {
        assertTable("customers = [\n" + customersAsDicts("    ", "\n") + "]\n");
    }

    @Test
    void customersWithANoteOfAParagraph() {
        String paragraph = "Spoke with the customer at length about the delivery, the invoice and the refund they expect, and"
                + " promised a call back before the end of the week; they said they would cancel the contract otherwise,"
                + " which the manager on duty noted in the file together with the amounts in question and the dates. ";
        assertTrue(paragraph.length() > 256, "longer than a value the readers took before");
        String dicts = customersAsDicts("    ", "\n").replace("\"note\": \"", "\"note\": \"" + paragraph);
        assertTable("customers = [\n" + dicts + "]\n");
        assertTable("[\n" + dicts.substring(0, dicts.length() - 2) + "\n]\n");
    }

    @Test
    void customersWithANoteAsAYamlList() {
        StringBuilder yaml = new StringBuilder("customers:\n");
        for (int i = 0; i < 40; i++) {
            String dash = "  - ";
            for (String[] entry : customer(i, "")) {
                yaml.append(dash).append(entry[0]).append(": ").append(entry[1]).append('\n');
                dash = "    ";
            }
        }
        assertTable(yaml.toString());
    }

    @Test
    void customersWithANoteAsJsonAKeyALine() {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < 40; i++) {
            StringBuilder record = new StringBuilder();
            for (String[] entry : customer(i, "\"")) {
                record.append(record.length() == 0 ? "  {\n" : ",\n").append("    \"").append(entry[0]).append("\": ").append(entry[1]);
            }
            json.append(record).append(i < 39 ? "\n  },\n" : "\n  }\n");
        }
        assertTable(json.append("]").toString());
    }

    @Test
    void customersWithANoteInANotebookCell() throws Exception {
        List<Finding> findings = CodeCells.verifyUnderExport("customers = [\n" + customersAsDicts("    ", "\n") + "]\n");
        assertEquals(List.of(Rule.INLINE_TABLE), findings.stream().map(Finding::rule).toList(), findings::toString);
        assertEquals("/cells/0/source", findings.get(0).pointer());
        assertFalse(findings.get(0).toString().contains("Ann "), findings.get(0).toString());
    }

    @Test
    void proseAndOtherLongTexts() {
        for (String prose : List.of(NOTES[0], "12 Rue de la Paix, 75002 Paris (second floor)", "Paid 50% upfront; the rest in May!",
                "Caf\\u00e9 owner, O'Brien-Smith's partner", "Called twice.\\nSaid the parcel was \\\"lost\\\" (again)",
                "Wrote \"thanks for the refund\" in the survey")) {
            assertEquals(true, FreeText.isProse(prose.toCharArray(), 0, prose.length()), prose);
        }
        for (String other : List.of(COMMANDS[0], COMMANDS[2], "https://example.com/docs/getting-started.html", "src/main/java/App.java",
                "if x == 1: return some_function(y)", "two words", "a  double space", "version 1.2.3 of the library", "ends with a space ",
                "print(\\\"done\\\", file=sys.stderr)", "set -e\\nmake all\\nmake install", "see \\tthe tab escape here")) {
            assertEquals(false, FreeText.isProse(other.toCharArray(), 0, other.length()), other);
        }
    }

    private static void assertClean(String text) {
        List<TextHit> hits = SCANNER.scan(text);
        assertEquals(List.of(), hits, () -> (text.length() > 400 ? text.substring(0, 400) : text));
    }

    private static String pick(String[] values, int i) {
        return values[i % values.length];
    }

    @Test
    void commandLineOptionsWithTheirHelp() {
        StringBuilder json = new StringBuilder("OPTIONS = [\n");
        StringBuilder defaults = new StringBuilder("[\n");
        StringBuilder yaml = new StringBuilder("options:\n");
        StringBuilder keyALine = new StringBuilder("export const options = [\n");
        for (int i = 0; i < RECORDS; i++) {
            json.append("    {\"name\": \"--").append(OPTIONS[i]).append("\", \"help\": \"").append(pick(HELPS, i)).append("\"},\n");
            defaults.append("  {\"name\": \"--").append(OPTIONS[i]).append("\", \"type\": \"").append(i % 3 == 0 ? "int" : "str")
                    .append("\", \"default\": ").append(i * 7 % 10).append(", \"help\": \"").append(pick(HELPS, i)).append("\"},\n");
            yaml.append("  - name: ").append(OPTIONS[i]).append("\n    short: -").append((char) ('a' + i % 26)).append("\n    default: ")
                    .append(i % 4 * 5).append("\n    help: ").append(pick(HELPS, i)).append('\n');
            keyALine.append("  {\n    flag: '--").append(OPTIONS[i]).append("',\n    alias: '-").append((char) ('a' + i % 26))
                    .append("',\n    description: '").append(pick(HELPS, i).replace("'", "")).append("'\n  },\n");
        }
        assertClean(json.append("]\n").toString());
        assertClean(defaults.append("]\n").toString());
        assertClean(yaml.toString());
        assertClean(keyALine.append("];\n").toString());
    }

    @Test
    void continuousIntegrationSteps() {
        StringBuilder run = new StringBuilder("jobs:\n  build:\n    steps:\n");
        StringBuilder timed = new StringBuilder("jobs:\n  build:\n    steps:\n");
        StringBuilder identified = new StringBuilder("jobs:\n  build:\n    steps:\n");
        for (int i = 0; i < RECORDS; i++) {
            String name = pick(STEPS, i) + " " + (i / STEPS.length + 1);
            run.append("      - name: ").append(name).append("\n        shell: bash\n        run: ").append(pick(COMMANDS, i)).append('\n');
            timed.append("      - name: ").append(name).append("\n        timeout-minutes: ").append(5 + i % 3 * 5)
                    .append("\n        run: ").append(pick(COMMANDS, i)).append('\n');
            identified.append("      - id: step-").append(i).append("\n        name: ").append(name).append("\n        retries: ")
                    .append(i % 3).append("\n        run: ").append(pick(COMMANDS, i)).append('\n');
        }
        assertClean(run.toString());
        assertClean(timed.toString());
        assertClean(identified.toString());
    }

    @Test
    void messageCatalogues() {
        StringBuilder json = new StringBuilder("[\n");
        StringBuilder coded = new StringBuilder("MESSAGES = [\n");
        StringBuilder yaml = new StringBuilder("messages:\n");
        for (int i = 0; i < RECORDS; i++) {
            String id = "err." + pick(OPTIONS, i).replace("-", "_") + "." + (i / MESSAGES.length);
            json.append("  {\"id\": \"").append(id).append("\", \"text\": \"").append(pick(MESSAGES, i)).append("\"},\n");
            coded.append("    {'id': '").append(id).append("', 'level': 'error', 'status': ").append(400 + i % 5 * 3)
                    .append(", 'text': \"").append(pick(MESSAGES, i)).append("\"},\n");
            yaml.append("  - key: ").append(id).append("\n    code: ").append(1000 + i).append("\n    en: ").append(pick(MESSAGES, i))
                    .append('\n');
        }
        assertClean(json.append("]\n").toString());
        assertClean(coded.append("]\n").toString());
        assertClean(yaml.toString());
    }

    @Test
    void dependencyListsWithDescriptions() {
        StringBuilder json = new StringBuilder("{\"dependencies\": [\n");
        StringBuilder sized = new StringBuilder("[\n");
        for (int i = 0; i < RECORDS; i++) {
            String version = "^" + (1 + i % 9) + "." + (i * 7 % 20) + "." + i % 4;
            json.append("  {\"name\": \"").append(PACKAGES[i]).append("\", \"version\": \"").append(version).append("\", \"description\": \"")
                    .append(pick(DESCRIPTIONS, i)).append("\"},\n");
            sized.append("  {\n    \"name\": \"").append(i % 2 == 0 ? "@scope/" : "").append(PACKAGES[i]).append("\",\n    \"version\": \"")
                    .append(version).append("\",\n    \"size\": ").append(1000 + i * 373 % 9000).append(",\n    \"description\": \"")
                    .append(pick(DESCRIPTIONS, i)).append("\"\n  },\n");
        }
        assertClean(json.append("]}\n").toString());
        assertClean(sized.append("]\n").toString());
    }

    @Test
    void apiParameterLists() {
        StringBuilder json = new StringBuilder("\"parameters\": [\n");
        StringBuilder yaml = new StringBuilder("parameters:\n");
        for (int i = 0; i < RECORDS; i++) {
            json.append("  {\"name\": \"").append(PARAMETERS[i]).append("\", \"in\": \"query\", \"required\": ").append(i % 5 == 0)
                    .append(", \"maximum\": ").append(i % 2 == 0 ? 100 : 1000).append(", \"description\": \"")
                    .append(pick(PARAMETER_HELPS, i)).append("\"},\n");
            yaml.append("  - name: ").append(PARAMETERS[i]).append("\n    in: query\n    required: ").append(i % 5 == 0)
                    .append("\n    minimum: ").append(i % 3).append("\n    description: ").append(pick(PARAMETER_HELPS, i)).append('\n');
        }
        assertClean(json.append("]\n").toString());
        assertClean(yaml.toString());
    }
}
