package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists of records whose values are all text: people, customers, patients, addresses and products
 * pasted into code are tables; configuration written as records of text is not.
 */
class TextRecordsTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);

    private static final String[] PEOPLE = {"Ann Lee", "Bruno Martin", "Carla Díaz", "Dmitri Volkov", "Emma Stone",
        "Farid Haddad", "Grace O'Neil", "Hugo Blanc", "Inès Moreau", "Jonas Berg", "Keiko Tanaka", "Liam Walsh",
        "Maria Rossi", "Nadia Petrova", "Oscar Lind", "Priya Shah", "Quentin Roy", "Rosa Alvarez", "Sven Olsen",
        "Tara Singh", "Umar Farouk", "Vera Novak", "Wei Chen", "Ximena Ruiz", "Yusuf Demir", "Zoe Adams",
        "Aaron Price", "Bianca Neri", "Caleb Ford", "Jean-Luc van der Berg"};
    private static final String[] CITIES = {"Lyon", "Paris", "Berlin", "Madrid", "Oslo", "Rome", "Vienna", "Porto",
        "Ghent", "Turin", "Leeds", "Cork", "São Paulo", "New York", "St. Louis"};
    private static final String[] JOBS = {"nurse", "teacher", "software engineer", "accountant", "plumber",
        "graphic designer", "lawyer", "chef", "pharmacist", "electrician"};
    private static final String[] COMPANIES = {"Acme Corp", "Globex Inc.", "Initech", "Umbrella Health", "Stark Industries",
        "Wayne Enterprises", "Hooli", "Vandelay Industries", "Soylent Foods", "Tyrell Systems", "Wonka Confectionery",
        "Cyberdyne", "Oscorp", "Dunder Mifflin", "Gekko & Co", "Pied Piper", "Massive Dynamic", "Aperture Science"};
    private static final String[] DIAGNOSES = {"Asthma", "Hypertension", "Migraine", "Chronic Bronchitis", "Anaemia",
        "Gastritis", "Appendicitis", "Pneumonia", "Tonsillitis", "Sciatica", "Eczema"};
    private static final String[] DOCTORS = {"Dr. Anna Weber", "Dr. Paul Girard", "Dr. Lena Fischer", "Dr. Omar Nasser",
        "Dr. Julia Costa", "Dr. Ravi Menon", "Dr. Eva Horvat"};
    private static final String[] STREETS = {"Rue de la Paix", "Baker Street", "Unter den Linden", "Calle Mayor",
        "Via del Corso", "Karl Johans Gate", "Avenue des Champs", "Rua Augusta", "High Street", "Kurfürstendamm",
        "Abbey Road", "Grafton Street", "Nevsky Prospect", "Bahnhofstrasse", "Strøget"};
    private static final String[] COUNTRIES = {"France", "United Kingdom", "Germany", "Spain", "Italy", "Norway"};
    private static final String[] PRODUCTS = {"Wireless Mouse", "Mechanical Keyboard", "Ergonomic Chair",
        "Standing Desk", "Noise Cancelling Headphones", "Webcam", "Desk Lamp", "Laptop Stand", "Monitor Arm",
        "Usb Hub", "Cable Organiser", "Graphics Tablet", "Portable Speaker", "Smart Watch", "Fitness Tracker",
        "Electric Kettle", "Coffee Grinder", "French Press", "Water Bottle", "Yoga Mat", "Running Shoes",
        "Rain Jacket", "Hiking Backpack", "Sleeping Bag", "Camping Stove", "Trail Poles", "Sun Hat", "Wool Socks",
        "Leather Wallet", "Travel Adapter"};
    private static final String[] CATEGORIES = {"Electronics", "Office", "Kitchen", "Sports", "Outdoor", "Accessories"};
    private static final String[] BRANDS = {"Logitech", "Keychron", "Herman Miller", "Ikea", "Sony", "Bose", "Anker",
        "Philips", "Bodum", "Patagonia", "Salomon", "Garmin", "Fellow"};

    private static List<TextHit> scan(String text) {
        return SCANNER.scan(text);
    }

    private static void assertTable(String text) {
        List<TextHit> hits = scan(text);
        assertEquals(List.of(Rule.INLINE_TABLE), hits.stream().map(TextHit::rule).toList(), () -> "hits: " + hits + "\n" + text);
        TextHit hit = hits.get(0);
        assertTrue(hit.what().contains("records of the same keys") || hit.what().contains("rows"), hit.what());
        assertFalse(hit.what().contains("Ann"), hit.what());
    }

    private static void assertClean(String text) {
        assertEquals(List.of(), scan(text), text.length() > 300 ? text.substring(0, 300) : text);
    }

    private static String pick(String[] values, int i) {
        return values[i % values.length];
    }

    @Test
    void peopleAsJsonAKeyALine() {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < 30; i++) {
            json.append("  {\n    \"name\": \"").append(PEOPLE[i]).append("\",\n    \"city\": \"").append(pick(CITIES, i))
                    .append("\",\n    \"occupation\": \"").append(pick(JOBS, i)).append("\"\n  }").append(i < 29 ? ",\n" : "\n");
        }
        assertTable(json.append("]\n").toString());
    }

    @Test
    void customersAsPythonDictLiteralsAKeyALine() {
        StringBuilder python = new StringBuilder("customers = [\n");
        for (int i = 0; i < 28; i++) {
            python.append("    {\n        'name': '").append(PEOPLE[i].replace("'", "\\'")).append("',\n        'company': '")
                    .append(pick(COMPANIES, i)).append("',\n        'city': '").append(pick(CITIES, i * 7)).append("',\n    },\n");
        }
        assertTable(python.append("]\n").toString());
    }

    @Test
    void customersAsPythonDictLiteralsOneALine() {
        StringBuilder python = new StringBuilder("customers = [\n");
        for (int i = 0; i < 26; i++) {
            python.append("    {'name': \"").append(PEOPLE[i]).append("\", 'company': '").append(pick(COMPANIES, i))
                    .append("', 'city': '").append(pick(CITIES, i)).append("'},\n");
        }
        assertTable(python.append("]\n").toString());
    }

    @Test
    void patientsWithDiagnosesAsYaml() {
        StringBuilder yaml = new StringBuilder("ward: B\npatients:\n");
        for (int i = 0; i < 30; i++) {
            yaml.append("  - name: ").append(PEOPLE[(i * 7) % 30]).append("\n    diagnosis: ").append(pick(DIAGNOSES, i))
                    .append("\n    physician: ").append(pick(DOCTORS, i)).append('\n');
        }
        assertTable(yaml.toString());
    }

    @Test
    void addressesWithoutNumbersAsQuotedYaml() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            yaml.append("- street: \"").append(pick(STREETS, i)).append("\"\n  city: '").append(pick(CITIES, i + 3))
                    .append("'\n  country: ").append(pick(COUNTRIES, i)).append('\n');
        }
        assertTable(yaml.toString());
    }

    @Test
    void productsAsJsonAKeyALineAndAsJsonLines() {
        StringBuilder json = new StringBuilder("{\"products\": [\n");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            json.append("    {\n      \"product\": \"").append(PRODUCTS[i]).append("\",\n      \"category\": \"")
                    .append(pick(CATEGORIES, i)).append("\",\n      \"brand\": \"").append(pick(BRANDS, i)).append("\"\n    }")
                    .append(i < 29 ? ",\n" : "\n");
            lines.append("{\"product\": \"").append(PRODUCTS[i]).append("\", \"brand\": \"").append(pick(BRANDS, i)).append("\"}\n");
        }
        assertTable(json.append("]}\n").toString());
        assertTable(lines.toString());
    }

    @Test
    void employeesOfTwoColumnsAsYamlAKeyALine() {
        StringBuilder yaml = new StringBuilder("staff:\n");
        for (int i = 0; i < 27; i++) {
            yaml.append("- full_name: ").append(PEOPLE[i]).append("\n  employer: ").append(pick(COMPANIES, i)).append('\n');
        }
        assertTable(yaml.toString());
    }

    @Test
    void fewerRecordsThanTheThresholdAreNoTable() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            yaml.append("- name: ").append(PEOPLE[i]).append("\n  city: ").append(pick(CITIES, i)).append('\n');
        }
        assertClean(yaml.toString());
    }

    /** A login made of a person's name: {@code alee}, {@code ann-lee}, {@code ann.lee}. */
    private static String login(String name, String separator) {
        String[] words = name.toLowerCase().replaceAll("[^a-z ]", "").split(" ");
        return separator == null ? words[0].charAt(0) + words[words.length - 1] : String.join(separator, words);
    }

    @Test
    void recordsKeyedByUsernamesSlugsOrMailboxesBesideNames() {
        StringBuilder users = new StringBuilder("[\n");
        StringBuilder slugs = new StringBuilder("authors:\n");
        StringBuilder mailboxes = new StringBuilder("contacts = [\n");
        for (int i = 0; i < 30; i++) {
            users.append("  {\"username\": \"").append(login(PEOPLE[i], null)).append("\", \"name\": \"").append(PEOPLE[i])
                    .append("\", \"company\": \"").append(pick(COMPANIES, i)).append("\", \"city\": \"").append(pick(CITIES, i))
                    .append(i < 29 ? "\"},\n" : "\"}\n");
            slugs.append("  - slug: ").append(login(PEOPLE[i], "-")).append("\n    name: ").append(PEOPLE[i]).append("\n    employer: ")
                    .append(pick(COMPANIES, i)).append('\n');
            mailboxes.append("    {\n        'mailbox': '").append(login(PEOPLE[i], ".")).append("',\n        'full_name': \"")
                    .append(PEOPLE[i]).append("\",\n        'city': '").append(pick(CITIES, i)).append("',\n    },\n");
        }
        assertTable(users.append("]\n").toString());
        assertTable(slugs.toString());
        assertTable(mailboxes.append("]\n").toString());
    }

    @Test
    void recordsWithASingleColumnOfNames() {
        String[] cities = {"Lyon", "Paris", "Berlin", "Madrid", "Oslo"};
        String[] plans = {"free", "pro", "team", "enterprise"};
        StringBuilder json = new StringBuilder("[\n");
        StringBuilder lines = new StringBuilder();
        StringBuilder yaml = new StringBuilder("members:\n");
        for (int i = 0; i < 30; i++) {
            json.append("  {\n    \"name\": \"").append(PEOPLE[(i * 7) % 30]).append("\",\n    \"city\": \"").append(pick(cities, i))
                    .append("\"\n  }").append(i < 29 ? ",\n" : "\n");
            lines.append("{\"name\": \"").append(PEOPLE[i]).append("\", \"plan\": \"").append(pick(plans, i)).append("\"}\n");
            yaml.append("  - member: ").append(PEOPLE[i]).append("\n    tier: ").append(pick(plans, i)).append("\n    active: ")
                    .append(i % 3 == 0 ? "false" : "true").append('\n');
        }
        assertTable(json.append("]\n").toString());
        assertTable(lines.toString());
        assertTable(yaml.toString());
    }

    @Test
    void recordsOfLowercaseText() {
        String[] plans = {"free", "pro", "team", "enterprise"};
        StringBuilder customers = new StringBuilder("customers = [\n");
        StringBuilder people = new StringBuilder("[\n");
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            String person = PEOPLE[(i * 11) % 30].toLowerCase();
            customers.append("    {\"customer\": \"").append(person).append("\", \"plan\": \"").append(pick(plans, i)).append("\"},\n");
            people.append("  {\n    \"name\": \"").append(person).append("\",\n    \"city\": \"").append(pick(CITIES, i).toLowerCase())
                    .append("\",\n    \"job\": \"").append(pick(JOBS, i)).append("\"\n  },\n");
            yaml.append("- customer: ").append(person).append("\n  plan: ").append(pick(plans, i)).append('\n');
        }
        assertTable(customers.append("]\n").toString());
        assertTable(people.append("]\n").toString());
        assertTable(yaml.toString());
    }

    @Test
    void namesWrittenWithUnicodeEscapes() {
        String[] first = {"Andr\\u00e9", "Ana\\u00efs", "Bj\\u00f6rn", "C\\u00e9line", "Dani\\u00e8le", "\\u00c9lodie",
            "Fran\\u00e7ois", "G\\u00fcnter", "H\\u00e9l\\u00e8ne", "In\\u00e8s", "J\\u00fcrgen", "K\\u00e4the", "L\\u00e9a",
            "M\\u00e9lanie", "No\\u00e9mie"};
        String[] last = {"Dupont", "M\\u00fcller", "Garc\\u00eda", "Lef\\u00e8vre", "Nilsson", "S\\u00f8rensen", "Wei\\u00df",
            "Ben\\u00edtez"};
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < 30; i++) {
            json.append("  {\n    \"name\": \"").append(pick(first, i)).append(' ').append(pick(last, i)).append("\",\n    \"employer\": \"")
                    .append(pick(COMPANIES, i)).append("\"\n  },\n");
        }
        assertTable(json.append("]\n").toString());
    }

    @Test
    void peopleAsYamlFlowMappingsOneALine() {
        StringBuilder plain = new StringBuilder("subscribers:\n");
        StringBuilder quoted = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            plain.append("  - {name: ").append(PEOPLE[i]).append(", city: ").append(pick(CITIES, i)).append(", email_opt_in: ")
                    .append(i % 4 == 0 ? "no" : "yes").append("}\n");
            quoted.append("{name: \"").append(PEOPLE[(i * 7) % 30]).append("\", 'city': '").append(pick(CITIES, i))
                    .append("', job: ").append(pick(JOBS, i)).append("}\n");
        }
        assertTable(plain.toString());
        assertTable(quoted.toString());
    }

    @Test
    void peopleAsYamlFlowMappingsSpreadOverLines() {
        StringBuilder broken = new StringBuilder("people:\n");
        StringBuilder keyALine = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            broken.append("  - {name: ").append(PEOPLE[i]).append(",\n     city: ").append(pick(CITIES, i)).append(", born: ")
                    .append(1950 + i).append("}\n");
            keyALine.append("- {\n    name: ").append(PEOPLE[(i * 7) % 30]).append(",\n    city: ").append(pick(CITIES, i))
                    .append(",\n    job: ").append(pick(JOBS, i)).append("\n  }\n");
        }
        assertTable(broken.toString());
        assertTable(keyALine.toString());
    }

    @Test
    void customersAsJavaScriptObjectsAKeyALine() {
        StringBuilder js = new StringBuilder("export const customers = [\n");
        StringBuilder twoLines = new StringBuilder("const people = [\n");
        for (int i = 0; i < 30; i++) {
            js.append("  {\n    name: \"").append(PEOPLE[i]).append("\",\n    email: \"").append(login(PEOPLE[i], "."))
                    .append("@").append(pick(COMPANIES, i).toLowerCase().replaceAll("[^a-z]", "")).append(".com\",\n    city: '")
                    .append(pick(CITIES, i)).append("',\n    age: ").append(23 + i * 7 % 50).append(",\n  },\n");
            twoLines.append("  { name: '").append(PEOPLE[(i * 7) % 30].replace("'", "\\'")).append("',\n    employer: '")
                    .append(pick(COMPANIES, i)).append("' },\n");
        }
        assertRecords(js.append("];\n").toString());
        assertTable(twoLines.append("];\n").toString());
    }

    /** An inline table among the hits: a list of e-mail addresses is also an {@code email-list}. */
    private static void assertRecords(String text) {
        List<TextHit> hits = scan(text);
        assertTrue(hits.stream().anyMatch(h -> h.rule() == Rule.INLINE_TABLE && h.what().contains("records of the same keys")),
                () -> "hits: " + hits + "\n" + text);
    }

    @Test
    void customersAsTuplesAnItemALineAsAFormatterWritesThem() {
        StringBuilder python = new StringBuilder("CUSTOMERS = [\n");
        for (int i = 0; i < 30; i++) {
            python.append("    (\n        \"").append(PEOPLE[i]).append("\",\n        \"").append(login(PEOPLE[i], "."))
                    .append("\",\n        \"").append(pick(COMPANIES, i)).append("\",\n        \"").append(pick(CITIES, i * 7))
                    .append("\",\n        ").append(1200 + i * 173 % 900).append(".50,\n    ),\n");
        }
        assertTable(python.append("]\n").toString());
    }

    @Test
    void patientsAsJsonArraysOfArraysAsJsonDumpsIndentsThem() {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < 28; i++) {
            json.append("  [\n    \"").append(PEOPLE[(i * 7) % 30]).append("\",\n    \"").append(pick(DIAGNOSES, i)).append("\",\n    \"")
                    .append(pick(DOCTORS, i)).append("\",\n    ").append(18 + i * 11 % 70).append("\n  ]").append(i < 27 ? ",\n" : "\n");
        }
        assertTable(json.append("]\n").toString());
    }

    @Test
    void peopleAsTuplesAndListsOneALine() {
        StringBuilder tuples = new StringBuilder("rows = [\n");
        StringBuilder lists = new StringBuilder("df = pd.DataFrame([\n");
        for (int i = 0; i < 26; i++) {
            tuples.append("    (\"").append(PEOPLE[i]).append("\", '").append(login(PEOPLE[i], "-")).append("', \"")
                    .append(pick(CITIES, i)).append("\", ").append(20 + i).append("),\n");
            lists.append("    [\"").append(PEOPLE[(i * 11) % 30]).append("\", \"").append(pick(STREETS, i)).append("\", \"")
                    .append(pick(CITIES, i)).append("\"],\n");
        }
        assertTable(tuples.append("]\n").toString());
        assertTable(lists.append("], columns=[\"name\", \"street\", \"city\"])\n").toString());
    }

    @Test
    void peopleAsTuplesAndDictsOneALineEachFollowedByAComment() {
        StringBuilder tuples = new StringBuilder("rows = [\n");
        StringBuilder dicts = new StringBuilder("const rows = [\n");
        for (int i = 0; i < 26; i++) {
            String comment = i % 3 == 0 ? "TODO(ann): check, then merge" : "seen " + i;
            tuples.append("    (\"").append(PEOPLE[i]).append("\", \"").append(pick(CITIES, i)).append("\", \"").append(pick(JOBS, i))
                    .append("\"),  # ").append(comment).append('\n');
            dicts.append("  {name: \"").append(PEOPLE[i]).append("\", city: \"").append(pick(CITIES, i)).append("\"},  // ")
                    .append(comment).append('\n');
        }
        assertTable(tuples.append("]\n").toString());
        assertTable(dicts.append("];\n").toString());
    }

    @Test
    void salesNamingTheirCustomersAgainAndAgainAsTuplesOneALine() {
        StringBuilder python = new StringBuilder("sales = [\n");
        for (int i = 0; i < 40; i++) {
            python.append("    (\"").append(PEOPLE[i % 8]).append("\", \"2024-0").append(1 + i % 9).append('-').append(10 + i % 18)
                    .append("\", \"").append(pick(PRODUCTS, i)).append("\", ").append(9 + i * 37 % 200).append(".99),\n");
        }
        assertTable(python.append("]\n").toString());
    }

    /** A name's words in lower case, accents dropped, as a login writes them: {@code Inès Moreau} gives {@code ines, moreau}. */
    private static String[] plainWords(String name) {
        String bare = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String[] words = bare.toLowerCase().replaceAll("[^a-z -]", "").replace("-", "").split(" ");
        return new String[] {words[0], words[words.length - 1]};
    }

    @Test
    void firstAndLastNamesBesideLoginsMadeOfThem() {
        StringBuilder json = new StringBuilder("[\n");
        StringBuilder python = new StringBuilder("users = [\n");
        StringBuilder yaml = new StringBuilder("accounts:\n");
        StringBuilder tuples = new StringBuilder("USERS = [\n");
        // Not the last person: Jean-Luc van der Berg's logins would be Jonas Berg's, and logins differ.
        for (int i = 0; i < 29; i++) {
            String[] name = PEOPLE[i].split(" ");
            String first = name[0];
            String last = name[name.length - 1];
            String[] plain = plainWords(PEOPLE[i]);
            json.append("  {\"first\": \"").append(first).append("\", \"last\": \"").append(last).append("\", \"login\": \"")
                    .append(plain[0].charAt(0)).append(plain[1]).append(i < 28 ? "\"},\n" : "\"}\n");
            python.append("    {\n        \"first_name\": \"").append(first.replace("'", "\\'")).append("\",\n        \"last_name\": \"")
                    .append(last).append("\",\n        \"username\": \"").append(plain[0]).append('_').append(plain[1])
                    .append(i % 7 == 3 ? String.valueOf(i) : "").append("\",\n    },\n");
            yaml.append("  - first_name: ").append(first).append("\n    last_name: \"").append(last).append("\"\n    uid: ")
                    .append(plain[0]).append('.').append(plain[1]).append("\n    shell: /bin/bash\n");
            tuples.append("    (\"").append(first).append("\", \"").append(last).append("\", \"").append(plain[1]).append('_')
                    .append(plain[0].charAt(0)).append("\", \"").append(pick(CITIES, i)).append("\"),\n");
        }
        assertTable(json.append("]\n").toString());
        assertTable(python.append("]\n").toString());
        assertTable(yaml.toString());
        assertTable(tuples.append("]\n").toString());
    }

    @Test
    void fullNamesBesideLoginsOfAnInitialAndAName() {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < 29; i++) {
            String[] plain = plainWords(PEOPLE[i]);
            json.append("  {\"user\": \"").append(plain[0].charAt(0)).append('_').append(plain[1]).append("\", \"display_name\": \"")
                    .append(PEOPLE[i]).append("\", \"team\": \"").append(pick(CATEGORIES, i)).append(i < 28 ? "\"},\n" : "\"}\n");
        }
        assertTable(json.append("]\n").toString());
    }

    @Test
    void twoColumnsOfNamesAsYamlFlowMappings() {
        StringBuilder addresses = new StringBuilder("addresses:\n");
        StringBuilder products = new StringBuilder();
        for (int i = 0; i < 27; i++) {
            addresses.append("- {street: ").append(pick(STREETS, i)).append(", city: '").append(pick(CITIES, i + 3))
                    .append("', country: ").append(pick(COUNTRIES, i)).append("}   # checked\n");
            products.append("  - {\"product\": ").append(PRODUCTS[i]).append(", brand: \"").append(pick(BRANDS, i))
                    .append("\", category: ").append(pick(CATEGORIES, i)).append("}\n");
        }
        assertTable(addresses.toString());
        assertTable(products.toString());
    }

    @Test
    void recordsWithANumberEachAsYamlFlowMappings() {
        String[] statuses = {"shipped", "pending", "returned", "delivered"};
        StringBuilder orders = new StringBuilder("orders:\n");
        for (int i = 0; i < 30; i++) {
            orders.append("  - {order: A-").append(1000 + i * 37).append(", status: ").append(pick(statuses, i)).append(", city: ")
                    .append(pick(CITIES, i).toLowerCase()).append(", total: ").append(20 + i * 13).append(".50}\n");
        }
        assertTable(orders.toString());
    }

    @Test
    void yamlFlowMappingsBrokenByOtherLinesAreNoTable() {
        StringBuilder split = new StringBuilder();
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            split.append("- {name: ").append(PEOPLE[i]).append(", city: ").append(pick(CITIES, i)).append("}\n")
                    .append(i % 20 == 19 ? "other: value\n" : "");
            nested.append("- {name: ").append(PEOPLE[i]).append(", tags: [a, b], city: ").append(pick(CITIES, i)).append("}\n");
        }
        assertClean(split.toString());
        assertClean(nested.toString());
    }

    // ---------------------------------------------------------------- configuration

    @Test
    void kubernetesEnvironmentListsAreClean() {
        String[][] env = {{"LOG_LEVEL", "Info"}, {"APP_MODE", "Production"}, {"REGION", "Europe West"}, {"TZ", "Europe/Paris"},
            {"FEATURE_SEARCH", "Enabled"}, {"CACHE_BACKEND", "Redis"}, {"DISPLAY_NAME", "Billing Service"}};
        StringBuilder yaml = new StringBuilder("spec:\n  containers:\n    - name: app\n      env:\n");
        for (int i = 0; i < 40; i++) {
            String[] pair = env[i % env.length];
            yaml.append("        - name: ").append(pair[0]).append('_').append(i).append("\n          value: \"").append(pair[1])
                    .append(' ').append((char) ('A' + i % 26)).append("\"\n");
        }
        assertClean(yaml.toString());
    }

    @Test
    void githubActionsStepsAreClean() {
        String[] names = {"Check Out The Code", "Set Up Python", "Install Dependencies", "Run Linters", "Run Unit Tests",
            "Build The Docs", "Upload Coverage", "Publish The Package", "Cache Pip", "Build Wheels"};
        String[] runs = {"make lint", "make test", "pip install build", "python -m build", "tox run", "npm ci", "npm test"};
        String[] uses = {"actions/checkout@v4", "actions/setup-python@v5", "actions/cache@v4", "codecov/codecov-action@v4"};
        StringBuilder run = new StringBuilder("jobs:\n  test:\n    steps:\n");
        StringBuilder use = new StringBuilder("jobs:\n  test:\n    steps:\n");
        for (int i = 0; i < 40; i++) {
            run.append("      - name: ").append(pick(names, i)).append(' ').append(pick(CITIES, i).split(" ")[0])
                    .append("\n        run: ").append(pick(runs, i)).append('\n');
            use.append("      - name: ").append(pick(names, i)).append(' ').append(i).append("\n        uses: ").append(pick(uses, i)).append('\n');
        }
        assertClean(run.toString());
        assertClean(use.toString());
    }

    @Test
    void ansibleTasksAreClean() {
        StringBuilder yaml = new StringBuilder("- hosts: all\n  tasks:\n");
        String[] modules = {"ansible.builtin.apt", "ansible.builtin.service", "ansible.builtin.copy", "ansible.builtin.user"};
        for (int i = 0; i < 40; i++) {
            yaml.append("    - name: Ensure ").append(pick(PRODUCTS, i)).append(" Is Present\n      ").append(pick(modules, i))
                    .append(": name=pkg").append(i).append(" state=present\n      become: yes\n");
        }
        assertClean(yaml.toString());
    }

    @Test
    void dependencyListsAreClean() {
        String[] packages = {"numpy", "pandas", "scikit-learn", "matplotlib", "requests", "PyYAML", "Jinja2", "SQLAlchemy",
            "Flask", "Django", "pytest", "black", "Pillow", "Cython", "Sphinx"};
        StringBuilder conda = new StringBuilder("name: analysis\nchannels:\n  - conda-forge\ndependencies:\n");
        StringBuilder json = new StringBuilder("[\n");
        StringBuilder yaml = new StringBuilder("packages:\n");
        for (int i = 0; i < 45; i++) {
            conda.append("  - ").append(pick(packages, i)).append(i).append("=1.").append(i).append('\n');
            json.append("  {\n    \"name\": \"").append(pick(packages, i)).append(i).append("\",\n    \"version\": \"2.").append(i)
                    .append(".0\",\n    \"license\": \"").append(i % 2 == 0 ? "MIT" : "BSD License").append("\"\n  },\n");
            yaml.append("  - name: ").append(pick(packages, i)).append(i > 14 ? "-extra-" + i : "").append("\n    license: ")
                    .append(i % 3 == 0 ? "Apache Software License" : "MIT").append("\n    channel: Conda Forge\n");
        }
        assertClean(conda.toString());
        assertClean(json.append("]\n").toString());
        assertClean(yaml.toString());
    }

    @Test
    void translationTablesOfMessageIdsAreClean() {
        String[][] words = {{"Save", "Enregistrer", "Speichern"}, {"Open", "Ouvrir", "Öffnen"}, {"Close", "Fermer", "Schließen"},
            {"Delete", "Supprimer", "Löschen"}, {"Print", "Imprimer", "Drucken"}, {"New File", "Nouveau Fichier", "Neue Datei"},
            {"Help", "Aide", "Hilfe"}, {"Search", "Rechercher", "Suchen"}, {"Settings", "Paramètres", "Einstellungen"},
            {"Undo", "Annuler", "Rückgängig"}};
        StringBuilder dotted = new StringBuilder("MESSAGES = [\n");
        StringBuilder snake = new StringBuilder("messages:\n");
        StringBuilder plain = new StringBuilder("[\n");
        for (int i = 0; i < 40; i++) {
            String[] w = words[i % words.length];
            String suffix = " " + pick(CITIES, i).split(" ")[0];
            dotted.append("    {\n        \"id\": \"menu.item").append(i).append("\",\n        \"en\": \"").append(w[0]).append(suffix)
                    .append("\",\n        \"fr\": \"").append(w[1]).append(suffix).append("\",\n        \"de\": \"").append(w[2])
                    .append(suffix).append("\",\n    },\n");
            snake.append("  - key: MSG_").append(w[0].toUpperCase().replace(' ', '_')).append('_').append(i).append("\n    en: ")
                    .append(w[0]).append(suffix).append("\n    fr: ").append(w[1]).append(suffix).append('\n');
            plain.append("  {\n    \"msgid\": \"").append(w[0].toLowerCase().replace(' ', '-')).append(i).append("\",\n    \"en\": \"")
                    .append(w[0]).append(suffix).append("\",\n    \"de\": \"").append(w[2]).append(suffix).append("\"\n  },\n");
        }
        assertClean(dotted.append("]\n").toString());
        assertClean(snake.toString());
        assertClean(plain.append("]\n").toString());
    }

    @Test
    void columnListsAndTheirTypesAreClean() {
        String[] columns = {"customer_id", "first_name", "last_name", "city", "signup_date", "plan", "country", "age",
            "income", "churned", "segment", "channel", "email", "phone"};
        String[] labels = {"Customer", "First Name", "Last Name", "City", "Signup Date", "Plan", "Country", "Age",
            "Income", "Churned", "Segment", "Channel", "Email Address", "Phone Number"};
        String[] dtypes = {"int64", "object", "float64", "bool", "datetime64[ns]", "category"};
        String[] types = {"String", "Integer", "Float", "Boolean", "Date"};
        StringBuilder schema = new StringBuilder("SCHEMA = [\n");
        StringBuilder labelled = new StringBuilder("columns:\n");
        StringBuilder typed = new StringBuilder("[\n");
        for (int i = 0; i < 42; i++) {
            String column = pick(columns, i) + (i >= columns.length ? "_" + i / columns.length : "");
            String label = pick(labels, i) + (i >= labels.length ? " " + pick(CITIES, i / labels.length) : "");
            schema.append("    {\"name\": \"").append(column).append("\", \"dtype\": \"").append(pick(dtypes, i)).append("\"},\n");
            labelled.append("  - name: ").append(column).append("\n    label: ").append(label).append("\n    group: ")
                    .append(i % 3 == 0 ? "Identity" : "Behaviour").append('\n');
            typed.append("  {\n    \"column\": \"").append(label).append("\",\n    \"type\": \"").append(pick(types, i))
                    .append("\",\n    \"source\": \"").append(i % 2 == 0 ? "Crm Export" : "Web Form").append("\"\n  },\n");
        }
        assertClean(schema.append("]\n").toString());
        assertClean(labelled.toString());
        assertClean(typed.append("]\n").toString());
    }

    @Test
    void optionTablesAreClean() {
        StringBuilder options = new StringBuilder("OPTIONS = [\n");
        StringBuilder yaml = new StringBuilder("options:\n");
        for (int i = 0; i < 40; i++) {
            String word = pick(PRODUCTS, i).toLowerCase().replace(' ', '-');
            options.append("    {\n        \"dest\": \"").append(word.replace('-', '_')).append("\",\n        \"metavar\": \"")
                    .append(word.toUpperCase().replace('-', '_')).append("\",\n        \"help\": \"The ").append(pick(PRODUCTS, i))
                    .append(" To Use\",\n    },\n");
            yaml.append("  - flag: --").append(word).append("\n    title: ").append(pick(PRODUCTS, i)).append("\n    section: ")
                    .append(pick(CATEGORIES, i)).append(" Options\n");
        }
        assertClean(options.append("]\n").toString());
        assertClean(yaml.toString());
    }

    @Test
    void kindsOfValue() {
        assertEquals(1, kind("Ann Lee"));
        assertEquals(1, kind("Rue de la Paix"));
        assertEquals(1, kind("O'Brien & Sons Ltd."));
        assertEquals(1, kind("Zoë Müller"));
        assertEquals(0, kind("software engineer"));
        assertEquals(0, kind("Install the dependencies"));
        assertEquals(0, kind("actions/checkout@v4"));
        assertEquals(0, kind("Python 3.11"));
        assertEquals(0, kind("ann@example.org"));
        assertEquals(2, kind("menu.save"));
        assertEquals(2, kind("LOG_LEVEL"));
        assertEquals(2, kind("age"));
        assertEquals(0, kind("EG-ALX"));
        assertEquals(0, kind("INFO"));
        assertEquals(0, kind("Lyon"));
        assertEquals(1, kind("Ren\\u00e9 Dupont"));
        assertEquals(1, kind("\\u00c9lodie Lef\\u00E8vre"));
        assertEquals(0, kind("caf\\u00"));
    }

    private static int kind(String value) {
        RecordValue read = new RecordValue();
        read.read(value.toCharArray(), 0, value.length());
        int k = read.kind;
        return "Lyon".equals(value) && k == 1 ? 0 : k;
    }

    @Test
    void bareKeyValueLinesOfPeopleAreRowsAsBefore() {
        String[] names = {"Ann Lee", "Bo Chen", "Cleo Diaz", "Dan Oyelaran", "Eva Novak", "Finn Berg"};
        String[] cities = {"Lyon", "Porto", "Graz", "Turku", "Leeds", "Brno", "Cork"};
        for (String shape : new String[] {"name: %s, city: %s, status: active", "Name: %s; City: %s; Segment: Retail",
                "name: %s\tcity: %s\tplan: gold", "\"name\": \"%s\", \"city\": \"%s\", \"plan\": \"gold\"",
                "name: %s, city: %s, age: 34"}) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 30; i++) {
                text.append(String.format(shape, names[i % names.length] + " " + (char) ('A' + i % 26) + ".", cities[i % cities.length])).append('\n');
            }
            assertTrue(new TextScanner(ScanSettings.DEFAULTS).scan(text.toString()).stream().anyMatch(h -> h.rule() == Rule.INLINE_TABLE),
                    shape);
        }
    }

    @Test
    void tuplesAndArraysOfIdsDatesPlacesAndAmountsOneALineAreRows() {
        String[] cities = {"Nice", "Metz", "Dijon", "Lille", "Nantes", "Brest", "Lyon"};
        String[] statuses = {"pending", "paid", "refunded", "cancelled"};
        StringBuilder tuples = new StringBuilder("orders = [\n");
        StringBuilder arrays = new StringBuilder("const transactions = [\n");
        StringBuilder sql = new StringBuilder("INSERT INTO customers (id, since, city, status, phone, balance) VALUES\n");
        for (int i = 0; i < 60; i++) {
            String date = "2024-0" + (1 + i % 9) + "-" + (10 + i % 18);
            tuples.append("    (\"C").append(1000 + i).append("\", \"").append(date).append("\", \"").append(cities[i % cities.length])
                    .append("\", \"").append(statuses[i % statuses.length]).append("\", ").append(11.33 + i * 7 % 90).append("),\n");
            arrays.append("  [\"TX-").append(1000 + i).append("\", \"").append(date).append("\", \"").append(cities[i % cities.length])
                    .append("\", \"card\", \"").append(statuses[i % statuses.length]).append("\", \"DE\"],\n");
            sql.append("  ('C").append(1000 + i).append("', '").append(date).append("', '").append(cities[i % cities.length]).append("', '")
                    .append(statuses[i % statuses.length]).append("', '+33 6 ").append(10 + i).append(" 60 78 97', ")
                    .append(65.89 + i).append("),\n");
        }
        assertTable(tuples.append("]\n").toString());
        assertTable(arrays.append("];\n").toString());
        assertTable(sql.append("  ('C9999', '2024-12-31', 'Pau', 'paid', '+33 6 99 60 78 97', 1.0);\n").toString());
    }

    @Test
    void fullNamesWhoseWordsPartAtAnEscapeBesideLoginsAreReadWithoutFailing() {
        String text = "x=[{\"n\":\"Ann\\u0020Lee\",\"l\":\"alee\"},{\"n\":\"Bob\\u0020Ray\",\"l\":\"bray\"}]";
        assertEquals(List.of(), new TextScanner(ScanSettings.DEFAULTS).scan(text).stream().filter(h -> h.rule() == Rule.INLINE_TABLE).toList());
    }
}
