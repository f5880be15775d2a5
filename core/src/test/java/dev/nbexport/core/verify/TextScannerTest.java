package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Preset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each text rule fires on what it looks for, at the right line, and stays quiet on its near misses. */
class TextScannerTest {

    private static final TextScanner SCANNER = new TextScanner(ScanSettings.DEFAULTS);
    /**
     * Far above what a linear pass over megabytes takes on a loaded machine, far below what a
     * quadratic one takes (hours): a guard against runaway scans, not a benchmark.
     */
    private static final Duration LINEAR_BOUND = Duration.ofSeconds(30);

    private static List<TextHit> scan(String text) {
        return SCANNER.scan(text);
    }

    private static List<String> rules(String text) {
        return scan(text).stream().map(h -> h.rule().id()).toList();
    }

    /** Exactly one hit, of {@code rule}, on {@code line}, whose description does not repeat {@code secret}. */
    private static TextHit assertOne(Rule rule, int line, String text, String secret) {
        List<TextHit> hits = scan(text);
        assertEquals(List.of(rule), hits.stream().map(TextHit::rule).toList(), () -> "hits: " + hits);
        TextHit hit = hits.get(0);
        assertEquals(line, hit.line());
        assertFalse(hit.what().contains(secret), hit.what());
        assertTrue(text.substring(hit.start(), hit.end()).contains(secret), "the hit covers the secret");
        return hit;
    }

    private static void assertClean(String text) {
        assertEquals(List.of(), scan(text), text.length() > 200 ? text.substring(0, 200) : text);
    }

    private static String randomBase64(int bytes, long seed) {
        byte[] data = new byte[bytes];
        new Random(seed).nextBytes(data);
        return Base64.getEncoder().encodeToString(data);
    }

    private static String randomHex(int bytes, long seed) {
        byte[] data = new byte[bytes];
        new Random(seed).nextBytes(data);
        return java.util.HexFormat.of().formatHex(data);
    }

    private static final String PANDAS = """
            import pandas as pd
            import numpy as np
            import matplotlib.pyplot as plt

            df = pd.read_csv("data/customers.csv", sep=";", encoding="utf-8")
            df = df.dropna(subset=["age", "income"])
            df["ratio"] = df["income"] / df["age"].clip(lower=1)
            summary = df.groupby(["region", "segment"]).agg({"income": ["mean", "median"], "age": "max"})
            fig, ax = plt.subplots(1, 2, figsize=(12, 4))
            ax[0].hist(df["age"], bins=30, color="steelblue", alpha=0.7)
            ax[1].scatter(df["age"], df["income"], s=3, c="k")
            model = LogisticRegression(C=1.0, max_iter=200, random_state=42)
            print(f"accuracy: {accuracy_score(y_test, model.predict(X_test)):.3f}")
            """;

    // ---------------------------------------------------------------- data: URIs

    @Test
    void findsDataUrisInMarkdownHtmlAndCss() {
        String payload = randomBase64(60, 1);
        assertOne(Rule.DATA_URI, 2, "# Plot\n![plot](data:image/png;base64," + payload + ")\n", payload);
        assertOne(Rule.DATA_URI, 1, "<img src=\"data:image/jpeg;base64," + payload + "\"/>", payload);
        assertOne(Rule.DATA_URI, 3, ".a {\n  color: red;\n  background: url(data:image/gif;base64," + payload + ");\n}", payload);
        String csv = "id%2Cname%0A1%2CJane%20Doe%0A2%2CJohn%20Roe%0A";
        assertOne(Rule.DATA_URI, 1, "<a href=\"data:text/csv;charset=utf-8," + csv + "\">download</a>", csv);
    }

    @Test
    void aPayloadThatIsNotBase64IsMeasuredToWhereItsContextEndsIt() {
        String svg = "<svg><text>CUSTOMER-4711-bought-3-licences</text></svg>";
        assertOne(Rule.DATA_URI, 1, "![x](data:image/svg+xml;utf8," + svg + ")", "CUSTOMER-4711");
        assertOne(Rule.DATA_URI, 1, "<iframe src=\"data:text/html,<p>CUSTOMER-4711 (gold) renews</p>\"></iframe>", "CUSTOMER-4711");
    }

    @Test
    void findsADataUriWhoseSchemeIsWrittenAsABrowserWouldDecodeIt() {
        String payload = randomBase64(60, 3);
        for (String scheme : List.of("&#100;ata:", "&#x64;&#x61;&#x74;&#x61;&#x3a;", "data&colon;", "da\tta:", "d&Tab;ata:",
                "da\nta:", "d&#10;ata:", "data&NewLine;:", "data\t:", "data\n:", "data\r:")) {
            assertOne(Rule.DATA_URI, 1, "<img src=\"" + scheme + "image/png;base64," + payload + "\">", payload);
        }
        assertClean("Fish &amp; chips\tdata: none, see the tab-separated list");
        assertOne(Rule.DATA_URI, 1, "![x](da\nta:text/plain,short)", "short");
    }

    @Test
    void theStrippersPlaceholderAndTalkAboutDataUrisAreNotDataUris() {
        assertClean("![plot](removed-by-nbexport:data-uri) and <img src=\"removed-by-nbexport:data-uri\"/>");
        assertClean("metadata: {}\nmydata:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAE\n");
        assertClean("Use a `data:image/png;base64,<payload>` URI to inline an image.");
        assertClean("url = \"data:text/plain,hello\"");
    }

    // ---------------------------------------------------------------- encoded blobs

    @Test
    void findsLongBase64AndHexRunsOncePerRun() {
        String blob = randomBase64(1200, 2);
        TextHit hit = assertOne(Rule.ENCODED_BLOB, 2, "x = 1\npayload = \"" + blob + "\"\n", blob.substring(0, 40));
        assertTrue(hit.what().contains("base64"));
        String hex = randomHex(200, 3);
        assertOne(Rule.ENCODED_BLOB, 1, "key = bytes.fromhex('" + hex + "')", hex.substring(0, 40));
    }

