package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.known.KnownValues;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.OutputType;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an output the policy keeps printed leaves with it: its text goes through the text rules, as a
 * cell's source does, each finding at the output and the value's pointer, never repeating the value.
 */
class KeptOutputTextTest {

    private static final String[] NAMES = {"Amara Adeyemi", "Bjorn Lindgren", "Chiara Bianchi", "Dmitri Volkov", "Esther Cohen",
        "Fatima Al-Sayed", "Goran Petrovic", "Hana Suzuki", "Ismail Karim", "Joanna Nowak", "Kenji Watanabe", "Lucia Fernandez"};
    private static final String ROW = "100238,Bjorn Lindgren,Lyon";
    /** An AWS access key id: a credential in what a cell printed. */
    private static final String KEY = "AKIA" + "QWERTYUIOPASDFGH";

    private static final Policy KEEPING = Policy.builder(Preset.EXPORT).keepOutput(true).keepCount(true).build();

    @TempDir
    Path site;

    private KnownValues known;

    @BeforeEach
    void customersBesideTheNotebook() throws IOException {
        StringBuilder csv = new StringBuilder("id,name,city\n");
        for (int i = 0; i < NAMES.length; i++) {
            csv.append(100231 + 7 * i).append(',').append(NAMES[i]).append(',').append(i % 2 == 0 ? "New York" : "Lyon").append('\n');
        }
        Path file = Files.writeString(site.resolve("customers.csv"), csv);
        known = Nbexport.knownValues(List.of(file), List.of());
    }

    /** A notebook of one code cell with these outputs, laid out as Jupyter writes it. */
    private static String notebook(String outputs, String cellMetadata) {
        return "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 1,\n   \"id\": \"c1\",\n"
                + "   \"metadata\": " + cellMetadata + ",\n   \"outputs\": " + outputs + ",\n   \"source\": [\n"
                + "    \"print(df.loc[1])\"\n   ]\n  }\n ],\n \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
    }

    private static String stream(String text) {
        return "[\n    {\n     \"name\": \"stdout\",\n     \"output_type\": \"stream\",\n     \"text\": [\n"
                + "      \"row:\\n\",\n      \"" + text + "\\n\"\n     ]\n    }\n   ]";
    }

    private static String display(String mime, String value) {
        return "[{\"data\": {\"" + mime + "\": " + value + "}, \"metadata\": {}, \"output_type\": \"display_data\"}]";
    }

    private List<Finding> verify(String notebook, Policy policy) throws IOException {
        List<Finding> findings = new NotebookVerifier(policy, known)
                .verify(NotebookSource.of("n.ipynb", notebook.getBytes(StandardCharsets.UTF_8)));
        for (Finding finding : findings) {
            for (String name : NAMES) {
                assertFalse(finding.toString().contains(name), "a report repeats the data: " + finding);
            }
            assertFalse(finding.toString().contains(KEY), "a report repeats the key: " + finding);
        }
        return findings;
    }

    private static List<Finding> of(Rule rule, List<Finding> findings) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    @Test
    void aCustomersRowPrintedInAKeptOutputIsKnownDataAtTheOutputAndLine() throws IOException {
        List<Finding> findings = verify(notebook(stream(ROW), "{}"), KEEPING);

        assertEquals(List.of(Rule.KNOWN_DATA), findings.stream().map(Finding::rule).toList(), findings.toString());
        Finding found = findings.get(0);
        assertEquals(Severity.ERROR, found.severity());
        assertEquals("/cells/0/outputs/0/text", found.pointer());
        assertEquals(0, found.cellIndex());
        assertEquals(14, found.line(), "the line the row is printed on");
        assertTrue(found.message().startsWith("1 value of "), found.message());
    }

    @Test
    void theSameRowInAnOutputThePolicyRemovesIsReportedAsTheOutputAlone() throws IOException {
        List<Finding> findings = verify(notebook(stream(ROW), "{}"), Preset.EXPORT.policy());

        assertEquals(List.of(Rule.OUTPUT_STREAM, Rule.EXECUTION_COUNT), findings.stream().map(Finding::rule).sorted().toList());
    }