    @Test
    void findsBase64WrappedOverLines() {
        String blob = randomBase64(1500, 4);
        String wrapped = IntStream.range(0, (blob.length() + 75) / 76)
                .mapToObj(i -> blob.substring(i * 76, Math.min(blob.length(), i * 76 + 76))).collect(Collectors.joining("\n"));
        List<TextHit> hits = scan("data = '''\n" + wrapped + "\n'''\n");
        assertEquals(List.of(Rule.ENCODED_BLOB), hits.stream().map(TextHit::rule).toList());
        assertEquals(2, hits.get(0).line());
    }

    @Test
    void findsBase64SplitIntoStringPieces() {
        String blob = randomBase64(1500, 6);
        List<String> pieces = IntStream.range(0, (blob.length() + 63) / 64)
                .mapToObj(i -> blob.substring(i * 64, Math.min(blob.length(), i * 64 + 64))).toList();
        String plus = "payload = \"" + String.join("\" +\n    \"", pieces) + "\"\n";
        String implicit = "payload = (\"" + String.join("\"\n           \"", pieces) + "\")\n";
        String list = "parts = [\n    \"" + String.join("\",\n    \"", pieces) + "\",\n]\n";
        for (String code : List.of(plus, implicit, list)) {
            List<TextHit> hits = scan(code);
            assertEquals(List.of(Rule.ENCODED_BLOB), hits.stream().map(TextHit::rule).toList(), code.substring(0, 80));
        }
    }

    @Test
    void findsBase64CutIntoShortPiecesOneALine() {
        String blob = randomBase64(6000, 9);
        List<String> pieces = IntStream.range(0, blob.length() / 50).mapToObj(i -> blob.substring(i * 50, i * 50 + 50)).toList();
        String list = "x = [\n    \"" + String.join("\",\n    \"", pieces) + "\",\n]\n";
        String dict = "x = {\n" + IntStream.range(0, pieces.size()).mapToObj(i -> "    " + i + ": \"" + pieces.get(i) + "\",\n")
                .collect(Collectors.joining()) + "}\n";
        String calls = pieces.stream().map(p -> "w(\"" + p + "\")\n").collect(Collectors.joining());
        String comments = pieces.stream().map(p -> "# " + p + "\n").collect(Collectors.joining());
        for (String code : List.of(list, dict, calls, comments)) {
            List<TextHit> hits = scan(code);
            assertEquals(List.of(Rule.ENCODED_BLOB), hits.stream().map(TextHit::rule).toList(), code.substring(0, 60));
        }
        String checksums = IntStream.range(0, 40).mapToObj(i -> "    \"" + randomHex(32, i) + "\",\n").collect(Collectors.joining());
        assertClean("hashes = [\n" + checksums + "]\n");
    }

    @Test
    void aListingOfPathsIsNoBase64InPiecesButPiecesInAFolderAre() {
        StringBuilder listing = new StringBuilder();
        for (String stub : List.of("Authlib/authlib/jose/rfc7515", "Authlib/authlib/jose/rfc7516", "Authlib/authlib/oauth1/rfc5849",
                "antlr4-python3-runtime/antlr4", "google-cloud-ndb/google/cloud/ndb", "protobuf/google/protobuf/compiler")) {
            for (String file : List.of("__init__.pyi", "BufferedTokenStream.pyi", "CommonTokenFactory.pyi", "models.pyi",
                    "InputStream.pyi", "jws.pyi", "errors.pyi", "client.pyi")) {
                for (String version : List.of("v1", "v1beta1", "v2alpha3", "v3")) {
                    listing.append("third_party/typeshed/stubs/").append(stub).append("/").append(version).append("/").append(file)
                            .append("\n");
                }
            }
        }
        assertClean(listing.toString());

        String blob = randomBase64(6000, 11);
        String files = IntStream.range(0, blob.length() / 50)
                .mapToObj(i -> "exports/customers/" + blob.substring(i * 50, i * 50 + 50) + ".txt\n").collect(Collectors.joining());
        assertEquals(List.of(Rule.ENCODED_BLOB), scan(files).stream().map(TextHit::rule).toList(), "base64 under a folder");
    }

    @Test
    void findsHexAndBase32WrappedInStringPieces() {
        String hex = randomHex(1000, 7);
        Random random = new Random(8);
        String base32 = random.ints(2000, 0, 32).mapToObj(i -> String.valueOf("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".charAt(i)))
                .collect(Collectors.joining());
        for (String run : List.of(hex, base32)) {
            List<String> pieces = IntStream.range(0, (run.length() + 63) / 64)
                    .mapToObj(i -> run.substring(i * 64, Math.min(run.length(), i * 64 + 64))).toList();
            String code = "BLOB = (\n    \"" + String.join("\"\n    \"", pieces) + "\"\n)\n";
            List<TextHit> hits = scan(code);
            assertEquals(List.of(Rule.ENCODED_BLOB), hits.stream().map(TextHit::rule).toList(), code.substring(0, 80));
        }
    }

    @Test
    void shortRunsShasUuidsAndIdentifiersAreNotBlobs() {
        assertClean("git checkout 3f786850e387550fdab836ed7e6dc881de23001b\nsha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'\n");
        assertClean("run_id = '123e4567-e89b-12d3-a456-426614174000'\n");
        assertClean("token = \"" + randomBase64(300, 5).replaceAll("[^A-Za-z]", "") + "\"\n".repeat(0));
        assertClean("x = '" + "-".repeat(2000) + "'\n" + "=".repeat(2000));
        assertClean(PANDAS);
    }

    /** Base85 as Python's {@code b85encode} (RFC 1924 alphabet) or Adobe's ascii85 writes it, no zero shortcut. */
    private static String randomBase85(int bytes, long seed, boolean ascii85) {
        String alphabet = ascii85 ? IntStream.rangeClosed('!', 'u').mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining())
                : "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bytes; i += 4) {
            long group = random.nextInt() & 0xffffffffL;
            char[] digits = new char[5];
            for (int k = 4; k >= 0; k--) {
                digits[k] = alphabet.charAt((int) (group % 85));
                group /= 85;
            }
            out.append(digits);
        }
        return out.toString();
    }

    private static String wrapped(String run, int width, String open, String close) {
        return IntStream.range(0, (run.length() + width - 1) / width)
                .mapToObj(i -> open + run.substring(i * width, Math.min(run.length(), i * width + width)) + close)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void findsBase85AsPythonWritesItInAStringLiteral() {
        String b85 = randomBase85(1000, 11, false);
        TextHit hit = assertOne(Rule.ENCODED_BLOB, 2, "import base64\npayload = base64.b85decode(b'" + b85 + "')\n",
                b85.substring(0, 40));
        assertTrue(hit.what().contains("1250 base85 characters"), hit.what());
        String pieces = "payload = (\n" + wrapped(b85, 76, "    b'", "'") + "\n)\n";
        assertOne(Rule.ENCODED_BLOB, 2, pieces, b85.substring(0, 40));
        String narrow = "payload = (\n" + wrapped(b85, 40, "    b'", "'") + "\n)\n";
        assertOne(Rule.ENCODED_BLOB, 2, narrow, b85.substring(0, 40));
    }

    @Test
    void findsAscii85BetweenAdobesMarkersAlsoWrapped() {
        String a85 = randomBase85(1000, 12, true);
        TextHit hit = assertOne(Rule.ENCODED_BLOB, 3, "A figure, as PostScript has it:\n\n<~" + a85 + "~>\n", a85.substring(0, 40));
        assertTrue(hit.what().contains("ascii85"), hit.what());
        assertOne(Rule.ENCODED_BLOB, 1, "<~" + wrapped(a85, 75, "", "") + "~>\n", a85.substring(0, 40));
        assertOne(Rule.ENCODED_BLOB, 1, "<~" + wrapped(a85, 50, "", "") + "~>\n", a85.substring(0, 40));
    }

    @Test
    void base85BelowTheBlobLengthLongPathsAndUrlsAndBase64AreNotBase85() {
        assertClean("key = b'" + randomBase85(800, 13, false) + "'\n");
        assertClean("<~" + randomBase85(800, 14, true) + "~>");
        String path = IntStream.range(0, 120).mapToObj(i -> "/opt/tool-" + i + "/lib").collect(Collectors.joining(":"));
        assertClean("PATH=" + path + "\n");
        String url = "https://example.org/api?" + IntStream.range(0, 100).mapToObj(i -> "field" + i + "=Value%20" + i)
                .collect(Collectors.joining("&"));
        assertClean("r = requests.get('" + url + "')\n");
        assertClean("#" + "~-=*".repeat(400) + "\n" + "<!--" + "%$#@!&*()".repeat(150) + "-->\n");
        String base64 = randomBase64(1200, 15);
        assertEquals(List.of("encoded-blob"), rules("blob = '" + base64 + "'\n"));
    }

    // ---------------------------------------------------------------- long lines

    @Test
    void findsVeryLongLines() {
        String longLine = "values = \"" + "lorem ipsum dolor sit amet, ".repeat(200) + "\"";
        TextHit hit = assertOne(Rule.LONG_LITERAL, 2, "x = 1\n" + longLine + "\ny = 2\n", "lorem");
        assertEquals(longLine.length(), hit.end() - hit.start());
        assertClean("x = 1\n" + "y = 'short'\n".repeat(1000));
    }

    @Test
    void aLongLineThatIsOneBlobIsReportedOnceAsABlob() {
        String blob = randomBase64(9000, 6);
        assertEquals(List.of("encoded-blob"), rules("img = '" + blob + "'\n"));
    }

    @Test
    void findsBytesWrittenAsEscapesAlsoWhenTheLiteralIsSplit() {
        Random random = new Random(3);
        StringBuilder escapes = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            escapes.append(String.format(java.util.Locale.ROOT, "\\x%02x", random.nextInt(256)));
        }
        StringBuilder split = new StringBuilder("payload = (\n");
        for (int i = 0; i < escapes.length(); i += 64) {
            split.append("    b'").append(escapes, i, Math.min(escapes.length(), i + 64)).append("'\n");
        }
        TextHit hit = assertOne(Rule.ENCODED_BLOB, 2, split.append(")\n").toString(), escapes.substring(640, 660));
        assertTrue(hit.what().contains("600 escaped bytes"), hit.what());
        assertClean("pattern = re.compile(rb'\\x00\\xff\\x1b\\x5b')\nsep = '\\x1f'\n".repeat(20));
    }

    // ---------------------------------------------------------------- inline tables

    @Test
    void findsAPastedCsvOnce() {
        StringBuilder csv = new StringBuilder("id,age,income,region\n");
        Random random = new Random(7);
        for (int i = 0; i < 30; i++) {
            csv.append(i).append(',').append(20 + random.nextInt(50)).append(',').append(random.nextInt(90000)).append(".50,north\n");
        }
        TextHit hit = assertOne(Rule.INLINE_TABLE, 3, "Some data:\n\n" + csv, "income");
        assertTrue(hit.what().contains("31 rows"), hit.what());
    }

    @Test
    void aQuotedFieldHoldingTheDelimiterDoesNotBreakTheTable() {
        StringBuilder csv = new StringBuilder("id,name,note\n");
        for (int i = 0; i < 30; i++) {
            csv.append(i).append(",customer ").append(i).append(i % 3 == 0 ? ",\"late, paid\"\n" : ",on time\n");
        }
        TextHit hit = assertOne(Rule.INLINE_TABLE, 1, csv.toString(), "late, paid");
        assertTrue(hit.what().contains("31 rows"), hit.what());
    }

    @Test
    void findsSemicolonTabAndPipeTablesAndNumberLists() {
        StringBuilder semicolons = new StringBuilder();
        StringBuilder tabs = new StringBuilder();
        StringBuilder pipes = new StringBuilder("| name | city | score |\n|---|---|---|\n");
        for (int i = 0; i < 26; i++) {
            semicolons.append("2024-01-").append(i).append(";").append(i * 3).append(";").append(i % 7).append('\n');
            tabs.append("Jane").append(i).append('\t').append("Berlin").append('\t').append(i).append('\n');
            pipes.append("| ").append(CustomerRows.person(i)).append(" | Berlin | ").append(CustomerRows.amount(i)).append(" |\n");
        }
        assertEquals(List.of("inline-table"), rules(semicolons.toString()));
        assertEquals(List.of("inline-table"), rules(tabs.toString()));
        assertEquals(List.of("inline-table"), rules(pipes.toString()));
        StringBuilder yaml = new StringBuilder("rows:\n");
        for (int i = 0; i < 30; i++) {
            yaml.append("  - [").append(i).append(", Customer ").append(i).append(", ").append(i * 13).append(".5]\n");
        }
        assertEquals(List.of("inline-table"), rules(yaml.toString()));
        String numbers = IntStream.range(0, 300).mapToObj(i -> String.format(java.util.Locale.ROOT, "%.3f", Math.sin(i))).collect(Collectors.joining(", "));
        TextHit hit = assertOne(Rule.INLINE_TABLE, 2, "import numpy as np\nweights = np.array([" + numbers + "])\n", "0.841");
        assertTrue(hit.what().contains("300 numbers"), hit.what());
    }

    @Test
    void aRowThresholdSoHighThatTenTimesItPassesTheLargestIntFindsNoNumberList() {
        String numbers = IntStream.range(0, 300).mapToObj(i -> String.valueOf(i * 7 % 101)).collect(Collectors.joining(", "));
        TextScanner scanner = new TextScanner(new ScanSettings(1024, 256, 5000, Integer.MAX_VALUE / 9, 10, 10, 10, 10));

        assertEquals(List.of(), scanner.scan("weights = np.array([" + numbers + "])\n"));
    }

    /** {@code df.head(rows)} as pandas prints it: an index, a name and two numbers a row, right-aligned. */
    private static String printedFrame(int rows) {
        StringBuilder frame = new StringBuilder("      name  age    income\n");
        Random random = new Random(rows);
        for (int i = 0; i < rows; i++) {
            frame.append(String.format(java.util.Locale.ROOT, "%-3d %6s  %3d  %8.1f%n", i, "Jane" + i % 10, 20 + random.nextInt(60),
                    random.nextInt(900000) / 10.0));
        }
        return frame.toString();
    }

    @Test
    void findsAPrintedFrameAndAFixedWidthReportSeparatedBySpaces() {
        TextHit hit = assertOne(Rule.INLINE_TABLE, 4, "Output of `df.head(50)`:\n\n```\n" + printedFrame(50) + "```\n", "Jane3");
        assertTrue(hit.what().contains("50 rows"), hit.what());
        StringBuilder report = new StringBuilder("BRANCH   Q1      Q2      Q3\n");
        for (int i = 0; i < 30; i++) {
            report.append(String.format(java.util.Locale.ROOT, "B%03d  %6d  %6d  %6d%n", i, i * 37 % 9999, i * 91 % 9999, i * 13));
        }
        assertEquals(List.of("inline-table"), rules(report.toString()));
    }

    @Test
    void findsATabSeparatedTableWhoseRowsMissTrailingFields() {
        StringBuilder tsv = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            String[] fields = {"Jane" + i, String.valueOf(20 + i), "Berlin", "north", "gold"};
            tsv.append(String.join("\t", java.util.Arrays.copyOf(fields, 5 - i % 3))).append('\n');
        }
        TextHit hit = assertOne(Rule.INLINE_TABLE, 1, tsv.toString(), "Jane29");
        assertTrue(hit.what().contains("30 rows"), hit.what());
    }

    @Test
    void textAlignedToTabStopsIsNotARaggedTable() {
        StringBuilder header = new StringBuilder();
        StringBuilder types = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String name = "FLAG_" + "X".repeat(i % 11);
            header.append("#define ").append(name).append("\t".repeat(3 - name.length() / 8)).append(i * 4).append('\n');
            types.append("application/x-type").append("y".repeat(i % 13)).append("\t".repeat(1 + i % 3)).append("ext").append(i).append('\n');
        }
        assertClean(header.toString());
        assertClean(types.toString());
    }

    @Test
    void proseCodeListingsAndShortFramesAreNotSpacedTables() {
        assertClean(printedFrame(24));
        StringBuilder prose = new StringBuilder();
        StringBuilder code = new StringBuilder();
        StringBuilder packages = new StringBuilder("Package    Version\n---------- -------\n");
        StringBuilder conda = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            prose.append("In ").append(2000 + i).append(" the team shipped ").append(i).append(" releases of the tool.\n");
            code.append("    x").append(i).append(" = scale * ").append(i).append(" + offset  # step ").append(i).append('\n');
            packages.append("package").append(i).append("    1.").append(i).append(".0\n");
            conda.append("package").append(i).append("    1.").append(i).append(".0    py311h0_").append(i).append("    conda-forge\n");
        }
        assertClean(prose.toString());
        assertClean(code.toString());
        assertClean(packages.toString());
        assertClean(conda.toString());
        assertClean("Makefile:\n" + "build:\n\tgcc -O2 -o tool main.c\n\tstrip tool\n".repeat(20));
    }

    private static final String[] NAMES = {"Ann", "Bo", "Cy", "Dee", "Eve", "Fay", "Gus", "Hal"};

    @Test
    void findsJsonRecordsWrittenOneKeyALine() {
        StringBuilder json = new StringBuilder("rows = [\n");
        StringBuilder python = new StringBuilder("rows = [\n");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            json.append("    {\n        \"name\": \"").append(NAMES[i % 8]).append(i).append("\",\n        \"age\": ").append(20 + i)
                    .append(",\n        \"vip\": ").append(i % 2 == 0 ? "true" : "null").append("\n    },\n");
            python.append("    {'name': '").append(NAMES[i % 8]).append("',\n     'income': ").append(1000.5 * i).append("},\n");
            lines.append("{\"id\": ").append(i).append(", \"city\": \"Berlin\", \"score\": ").append(i * 7).append("}\n");
        }
        TextHit hit = assertOne(Rule.INLINE_TABLE, 2, json.append("]\n").toString(), "Eve4");
        assertTrue(hit.what().contains("30 records of the same keys"), hit.what());
        assertOne(Rule.INLINE_TABLE, 2, python.append("]\n").toString(), "Gus");
        assertEquals(List.of("inline-table"), rules(lines.toString()));
    }

    @Test
    void recordsOfNumbersInQuotesAreATableAndVersionsAndDatesAreNoNumbers() {
        StringBuilder read = new StringBuilder("rows = [\n");
        StringBuilder releases = new StringBuilder("releases:\n");
        for (int i = 0; i < 30; i++) {
            read.append("    {\n        'id': '").append(17 + i).append("',\n        'amount': '").append(12.5 * i).append("'\n    },\n");
            releases.append("  - version: 1.").append(i).append(".0\n    date: 2024-05-").append(10 + i % 20)
                    .append("\n    notes: fixes\n");
        }
        assertOne(Rule.INLINE_TABLE, 2, read.append("]\n").toString(), "amount");
        assertClean(releases.toString());
    }

    @Test
    void findsAYamlListOfRecords() {
        StringBuilder top = new StringBuilder();
        StringBuilder nested = new StringBuilder("source: crm\ncustomers:\n");
        for (int i = 0; i < 30; i++) {
            top.append("- name: ").append(NAMES[i % 8]).append(i).append("\n  age: ").append(20 + i).append('\n');
            nested.append("  - name: ").append(NAMES[i % 8]).append("\n    age: ").append(20 + i).append("\n    city: Berlin\n\n");
        }
        TextHit hit = assertOne(Rule.INLINE_TABLE, 1, top.toString(), "Eve4");
        assertTrue(hit.what().contains("30 records"), hit.what());
        assertOne(Rule.INLINE_TABLE, 3, nested.append("updated: 2024-05-01\n").toString(), "Gus");
    }

    @Test
    void configurationYamlIsNotATableOfRecords() {
        StringBuilder workflow = new StringBuilder("name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n");
        StringBuilder env = new StringBuilder("apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n"
                + "        - name: app\n          image: registry.local/app:1.2.3\n          env:\n");
        StringBuilder ansible = new StringBuilder("- hosts: web\n  tasks:\n");
        StringBuilder conda = new StringBuilder("name: analysis\nchannels:\n  - conda-forge\ndependencies:\n");
        StringBuilder gcloud = new StringBuilder("arguments:\n  params:\n");
        for (int i = 0; i < 40; i++) {
            workflow.append("      - name: Step ").append(i).append(i % 2 == 0 ? "\n        run: make check-" + i + "\n"
                    : "\n        uses: actions/cache@v4\n        with:\n          path: ~/.cache/" + i + "\n");
            env.append("            - name: SETTING_").append(i).append("\n              value: \"").append(i).append("\"\n");
            ansible.append("    - name: install package ").append(i).append("\n      apt:\n        name: pkg").append(i).append('\n');
            conda.append("  - package").append(i).append("=1.").append(i).append('\n');
            gcloud.append("  - arg_name: flag-").append(i).append("\n    api_field: spec.field").append(i)
                    .append("\n    help_text: |\n      The value of field ").append(i).append(" for this resource.\n");
        }
        assertClean(workflow.toString());
        assertClean(env.toString());
        assertClean(ansible.toString());
        assertClean(conda.toString());
        assertClean(gcloud.toString());
        StringBuilder bullets = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            bullets.append("- Note: item ").append(i).append(" is ").append(i * 3).append(" units\n");
        }
        assertClean(bullets.toString());
    }

    @Test
    void dictLiteralsOfCodeAndShortListsOfRecordsAreNotTables() {
        StringBuilder fields = new StringBuilder("SCHEMA = [\n");
        StringBuilder code = new StringBuilder("rows = [\n");
        StringBuilder few = new StringBuilder("rows = [\n");
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            fields.append("    {\n        \"name\": \"field_").append(i).append("\",\n        \"type\": \"string\",\n        \"required\": True,\n    },\n");
            code.append("    {\"name\": names[").append(i).append("], \"age\": ages[").append(i).append("]},\n");
        }
        for (int i = 0; i < 24; i++) {
            few.append("    {\n        \"name\": \"").append(NAMES[i % 8]).append("\",\n        \"age\": ").append(20 + i).append("\n    },\n");
            yaml.append("- name: ").append(NAMES[i % 8]).append("\n  age: ").append(20 + i).append('\n');
        }
        assertClean(fields.append("]\n").toString());
        assertClean(code.append("]\n").toString());
        assertClean(few.append("]\n").toString());
        assertClean(yaml.toString());
        StringBuilder help = new StringBuilder("OPTIONS = [\n");
        for (int i = 0; i < 40; i++) {
            help.append("    {\"flag\": \"--opt-").append(i).append("\", \"default\": ").append(i)
                    .append(", \"help\": \"How many workers the scheduler starts for queue ").append(i).append(" at most.\"},\n");
        }
        assertClean(help.append("]\n").toString());
    }

    @Test
    void findsAPastedHtmlTableHoweverItIsLaidOut() {
        StringBuilder oneLine = new StringBuilder("<p>Balances:</p><TABLE border=\"1\"><thead><tr><th>id</th><th>name</th></tr></thead>");
        StringBuilder small = new StringBuilder("<table>");
        for (int i = 0; i < 30; i++) {
            oneLine.append("<tr class=\"r\"><td>").append(i).append("</td><td>Customer ").append(i).append("</td></tr>");
        }
        for (int i = 0; i < 5; i++) {
            small.append("<tr>\n<td>").append(i).append("</td>\n</tr>\n");
        }
        TextHit hit = assertOne(Rule.INLINE_TABLE, 1, oneLine.append("</TABLE>").toString(), "Customer");
        assertTrue(hit.what().contains("31 rows"), hit.what());
        assertClean(small.append("</table>").toString() + "<track src=\"a.vtt\">".repeat(40));
    }

    @Test
    void ordinaryCodeSmallMarkdownTablesAndRequirementsAreNotTables() {
        StringBuilder calls = new StringBuilder();
        StringBuilder layers = new StringBuilder();
        StringBuilder list = new StringBuilder("columns = [\n");
        StringBuilder requirements = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            calls.append("ax.plot(x, y").append(i).append(", label='run ").append(i).append("')\n");
            layers.append("model.add(Dense(").append(64 + i).append(", activation='relu'))\n");
            list.append("    \"feature_").append(i).append("\",\n");
            requirements.append("package").append(i).append(">=1.").append(i).append(".0\n");
        }
        assertClean(calls.toString());
        assertClean(layers.toString());
        assertClean(list.append("]\n").toString());
        assertClean(requirements.toString());
        assertClean("| option | default | meaning |\n|---|---|---|\n| a | 1 | first |\n| b | 2 | second |\n| c | 3 | third |\n");
        assertClean(PANDAS.repeat(10));
        assertClean("x = np.linspace(0, 1, 100)\nrange(0, 10, 2)\nshape = (3, 224, 224)\n");
    }

    // ---------------------------------------------------------------- credentials

    @Test
    void findsPemPrivateKeys() {
        String body = randomBase64(600, 8);
        String pem = "-----BEGIN RSA PRIVATE KEY-----\n" + body.replaceAll("(.{64})", "$1\n") + "\n-----END RSA PRIVATE KEY-----\n";
        assertOne(Rule.CREDENTIAL, 2, "key = '''\n" + pem + "'''", body.substring(0, 30));
        String json = "{\"type\": \"service_account\", \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n" + body.substring(0, 64)
                + "\\n-----END PRIVATE KEY-----\\n\"}";
        assertOne(Rule.CREDENTIAL, 1, json, body.substring(0, 30));
        assertClean("if line.startswith('-----BEGIN RSA PRIVATE KEY-----'):\n    in_key = True\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AWS_ACCESS_KEY_ID = \"AKIAQ3EGRZ7T4XJ2VBNM\"",
        "export AWS_ACCESS_KEY_ID=ASIAZ5XK3MPL7QWE9RTY",
        "gh = \"ghp_R7b2Kx9mQ4vLp8ZtW3nY6cJ1hF5dS0aGuE2i\"",
        "GITHUB_TOKEN=github_pat_11ABCDEFG0x9Yk2Lm4Np6Qr8St0Uv2Wx4Yz6Ab8Cd0Ef2Gh4Ij6Kl8Mn0Op2",
        "client = WebClient(token=\"xoxb-2048163409732-5551234567890-aB3dE5fG7hI9jK1lM3nO5pQ7\")",
        "url = f'https://maps.googleapis.com/maps/api/geocode/json?key=AIzaSyD4k9Xw2Lm7Qp3Rv8Tn1Yb6Zc5Hf0Jg2Ks'",
        "stripe.api_key = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc9Xq2'",
        "engine = create_engine('postgresql://analyst:T0p-S3cr3t!@db.internal:5432/sales')",
        "conn = pyodbc.connect('DRIVER={ODBC Driver 18};SERVER=sql01;DATABASE=crm;UID=etl;PWD=Wint3r2026!;')",
        "db_password = \"Wint3r2026!\"",
        "connect(host='db', user='etl', password='Wint3r2026!')",
        "config = {\"password\": \"Wint3r2026!\"}",
        "password <- \"Wint3r2026!\"",
        "aws_secret_access_key = Zq8vN3kLp2Xw7Rt5Yb9Mc4Hd6Jf1Gs0Ka3Ue8Wi2",
        "API_KEY = \"a8f3kL29xQm7Vb4nZ1pW6rT0yH5jC2dE\"",
    })
    void findsCredentials(String line) {
        List<TextHit> hits = scan("import os\n" + line + "\n");
        assertEquals(List.of(Rule.CREDENTIAL), hits.stream().map(TextHit::rule).toList(), line);
        assertEquals(2, hits.get(0).line());
        String matched = line.substring(hits.get(0).start() - "import os\n".length(), hits.get(0).end() - "import os\n".length());
        assertFalse(hits.get(0).what().contains(matched));
        for (String secret : List.of("Wint3r2026!", "T0p-S3cr3t!", "AKIAQ3EGRZ7T4XJ2VBNM")) {
            assertFalse(hits.get(0).what().contains(secret));
        }
    }

    @Test
    void findsJsonWebTokensByTheirHeader() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"sub\":\"u-8812\",\"tenant\":\"acme\"}".getBytes(StandardCharsets.UTF_8));
        String jwt = header + "." + claims + "." + randomBase64(32, 9).replace('+', '-').replace('/', '_').replace("=", "");
        assertOne(Rule.CREDENTIAL, 1, "headers = {'Authorization': 'Bearer " + jwt + "'}", jwt);
        String notJwt = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"name\":\"x\",\"v\":1}".getBytes(StandardCharsets.UTF_8));
        assertClean("s = '" + notJwt + "." + claims + ".abcdefghijklmnopqrstu'");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "password = os.environ[\"DB_PASSWORD\"]",
        "password=os.environ[\"X\"]",
        "password = getpass.getpass(\"Password: \")",
        "password = input('password? ')",
        "password = \"\"",
        "password = \"password\"",
        "password = \"***\"",
        "password = \"<password>\"",
        "password = \"${DB_PASSWORD}\"",
        "password = \"xxxxxxxx\"",
        "password = \"your-password-here\"",
        "if password == \"Wint3r2026!\":",
        "password_hash = \"pbkdf2:sha256:600000$abc\"",
        "engine = create_engine('postgresql://user@host/db')",
        "engine = create_engine('postgresql://user:@host/db')",
        "engine = create_engine('postgresql://user:password@localhost/db')",
        "engine = create_engine('mysql://root:***@localhost/db')",
        "engine = create_engine('mongodb+srv://<username>:<password>@cluster0.mongodb.net')",
        "engine = create_engine(f'postgresql://{user}:{password}@{host}/db')",
        "engine = create_engine('postgresql://admin:${PGPASSWORD}@db/x')",
        "url = 'https://github.com/org/repo.git'",
        "AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'",
        "tokenizer = AutoTokenizer.from_pretrained('bert-base-uncased')",
        "pad_token = '<|endoftext|>'",
        "token = 'hello world this is long'",
        "SECRET_KEY = 'replace-me-with-your-own-secret-key'",
        "api_key = os.getenv('OPENAI_API_KEY')",
        "gh = 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
        "client = WebClient(token='xoxb-your-token-goes-here-please')",
        "<input type=\"password\" name=\"password\" id=\"pwd\">",
        "jwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'",
    })
    void placeholdersAndValuesFromElsewhereAreNotCredentials(String line) {
        assertClean(line + "\n");
    }

    // ---------------------------------------------------------------- e-mail, IBAN, card numbers

    @Test
    void findsEmailAddressesButNotSamplesOrCode() {
        assertOne(Rule.EMAIL, 2, "# Contact\nWrite to jane.doe@acme-corp.de for access.", "jane.doe");
        assertClean("user@example.com, admin@example.org, noreply@github.com, 123+octocat@users.noreply.github.com\n");
        assertClean("git clone git@github.com:org/repo.git\n@dataclass\nclass A:\n    pass\n");
        assertOne(Rule.EMAIL, 1, "- [Ann](mailto:ann.smith@acme-corp.com)\n", "ann.smith");
        assertOne(Rule.EMAIL, 1, "email:ann.smith@acme-corp.com\n", "ann.smith");
        assertClean("y = X@W.T\nz = a@b.shape\nicon = 'logo@2x.png'\nuser@localhost\n");
    }

    private static String addresses(int count, String domain) {
        String[] first = {"anna", "ben", "carla", "dmitri", "elif", "farid", "greta", "hugo", "ines", "jonas", "kira", "lars", "mona", "nils"};
        StringBuilder list = new StringBuilder("customers = [\n");
        for (int i = 0; i < count; i++) {
            list.append("    '").append(first[i % first.length]).append('.').append(i).append('@').append(domain).append("',\n");
        }
        return list.append("]\n").toString();
    }

    private static long count(List<TextHit> hits, Rule rule) {
        return hits.stream().filter(h -> h.rule() == rule).count();
    }

    @Test
    void tenDistinctAddressesInOneTextAreAListOfPeople() {
        List<TextHit> ten = scan(addresses(10, "kunde-mail.de"));
        TextHit list = ten.stream().filter(h -> h.rule() == Rule.EMAIL_LIST).findFirst().orElseThrow();
        String text = addresses(10, "kunde-mail.de");

        assertEquals(10, count(ten, Rule.EMAIL), "each address is still its own warning");
        assertEquals("a list of 10 distinct e-mail addresses", list.what());
        assertEquals(2, list.line());
        assertTrue(text.substring(list.start(), list.end()).startsWith("anna.0@") && text.substring(list.start(), list.end()).endsWith("@kunde-mail.de"));
        assertEquals(1, count(scan(addresses(50, "gmail.com")), Rule.EMAIL_LIST));
        assertEquals(0, count(scan(addresses(9, "kunde-mail.de")), Rule.EMAIL_LIST));
        assertEquals(0, count(scan(addresses(14, "example.com")), Rule.EMAIL_LIST), "sample addresses are no people");
        assertEquals(0, count(scan("owner = 'jane.doe@acme-corp.de'\n".repeat(30)), Rule.EMAIL_LIST), "one person, named again and again");
        assertEquals(0, count(scan("To: Jane.Doe@Acme-Corp.de\n" + "cc: jane.doe@acme-corp.de\n".repeat(12)), Rule.EMAIL_LIST),
                "the same address in another case");
    }

    @Test
    void findsIbansWithValidCheckDigitsOnly() {
        assertOne(Rule.IBAN, 1, "iban = 'DE75512108001245126199'", "DE75512108001245126199");
        assertOne(Rule.IBAN, 2, "Bank:\nGB33 BUKB 2020 1555 5555 55 (current account)", "GB33 BUKB");
        assertClean("iban = 'DE75512108001245126198'\n");
        assertClean("GB34 BUKB 2020 1555 5555 55\n");
        assertClean("ZZ12345678901234567890\nSKU DE1234 and AB12\n");
    }

    @Test
    void findsCardNumbersPassingLuhnWithAKnownIssuer() {
        assertOne(Rule.CARD_NUMBER, 1, "card = '4556 7375 8689 9855'", "4556 7375 8689 9855");
        assertOne(Rule.CARD_NUMBER, 2, "x\n5425-2334-3010-9903\n", "5425-2334-3010-9903");
        assertOne(Rule.CARD_NUMBER, 1, "amex: 3714 496353 98431", "496353");
        assertOne(Rule.CARD_NUMBER, 1, "pan=4556737586899855;", "4556737586899855");
        assertClean("card = '4556 7375 8689 9856'\n");
        assertClean("test cards 4111 1111 1111 1111 and 4242424242424242\n");
        assertClean("ts = 1700000000000\nid = 94556737586899855\nx = 0.4556737586899855\nv = 4556737586899855.0\n");
        assertClean("phone +49 1234 5678 90, order 1234-5678\n");
    }

    // ---------------------------------------------------------------- lines, flooding, speed

    @Test
    void linesAreCountedFromOneWithinTheText() {
        String text = "a\r\nb\n\nc = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc9Xq2'\n";
        assertEquals(4, scan(text).get(0).line());
    }

    @Test
    void tenMegabytesOfOrdinaryCodeScanInLinearTimeAndClean() {
        StringBuilder big = new StringBuilder();
        while (big.length() < 10_000_000) {
            big.append(PANDAS);
        }
        String text = big.toString();
        assertEquals(List.of(), assertTimeoutPreemptively(LINEAR_BOUND, () -> scan(text)));
    }

    @Test
    void adversarialInputStaysLinear() {
        for (String unit : List.of("a", "@", "1 ", "1,", "eyJ", "://a:", "data:", "AKIA", "password=", "-----BEGIN ", "4", "DE89 ",
                "<~a!", "Ab0!#$%&()*;<=>?@^`{|}~".repeat(3) + "'\n", "{\"a\": 1, ", "{'k': '", "- a: 1\n  ",
                "[[1, 'a'], ", "[(1, 'a'), ", "((1, 'a'), ", "c(1, ", "x = [1, 2]\n", "{'Ann Lee': 1, ", "['Ann Lee', ", "- {a: 1,\n", "\"1,a\",\n",
                "tribble(~a, ~b, ", "tribble(~a, ~b, 1, \"a\", as.Date(1), ", "`1,a`,\n", "\"1,a\",  # x\n", "(1, \"a\"),  # (\n",
                "[1, 2], ", "[" + "1, 'a', ".repeat(13) + "2], ",
                "\"1,a\\n\" \\\n", "\"1,a\" \\ \\ ",
                "(1, 'a', ", "(" + "1, 'a', ".repeat(13) + "2)\n# (\n", "x: list[int] = (" + "1, 2.5, ".repeat(15) + "2)\n// c\n", "x: " + "list[".repeat(20),
                "[np.nan, ", "[0x1F, ", "[f(", "[f(1, 2, ", "[pd.Timestamp('2024'), ", "[(datetime.date(1, 2, 3), 'a', None), ", "[a.b" + ".c".repeat(30),
                "(1, pd.Timestamp('2024'), 'a'),\n", "1, f(\"2", "1, f(2" + "1".repeat(50) + ", ",
                "pwd-", "pwd=a1 ", "password: a1\n", "os.environ['API_KEY'] ", "curl -u a:b1 ", "mysql -pa1 ", "sshpass -p a1 ",
                "auth=('a', ", "auth=(a", "sk-proj-", "hooks.slack.com/services/T12345678/", "AccountKey=",
                "/a@b.de", "%40", "a%40b.de/", "http://h.de" + "/a@b.de".repeat(40))) {
            String text = unit.repeat(2_000_000 / unit.length());
            assertTimeoutPreemptively(LINEAR_BOUND, () -> scan(text), unit);
        }
    }

    // ---------------------------------------------------------------- through the notebook verifier

    @Test
    void aCredentialInACodeCellIsFoundWithItsCell() throws Exception {
        String nb = "{\"cells\": [{\"cell_type\": \"markdown\", \"id\": \"m\", \"metadata\": {}, \"source\": [\"# Load\\n\"]},"
                + "{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c\", \"metadata\": {}, \"outputs\": [],"
                + " \"source\": [\"import sqlalchemy\\n\", \"engine = sqlalchemy.create_engine('postgresql://etl:Wint3r2026!@db.acme.internal/crm')\\n\"]}],"
                + " \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";
        List<Finding> findings = Nbexport.verify(NotebookSource.of("load.ipynb", nb.getBytes(StandardCharsets.UTF_8)),
                Preset.EXPORT.policy());
        assertEquals(List.of(Rule.CREDENTIAL), findings.stream().map(Finding::rule).toList());
        Finding finding = findings.get(0);
        assertEquals(1, finding.cellIndex());
        assertEquals("c", finding.cellId());
        assertEquals("/cells/1/source", finding.pointer());
        assertFalse(finding.toString().contains("Wint3r2026"), finding.toString());
    }

    @Test
    void aDataUriInMarkdownIsAnErrorUnderExportAndGoneAfterStripping() throws Exception {
        String nb = "{\"cells\": [{\"cell_type\": \"markdown\", \"id\": \"m\", \"metadata\": {}, \"source\": "
                + "[\"![x](data:image/png;base64," + randomBase64(300, 10) + ")\"]}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";
        NotebookSource source = NotebookSource.of("img.ipynb", nb.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(Rule.DATA_URI), Nbexport.verify(source, Preset.EXPORT.policy()).stream().map(Finding::rule).toList());
        byte[] stripped = Nbexport.strip(source, Preset.EXPORT.policy()).bytes();
        assertEquals(List.of(), Nbexport.verify(NotebookSource.of("img.ipynb", stripped), Preset.EXPORT.policy()));
        assertEquals(List.of(), Nbexport.verify(source, Preset.NBSTRIPOUT.policy()));
    }

    @Test
    void aDataUriInACodeCellIsReportedUnderExportBecauseStrippingCannotRemoveIt() throws Exception {
        String nb = "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c\", \"metadata\": {}, "
                + "\"outputs\": [], \"source\": [\"logo = 'data:image/png;base64," + randomBase64(3000, 11) + "'\"]}], "
                + "\"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";
        NotebookSource source = NotebookSource.of("code.ipynb", nb.getBytes(StandardCharsets.UTF_8));
        byte[] stripped = Nbexport.strip(source, Preset.EXPORT.policy()).bytes();

        List<Rule> rules = Nbexport.verify(NotebookSource.of("code.ipynb", stripped), Preset.EXPORT.policy()).stream()
                .map(Finding::rule).toList();

        assertEquals(List.of(Rule.DATA_URI), rules);
        assertEquals(List.of(), Nbexport.verify(source, Preset.NBSTRIPOUT.policy()));
    }
}