    @Test
    void everyTextOfARichOrErrorOutputIsRead() throws IOException {
        String html = "\"<table><tr><td>100238</td><td>Bjorn Lindgren</td></tr></table>\"";
        String json = "{\"rows\": [{\"id\": 100238, \"name\": \"Bjorn Lindgren\"}]}";
        List<String> outputs = List.of(
                display("text/plain", "[\"   id  name\\n\", \"0  100238  Bjorn Lindgren\"]"),
                display("text/html", html),
                display("text/markdown", "\"| 100238 | Bjorn Lindgren |\""),
                display("text/latex", "\"100238 & Bjorn Lindgren \\\\\\\\\""),
                display("image/svg+xml", "\"<svg><text>Bjorn Lindgren</text></svg>\""),
                display("application/json", json),
                display("application/vnd.dataresource+json", json),
                "[{\"data\": {\"text/plain\": \"1\"}, \"metadata\": {\"caption\": \"Bjorn Lindgren\"}, \"output_type\": \"display_data\"}]",
                "[{\"ename\": \"KeyError\", \"evalue\": \"'Bjorn Lindgren'\", \"output_type\": \"error\", \"traceback\": []}]",
                "[{\"ename\": \"KeyError\", \"evalue\": \"x\", \"output_type\": \"error\", \"traceback\": [\"KeyError: \", \"Bjorn Lindgren\"]}]");
        List<String> pointers = List.of("/data/text~1plain", "/data/text~1html", "/data/text~1markdown", "/data/text~1latex",
                "/data/image~1svg+xml", "/data/application~1json", "/data/application~1vnd.dataresource+json", "/metadata", "/evalue",
                "/traceback");
        for (int i = 0; i < outputs.size(); i++) {
            List<Finding> findings = of(Rule.KNOWN_DATA, verify(notebook(outputs.get(i), "{}"), KEEPING));
            assertEquals(1, findings.size(), outputs.get(i) + ": " + findings);
            assertEquals("/cells/0/outputs/0" + pointers.get(i), findings.get(0).pointer());
        }
    }

    @Test
    void aCredentialAnAddressListAndATablePrintedAreFoundToo() throws IOException {
        assertEquals(1, of(Rule.CREDENTIAL, verify(notebook(stream("key id " + KEY), "{}"), KEEPING)).size());
        StringBuilder printed = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            printed.append(NAMES[i].toLowerCase().replace(' ', '.')).append("@acme-corp.de\\n");
        }
        assertEquals(1, of(Rule.EMAIL_LIST, verify(notebook(stream(printed.toString()), "{}"), KEEPING)).size());
    }

    @Test
    void imagesAreNotReadAndAnImageInlineInKeptHtmlIsNoFinding() throws IOException {
        String png = Base64.getEncoder().encodeToString(("Bjorn Lindgren " + KEY + " ").repeat(200).getBytes(StandardCharsets.UTF_8));
        String outputs = "[{\"data\": {\"image/png\": \"" + png + "\", \"image/jpeg\": \"" + png
                + "\", \"application/papermill.record/image/png\": \"" + png + "\", \"text/html\": \"<img src=\\\"data:image/png;base64," + png
                + "\\\">\", \"text/plain\": \"<Figure size 640x480 with 1 Axes>\"}, \"metadata\": {}, \"output_type\": \"display_data\"}]";

        assertEquals(List.of(), verify(notebook(outputs, "{}"), KEEPING));
    }

    @Test
    void textUnderAnImagesKeyThatIsNoBase64IsRead() throws IOException {
        String outputs = "[{\"data\": {\"image/png\": \"id,name,city\\n" + ROW + "\\n\", \"image/jpeg\": [\"key " + KEY
                + "\\n\"]}, \"metadata\": {}, \"output_type\": \"display_data\"}]";

        List<Finding> findings = verify(notebook(outputs, "{}"), KEEPING);

        assertEquals(List.of("/cells/0/outputs/0/data/image~1png", "/cells/0/outputs/0/data/image~1jpeg"),
                findings.stream().map(Finding::pointer).toList(), findings.toString());
        assertEquals(List.of(Rule.KNOWN_DATA, Rule.CREDENTIAL), findings.stream().map(Finding::rule).toList());
    }

    @Test
    void onlyTheOutputsThePolicyKeepsAreRead() throws IOException {
        String outputs = "[{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": \"" + ROW + "\"},"
                + " {\"name\": \"stderr\", \"output_type\": \"stream\", \"text\": \"" + ROW + "\"}]";
        Policy keepingStdout = Policy.builder(Preset.EXPORT).keepOutputTypes(List.of(OutputType.parse("stream:stdout")))
                .keepCount(true).build();

        List<Finding> findings = verify(notebook(outputs, "{}"), keepingStdout);

        assertEquals(List.of("/cells/0/outputs/0/text", "/cells/0/outputs/1"), findings.stream().map(Finding::pointer).toList());
        assertEquals(List.of(Rule.KNOWN_DATA, Rule.OUTPUT_STREAM), findings.stream().map(Finding::rule).toList());
    }

    @Test
    void anOutputKeptByATagThePolicyHonoursIsRead() throws IOException {
        String tagged = notebook(stream(ROW), "{\"tags\": [\"keep_output\"]}");

        assertEquals(List.of(Rule.KNOWN_DATA), verify(tagged, Preset.NBSTRIPOUT.policy()).stream()
                .filter(f -> f.rule() != Rule.EXECUTION_COUNT).map(Finding::rule).toList());
        assertEquals(List.of(), of(Rule.KNOWN_DATA, verify(tagged, Preset.EXPORT.policy())), "export ignores the tag, and removes the output");
    }

    @Test
    void aKeyRepeatedWithTheSameValueIsReadOnce() throws IOException {
        String outputs = "[{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": \"" + ROW + "\", \"text\": \"" + ROW + "\"}]";

        assertEquals(1, of(Rule.KNOWN_DATA, verify(notebook(outputs, "{}"), KEEPING)).size());
    }
}
