package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.report.JsonReport;
import dev.nbexport.core.report.SarifReport;
import dev.nbexport.core.report.TextReport;
import dev.nbexport.core.report.VerifyReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each structural rule fires on a notebook that carries what it looks for, and not on a clean one. */
class NotebookVerifierTest {

    private static final Policy EXPORT = Preset.EXPORT.policy();
    private static final Policy NBSTRIPOUT = Preset.NBSTRIPOUT.policy();
    private static final String SECRET = "CUSTOMER-4711";

    private static String notebook(String metadata, String... cells) {
        return "{\"cells\": [" + String.join(",", cells) + "], \"metadata\": " + metadata
                + ", \"nbformat\": 4, \"nbformat_minor\": 5}";
    }

    private static String code(String extra) {
        return "{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c1\", \"metadata\": {}, \"outputs\": [],"
                + " \"source\": \"x = 1\"" + extra + "}";
    }

    private static String cell(String json) {
        return json;
    }

    private static List<Finding> verify(String notebook, Policy policy) throws IOException {
        return Nbexport.verify(NotebookSource.of("n.ipynb", notebook.getBytes(StandardCharsets.UTF_8)), policy);
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().id()).toList();
    }

    private static void assertNoSecretIn(List<Finding> findings) {
        for (Finding finding : findings) {
            assertFalse(finding.toString().contains(SECRET), "a report repeats the data: " + finding);
        }
    }

    @Test
    void aWebPageSavedAsANotebookIsUnreadableWithoutTalkOfAConflict() throws IOException {
        List<Finding> findings = verify("<!DOCTYPE html>\n<html lang=\"en\">\n</html>\n", EXPORT);

        assertEquals(List.of("unreadable"), rules(findings));
        assertEquals("line 1, column 1", findings.get(0).location().describe());
        assertEquals("invalid JSON", findings.get(0).message());
    }

    @Test
    void aMergeConflictIsOneUnreadableFindingThatSaysSo() throws IOException {
        List<Finding> findings = verify("{\n \"cells\": [],\n<<<<<<< HEAD\n \"metadata\": {},\n=======\n \"metadata\": {},\n"
                + ">>>>>>> other\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n", EXPORT);

        assertEquals(List.of("unreadable"), rules(findings));
        assertEquals("line 3, column 1", findings.get(0).location().describe());
        assertEquals("invalid JSON: a merge conflict's markers; resolve the conflict first", findings.get(0).message());
    }

    @Test
    void aListOfAddressesInAMarkdownCellIsAnErrorUnderBothPresets() throws IOException {
        StringBuilder source = new StringBuilder("[\"# Mailing\\n\"");
        for (int i = 0; i < 12; i++) {
            source.append(", \"- kunde").append(i).append("@mail-anbieter.de\\n\"");
        }
        String notebook = notebook("{}", "{\"cell_type\": \"markdown\", \"id\": \"m1\", \"metadata\": {}, \"source\": "
                + source + "]}");

        Finding leaving = verify(notebook, EXPORT).stream().filter(f -> f.rule() == Rule.EMAIL_LIST).findFirst().orElseThrow();
        Finding home = verify(notebook, NBSTRIPOUT).stream().filter(f -> f.rule() == Rule.EMAIL_LIST).findFirst().orElseThrow();

        assertEquals(Severity.ERROR, leaving.severity());
        assertEquals(Severity.ERROR, home.severity(), "a list of people is data at home too");
        assertEquals("a list of 12 distinct e-mail addresses", leaving.message());
        assertFalse(leaving.toString().contains("kunde0@"), "a report never repeats the data");
    }

    @Test
    void aStrippedNotebookIsClean() throws IOException {
        assertEquals(List.of(), verify(notebook("{\"kernelspec\": {\"name\": \"python3\"}}", code("")), EXPORT));
    }

    @Test
    void findsEachKindOfOutputWithItsPlaceSizeAndHashButNotItsContent() throws IOException {
        String outputs = "[{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": \"" + SECRET + "\"},"
                + "{\"data\": {\"text/html\": \"<td>" + SECRET + "</td>\"}, \"metadata\": {}, \"output_type\": \"display_data\"},"
                + "{\"ename\": \"KeyError\", \"evalue\": \"" + SECRET + "\", \"output_type\": \"error\", \"traceback\": []},"
                + "{\"output_type\": \"future_type\", \"payload\": \"" + SECRET + "\"}]";
        List<Finding> findings = verify(notebook("{}", code("").replace("\"outputs\": []", "\"outputs\": " + outputs)), NBSTRIPOUT);
        assertEquals(List.of("output-stream", "output-rich", "output-error", "output-other"), rules(findings));
        Finding first = findings.get(0);
        assertEquals(0, first.cellIndex());
        assertEquals("c1", first.cellId());
        assertEquals("/cells/0/outputs/0", first.pointer());
        assertTrue(first.size() > SECRET.length());
        assertEquals(8, first.hashPrefix().length());
        assertNoSecretIn(findings);
    }

    @Test
    void outputsTheNotebookAsksToKeepAreFineUnderNbstripoutButNotUnderExport() throws IOException {
        String nb = notebook("{}", code("").replace("\"metadata\": {}", "\"metadata\": {\"tags\": [\"keep_output\"]}")
                .replace("\"outputs\": []", "\"outputs\": [{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": \"1\"}]"));
        assertEquals(List.of(), verify(nb, NBSTRIPOUT));
        assertEquals(List.of("output-stream"), rules(verify(nb, EXPORT)));
    }

    @Test
    void aKeepOutputInTheNotebookMetadataAfterTheCellsKeepsTheirOutputsWhereThePolicyHonoursIt() throws IOException {
        String stream = "\"outputs\": [{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": \"1\"}]";
        String first = code("").replace("\"outputs\": []", stream).replace("\"execution_count\": null", "\"execution_count\": 1");
        String second = code("").replace("\"outputs\": []", stream).replace("\"c1\"", "\"c2\"");
        String keeping = notebook("{\"keep_output\": true}", first, second);
        assertEquals(List.of("execution-count"), rules(verify(keeping, NBSTRIPOUT)));
        assertEquals(List.of("output-stream", "execution-count", "output-stream", "notebook-metadata"), rules(verify(keeping, EXPORT)));
        List<Finding> findings = verify(notebook("{\"keep_output\": false}", first, second), NBSTRIPOUT);
        assertEquals(List.of("output-stream", "execution-count", "output-stream"), rules(findings), "each cell's findings together");
        assertEquals(List.of("/cells/0/outputs/0", "/cells/0", "/cells/1/outputs/0"), findings.stream().map(Finding::pointer).toList());
    }

    @Test
    void aKeepOutputTagWrittenAsAStringIsReadAsTheStripperReadsIt() throws IOException {
        String nb = notebook("{}", code("").replace("\"metadata\": {}", "\"metadata\": {\"tags\": \"keep_output\"}")
                .replace("\"outputs\": []", "\"outputs\": [{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": \"1\"}]"));
        assertEquals(List.of(), verify(nb, NBSTRIPOUT));
    }

    @Test
    void findsExecutionCounts() throws IOException {
        assertEquals(List.of("execution-count"), rules(verify(notebook("{}",
                code("").replace("\"execution_count\": null", "\"execution_count\": 3")), NBSTRIPOUT)));
    }

    @Test
    void aCellOfATagThePolicyDropsIsFoundWhereItIsAsPapermillsInjectedParametersUnderExport() throws IOException {
        String injected = code("").replace("\"metadata\": {}", "\"metadata\": {\"tags\": [\"injected-parameters\"]}")
                .replace("x = 1", "customer = \\\"" + SECRET + "\\\"");
        List<Finding> findings = verify(notebook("{}", injected), EXPORT);
        assertEquals(List.of("tagged-cell"), rules(findings));
        assertEquals("/cells/0/metadata/tags", findings.get(0).pointer());
        assertNoSecretIn(findings);
        assertEquals(List.of(), verify(notebook("{}", injected), NBSTRIPOUT));
        assertEquals(List.of(), verify(notebook("{}", injected.replace("injected-parameters", "parameters")), EXPORT));
    }

    @Test
    void findsAttachmentsUnderExport() throws IOException {
        String markdown = "{\"attachments\": {\"a.png\": {\"image/png\": \"" + SECRET + "\"}}, \"cell_type\": \"markdown\","
                + " \"id\": \"m\", \"metadata\": {}, \"source\": \"![](attachment:a.png)\"}";
        List<Finding> findings = verify(notebook("{}", markdown), EXPORT);
        assertEquals(List.of("attachment"), rules(findings));
        assertEquals("/cells/0/attachments/a.png", findings.get(0).pointer());
        assertNoSecretIn(findings);
        assertEquals(List.of(), verify(notebook("{}", markdown), NBSTRIPOUT));
    }

    @Test
    void findsWidgetStateInNotebookMetadataAndUnderAnyMetadataKey() throws IOException {
        String widgets = "{\"widgets\": {\"application/vnd.jupyter.widget-state+json\": {\"state\": \"" + SECRET + "\"}}}";
        assertEquals(List.of("widget-state"), rules(verify(notebook(widgets, code("")), NBSTRIPOUT)));
        String hidden = "{\"stash\": {\"application/vnd.jupyter.widget-state+json\": {}}}";
        List<String> found = rules(verify(notebook("{}", code("").replace("\"metadata\": {}", "\"metadata\": " + hidden)), NBSTRIPOUT));
        assertEquals(List.of("widget-state"), found);
    }

    @Test
    void findsMetadataThePolicyRemoves() throws IOException {
        String cellMetadata = "{\"ExecuteTime\": {\"end_time\": \"2026\"}, \"executionInfo\": {\"user\": \"" + SECRET + "\"}}";
        String nb = notebook("{\"papermill\": {\"parameters\": {\"customer\": \"" + SECRET + "\"}}, \"kernelspec\": {}}",
                code("").replace("\"metadata\": {}", "\"metadata\": " + cellMetadata));
        List<Finding> nbstripout = verify(nb, NBSTRIPOUT);
        assertEquals(List.of("cell-metadata"), rules(nbstripout));
        assertEquals("/cells/0/metadata/ExecuteTime", nbstripout.get(0).pointer());
        List<Finding> export = verify(nb, EXPORT);
        assertEquals(List.of("cell-metadata", "cell-metadata", "notebook-metadata"), rules(export), "in the order of the file");
        assertNoSecretIn(export);
    }

    @Test
    void underExportUnknownKeysAndCellTypesAreFindings() throws IOException {
        String nb = notebook("{}", code(", \"extra\": \"" + SECRET + "\""),
                "{\"cell_type\": \"sql\", \"id\": \"s\", \"metadata\": {}, \"source\": \"select 1\"}")
                .replace("\"nbformat\": 4", "\"rows\": [1, 2], \"nbformat\": 4");
        assertEquals(List.of("cell-metadata", "unknown-cell-type", "notebook-metadata"), rules(verify(nb, EXPORT)));
        assertEquals(List.of("unknown-cell-type"), rules(verify(nb, NBSTRIPOUT)));
    }

    @Test
    void underExportTheKeysOfCodeCellsOnATextCellAreFindingsAsStripRemovesThem() throws IOException {
        String emptied = "{\"cell_type\": \"markdown\", \"execution_count\": null, \"id\": \"m\", \"metadata\": {},"
                + " \"outputs\": [], \"source\": \"# Title\"}";
        List<Finding> findings = verify(notebook("{}", emptied, emptied.replace("markdown", "raw")), EXPORT);
        assertEquals(List.of("cell-metadata", "cell-metadata", "cell-metadata", "cell-metadata"), rules(findings));
        assertEquals(List.of("/cells/0/execution_count", "/cells/0/outputs", "/cells/1/execution_count", "/cells/1/outputs"),
                findings.stream().map(Finding::pointer).toList());
        assertEquals("a key only code cells have, in a markdown cell", findings.get(0).message());
        assertEquals(List.of(), verify(notebook("{}", emptied), NBSTRIPOUT), "nbstripout leaves them so");
        byte[] stripped = Nbexport.strip(NotebookSource.of("n.ipynb", notebook("{}", emptied).getBytes(StandardCharsets.UTF_8)), EXPORT).bytes();
        assertEquals(List.of(), verify(new String(stripped, StandardCharsets.UTF_8), EXPORT));
    }

    @Test
    void aTextCellsOutputsAndCountAreFoundByTheirOwnRulesUnlessThePolicyKeepsThem() throws IOException {
        String filled = notebook("{}", "{\"cell_type\": \"markdown\", \"execution_count\": 3, \"id\": \"m\", \"metadata\": {},"
                + " \"outputs\": [{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": \"" + SECRET + "\"}], \"source\": \"#\"}");
        for (Policy policy : List.of(NBSTRIPOUT, EXPORT)) {
            List<Finding> findings = verify(filled, policy);
            assertEquals(List.of("output-stream", "execution-count"), rules(findings), policy.preset());
            assertNoSecretIn(findings);
        }
        Policy keeping = Policy.builder(Preset.EXPORT).keepOutput(true).keepCount(true).build();
        assertEquals(List.of("cell-metadata", "cell-metadata"), rules(verify(filled, keeping)), "strip removes the keys still");
    }

    @Test
    void aCellIdOrSourceOutsideNbformatsShapeIsFoundWithoutRepeatingIt() throws IOException {
        String longId = "X".repeat(65);
        for (String cell : List.of(
                code("").replace("\"id\": \"c1\"", "\"id\": \"" + longId + SECRET + "\""),
                code("").replace("\"id\": \"c1\"", "\"id\": \"" + SECRET + "+rows\""),
                code("").replace("\"id\": \"c1\"", "\"id\": {\"rows\": \"" + SECRET + "\"}"),
                code("").replace("\"source\": \"x = 1\"", "\"source\": [\"x = 1\\n\", {\"rows\": \"" + SECRET + "\"}]"))) {
            for (Policy policy : List.of(NBSTRIPOUT, EXPORT)) {
                List<Finding> findings = verify(notebook("{}", cell), policy);
                assertEquals(List.of("field-shape"), rules(findings), cell);
                assertNoSecretIn(findings);
                assertFalse(findings.get(0).toString().contains(longId), findings.get(0).toString());
            }
        }
        assertEquals(List.of(), verify(notebook("{}", code("").replace("\"c1\"", "\"" + "a-Z_9".repeat(12) + "\"")), EXPORT));
    }

    @Test
    void aVersionOrAnNbformat3FieldOfTheWrongTypeIsFound() throws IOException {
        // A minor version that is no whole number is one strip does not read: unreadable, as strip has it.
        String minor = notebook("{}", code("")).replace("\"nbformat_minor\": 5", "\"nbformat_minor\": \"" + SECRET + "\"");
        List<Finding> unreadable = verify(minor, NBSTRIPOUT);
        assertEquals(List.of("unreadable"), rules(unreadable));
        assertNoSecretIn(unreadable);
        String v3 = "{\"metadata\": {}, \"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": [{\"metadata\": {}, \"cells\": ["
                + "{\"cell_type\": \"code\", \"collapsed\": %s, \"input\": \"x\", \"language\": %s, \"metadata\": {}, \"outputs\": []},"
                + "{\"cell_type\": \"heading\", \"level\": %s, \"metadata\": {}, \"source\": \"T\"}]}]}";
        String bad = "\"" + SECRET + " " + SECRET + "\"";
        List<Finding> findings = verify(String.format(v3, bad, bad, bad), NBSTRIPOUT);
        assertEquals(List.of("field-shape", "field-shape", "field-shape"), rules(findings));
        assertNoSecretIn(findings);
        assertEquals(List.of(), verify(String.format(v3, "false", "\"python\"", "2"), NBSTRIPOUT));
    }

    @Test
    void aMetadataValueUnderASecretsNameIsACredential() throws IOException {
        String nb = notebook("{\"kernelspec\": {\"name\": \"python3\", \"env\": {\"DB_PASSWORD\": \"" + SECRET
                + "\", \"apiKey\": \"<your key>\", \"password_protected\": \"" + SECRET + "\", \"token_count\": \"12\"}}}",
                code(""));
        List<Finding> findings = verify(nb, NBSTRIPOUT);
        assertEquals(List.of("credential"), rules(findings));
        assertEquals("/metadata/kernelspec/env/DB_PASSWORD", findings.get(0).pointer());
        assertNoSecretIn(findings);
    }

    @Test
    void anNbformat3WorksheetsMetadataAndExtraKeysAreChecked() throws IOException {
        String nb = "{\"metadata\": {}, \"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": [{\"cells\": [],"
                + " \"metadata\": {\"DB_PASSWORD\": \"" + SECRET + "\", \"note\": \"ok\"}, \"rows\": [\"" + SECRET + "\"]}]}";
        List<Finding> nbstripout = verify(nb, NBSTRIPOUT);
        assertEquals(List.of("credential"), rules(nbstripout));
        assertEquals("/worksheets/0/metadata/DB_PASSWORD", nbstripout.get(0).pointer());
        List<Finding> export = verify(nb, EXPORT);
        assertEquals(List.of("notebook-metadata", "notebook-metadata", "credential", "notebook-metadata"), rules(export));
        assertEquals("/worksheets/0/rows", export.get(3).pointer());
        assertNoSecretIn(export);
        assertEquals(List.of(), verify(nb.replace("{\"DB_PASSWORD\": \"" + SECRET + "\", \"note\": \"ok\"}", "{}")
                .replace(", \"rows\": [\"" + SECRET + "\"]", ""), EXPORT));
    }

    @Test
    void aTableSpreadOverTagsOrKeysIsStillATable() throws IOException {
        StringBuilder tags = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            // Tags hold no commas (nbformat's rule, which export holds to): the table uses semicolons there.
            tags.append(i == 0 ? "" : ", ").append('"').append(i + ";" + SECRET + ";" + (i * 13) + ".50").append('"');
            keys.append(i == 0 ? "" : ", ").append('"').append(i + "," + SECRET + "," + (i * 13) + ".50").append("\": 1");
        }
        for (String metadata : List.of("{\"tags\": [" + tags + "]}", "{\"stash\": {" + keys + "}}")) {
            List<Finding> findings = verify(notebook("{}", code("").replace("\"metadata\": {}", "\"metadata\": " + metadata)), NBSTRIPOUT);
            assertEquals(List.of("inline-table"), rules(findings), metadata);
            assertNoSecretIn(findings);
        }
        String tagged = notebook("{}", code("").replace("\"metadata\": {}", "\"metadata\": {\"tags\": [" + tags + "]}"));
        assertEquals(List.of("inline-table"), rules(verify(tagged, EXPORT)));
    }

    @Test
    void aListOfPeopleAsYamlFlowMappingsInASourceIsATable() throws IOException {
        String[] first = {"Ann", "Bruno", "Carla", "Dmitri", "Emma", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Keiko", "Liam",
            "Maria", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zoe"};
        String[] last = {"Lee", "Martin", "Diaz", "Volkov", "Stone", "Haddad", "Neil", "Blanc", "Moreau", "Berg", "Tanaka", "Walsh",
            "Rossi", "Petrova", "Lind", "Shah", "Roy", "Alvarez", "Olsen", "Singh", "Farouk", "Novak", "Chen", "Ruiz", "Demir", "Adams"};
        StringBuilder source = new StringBuilder("people = yaml.safe_load('''\\n");
        for (int i = 0; i < first.length; i++) {
            source.append("- {name: ").append(first[i]).append(' ').append(last[(i * 7) % last.length]).append(", city: Lyon}\\n");
        }
        String nb = notebook("{}", code("").replace("\"x = 1\"", "\"" + source.append("''')") + "\""));
        assertEquals(List.of("inline-table"), rules(verify(nb, NBSTRIPOUT)));
    }

    @Test
    void underExportThousandsOfTagsAreATableNotTags() throws IOException {
        StringBuilder tags = new StringBuilder("[\"parameters\"");
        for (int i = 0; i < 3000; i++) {
            tags.append(", \"Customer ").append(i).append(" DE-4711-").append(i).append("\"");
        }
        String nb = notebook("{}", code("").replace("\"metadata\": {}", "\"metadata\": {\"tags\": " + tags + "]}"));
        List<Finding> findings = verify(nb, EXPORT);
        assertTrue(findings.stream().anyMatch(f -> f.rule().id().equals("cell-metadata") && "/cells/0/metadata/tags".equals(f.pointer())),
                findings.toString());
        byte[] stripped = Nbexport.strip(NotebookSource.of("n.ipynb", nb.getBytes(StandardCharsets.UTF_8)), EXPORT).bytes();
        String out = new String(stripped, StandardCharsets.UTF_8);
        assertTrue(out.contains("\"parameters\"") && out.contains("Customer 30 ") && !out.contains("Customer 31 "), "the first 32 tags stay");
        assertEquals(List.of(), Nbexport.verify(NotebookSource.of("n.ipynb", stripped), EXPORT));
    }

    @Test
    void underExportAnAllowListedKeyHoldingAnotherShapeIsFoundWithoutRepeatingIt() throws IOException {
        String rows = "[{\"id\": 1, \"name\": \"" + SECRET + "\"}]";
        String cellMetadata = "{\"deletable\": " + rows + ", \"editable\": {\"n\": \"" + SECRET + "\"},"
                + " \"jupyter\": {\"source_hidden\": true, \"outputs_hidden\": \"" + SECRET + "\"},"
                + " \"slideshow\": {\"slide_type\": \"slide\", \"notes\": \"" + SECRET + "\"},"
                + " \"tags\": [\"parameters\", {\"n\": \"" + SECRET + "\"}, \"" + SECRET + ",DE89370400440532013000\"]}";
        String nb = notebook("{\"kernelspec\": {\"name\": \"python3\", \"display_name\": \"" + SECRET + "\","
                + " \"metadata\": {\"rows\": " + rows + "}}, \"language_info\": {\"name\": {\"n\": \"" + SECRET + "\"}}}",
                code("").replace("\"metadata\": {}", "\"metadata\": " + cellMetadata));
        List<Finding> findings = verify(nb, EXPORT);
        assertEquals(List.of("/cells/0/metadata/deletable", "/cells/0/metadata/editable", "/cells/0/metadata/jupyter/outputs_hidden",
                "/cells/0/metadata/slideshow/notes", "/cells/0/metadata/tags/1", "/cells/0/metadata/tags/2",
                "/metadata/kernelspec/display_name", "/metadata/kernelspec/metadata", "/metadata/language_info/name"),
                findings.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::pointer).sorted().toList());
        assertTrue(findings.stream().filter(f -> f.severity() == Severity.ERROR).allMatch(f -> f.rule().id().endsWith("-metadata")),
                rules(findings).toString());
        assertNoSecretIn(findings);
        assertEquals(List.of(), verify(nb, NBSTRIPOUT).stream().filter(f -> f.severity() == Severity.ERROR).toList());
        byte[] stripped = Nbexport.strip(NotebookSource.of("n.ipynb", nb.getBytes(StandardCharsets.UTF_8)), EXPORT).bytes();
        assertEquals(List.of(), Nbexport.verify(NotebookSource.of("n.ipynb", stripped), EXPORT));
    }

    @Test
    void aKeyOrOutputTypeThatCouldBeDataIsShownBySizeAndHashInEveryReport() throws IOException {
        StringBuilder csv = new StringBuilder("id,name,iban\\n");
        for (int i = 0; csv.length() < 9 * 1024; i++) {
            csv.append(i).append(',').append(SECRET).append(",DE89370400440532013000\\n");
        }
        String key = csv.toString();
        String markdown = "{\"attachments\": {\"" + key + "\": {\"image/png\": \"iVBORw0KGgo=\"}}, \"cell_type\": \"markdown\","
                + " \"id\": \"m\", \"metadata\": {\"" + key + "\": 1}, \"source\": \"x\"}";
        String nb = notebook("{\"" + key + "\": 1}", markdown,
                code("").replace("\"outputs\": []", "\"outputs\": [{\"output_type\": \"" + SECRET + "\"}]"))
                .replace("\"nbformat\": 4", "\"" + key + "\": 1, \"nbformat\": 4");
        List<Finding> findings = verify(nb, EXPORT);
        VerifyReport report = new VerifyReport(1, findings);
        for (String rendered : List.of(TextReport.render(report), JsonReport.render(report), SarifReport.render(report))) {
            assertFalse(rendered.contains(SECRET), rendered);
        }
        String read = key.replace("\\n", "\n");
        String standIn = "<key of " + ByteSizes.of(read.length()) + ", sha256 " + Hashes.prefix(read) + ">";
        assertEquals(List.of("/cells/0/attachments/" + standIn, "/cells/0/metadata/" + standIn, "/metadata/" + standIn, "/" + standIn),
                findings.stream().map(Finding::pointer).filter(p -> p.contains("<key")).toList());
        assertTrue(findings.stream().anyMatch(f -> f.message().equals("an output of type <output_type of 13 B, sha256 "
                + Hashes.prefix(SECRET) + ">")), findings.toString());
        assertEquals(List.of("/cells/0/metadata/ExecuteTime"), verify(notebook("{}",
                code("").replace("\"metadata\": {}", "\"metadata\": {\"ExecuteTime\": {}}")), NBSTRIPOUT).stream().map(Finding::pointer).toList());
    }

    @Test
    void anEmptyFileOrOneOfWhiteSpaceAloneHoldsNothing() throws IOException {
        for (String blank : List.of("", " ", "\n", " \t\r\n\n")) {
            assertEquals(List.of(), verify(blank, EXPORT), blank);
        }
    }

    @Test
    void unreadableInputIsOneFindingNeverAnException() throws IOException {
        for (String bad : List.of(" \u00a0", "{", "[]", "{\"metadata\": {}}", "{\"cells\": [], \"cells\": [], \"nbformat\": 4}",
                "{\"cells\": [1], \"nbformat\": 4}", "{\"nbformat\": 4} trailing",
                // Bytes that make Jackson guess UTF-32 or UTF-16, and a byte-order mark.
                "\u0000\u0000\u0000{\t \"cells\": [], \"nbformat\": 4}", "{\u0000\"cells\": []}", "\uFEFF{\"cells\": [], \"nbformat\": 4}")) {
            List<Finding> findings = verify(bad, EXPORT);
            assertEquals(List.of("unreadable"), rules(findings), bad);
        }
    }

    @Test
    void keysTheFormatDoesNotDefineGetTheTextRulesWhereThePolicyKeepsThem() throws IOException {
        String key = "AKIAZ7Q4R2M8X3V6T1WN";
        String nb = notebook("{}", code(", \"extra\": {\"aws\": \"" + key + "\"}"))
                .replace("\"nbformat\": 4", "\"custom\": \"" + key + "\", \"nbformat\": 4");
        List<Finding> kept = verify(nb, NBSTRIPOUT);
        assertEquals(List.of("credential", "credential"), rules(kept));
        assertEquals(List.of("/cells/0/extra/aws", "/custom"), kept.stream().map(Finding::pointer).toList());
        assertEquals(List.of("cell-metadata", "notebook-metadata"), rules(verify(nb, EXPORT)), "removed: reported as keys");
    }

    @Test
    void aRepeatedKeyInsideAnOutputLeavesTheOutputAFindingAsTheStripperDropsIt() throws IOException {
        // Some exporters write "output_type" twice; the output is reported, and stripping drops it whole.
        String nb = notebook("{}", code("").replace("\"outputs\": []",
                "\"outputs\": [{\"name\": \"stdout\", \"output_type\": \"stream\", \"output_type\": \"stream\", \"text\": \"1\"}]"));
        assertEquals(List.of("output-stream"), rules(verify(nb, NBSTRIPOUT)));
    }

    @Test
    void aRepeatedKeyInsideKeptMetadataIsUnreadableAsTheStripperHasIt() throws IOException {
        // A reader that keeps the first value sees the secret; one that keeps the last sees nothing.
        String cellTags = code("").replace("\"metadata\": {}", "\"metadata\": {\"tags\": [\"" + SECRET + "\"], \"tags\": []}");
        String kernelspec = notebook("{\"kernelspec\": {\"name\": \"" + SECRET + "\"},\n \"kernelspec\": {\"name\": \"python3\"}}",
                code(""));
        for (String nb : List.of(notebook("{}", cellTags), kernelspec)) {
            for (Policy policy : List.of(EXPORT, NBSTRIPOUT)) {
                List<Finding> findings = verify(nb, policy);
                assertEquals(List.of("unreadable"), rules(findings), nb);
                assertTrue(findings.get(0).message().startsWith("duplicate key"), findings.get(0).message());
                assertNoSecretIn(findings);
            }
        }
    }

    @Test
    void aKeyRepeatedWithAnEqualValueInsideMetadataIsReadOnceAndCheckedAsTheStripperKeepsIt() throws IOException {
        // Both values are the same: whichever a reader keeps, it is the one checked.
        String env = "{\"env\": {\"DB_PASSWORD\": \"" + SECRET + "\"}, \"env\": {\"DB_PASSWORD\": \"" + SECRET + "\"}}";
        String cell = code("").replace("\"metadata\": {}", "\"metadata\": " + env);
        String kernelspec = notebook("{\"kernelspec\": {\"name\": \"python3\", \"name\": \"python3\"}}", code(""));

        List<Finding> findings = verify(notebook("{}", cell), NBSTRIPOUT);

        assertEquals(List.of("credential"), rules(findings).stream().distinct().toList(), findings.toString());
        assertNoSecretIn(findings);
        assertEquals(List.of(), verify(kernelspec, NBSTRIPOUT));
    }

    @Test
    void aNotebookWithoutNbformatThatStripReadsAndWritesBackVerifiesAsStripLeftIt() throws IOException {
        // nbformat reads a top-level list of cells without "nbformat" as version 1; strip writes it back so.
        String undeclared = "{\"cells\": [{\"cell_type\": \"code\", \"source\": \"x = 1\", \"metadata\": {},"
                + " \"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": \"" + SECRET + "\"}]}],"
                + " \"metadata\": {}}";
        for (Policy policy : List.of(NBSTRIPOUT, EXPORT)) {
            byte[] stripped = Nbexport.strip(NotebookSource.of("n.ipynb", undeclared.getBytes(StandardCharsets.UTF_8)), policy).bytes();

            assertEquals(List.of(), Nbexport.verify(NotebookSource.of("n.ipynb", stripped), policy), new String(stripped, StandardCharsets.UTF_8));
            List<Finding> unstripped = verify(undeclared, policy);
            assertEquals(List.of("output-stream"), rules(unstripped));
            assertNoSecretIn(unstripped);
        }
        // What strip refuses stays unreadable: no cells, cells that are no list, worksheets, an nbformat that is no number.
        for (String notANotebook : List.of("{\"metadata\": {}}", "{\"cells\": {}}", "{\"cells\": [], \"worksheets\": []}",
                "{\"cells\": [], \"nbformat\": \"4\"}")) {
            assertEquals(List.of("unreadable"), rules(verify(notANotebook, NBSTRIPOUT)), notANotebook);
        }
    }

    @Test
    void aNotebookOfTheWrongShapeIsPlacedAtItsLineAndColumnAsStripPlacesIt() throws IOException {
        for (String[] example : new String[][] {
                {"{\"cells\": [], \"metadata\": {}, \"nbformat\": 4,\n \"nbformat\": 4}", "2", "2", "duplicate key"},
                {"{\"cells\": [{\"cell_type\": \"code\", \"source\": [],\n   \"source\": \"x\"}], \"nbformat\": 4}", "2", "4",
                        "duplicate key"},
                {"[1, 2]", "1", "1", "not a notebook"},
                {"{\"nbformat\": 4,\n \"cells\": {}}", "2", "11", "not a notebook"}}) {
            List<Finding> findings = verify(example[0], NBSTRIPOUT);
            assertEquals(List.of("unreadable"), rules(findings), example[0]);
            Finding finding = findings.get(0);
            assertEquals(List.of(Long.parseLong(example[1]), Long.parseLong(example[2])), List.of(finding.line(), finding.column()),
                    example[0]);
            assertTrue(finding.message().startsWith(example[3]), finding.message());
        }
    }

    @Test
    void aLimitOfTheParserIsNamedWithItsPlace() throws IOException {
        String longKey = "{\"cells\": [{\"cell_type\": \"code\", \"source\": [],\n \"metadata\": {\"" + "k".repeat(50_001)
                + "\": 1}}], \"nbformat\": 4}";
        String deep = "{\"metadata\": " + "[".repeat(1001) + "]".repeat(1001) + ", \"nbformat\": 4}";
        for (String[] example : new String[][] {
                {longKey, "a key longer than 50000 bytes", "2"},
                {deep, "nested deeper than 1000 levels", "1"}}) {
            List<Finding> findings = verify(example[0], EXPORT);
            assertEquals(List.of("unreadable"), rules(findings));
            assertEquals(example[1], findings.get(0).message());
            assertEquals(Long.parseLong(example[2]), findings.get(0).line());
        }
    }

    @Test
    void readsNbformat3Worksheets() throws IOException {
        String v3 = "{\"metadata\": {}, \"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": [{\"cells\": ["
                + "{\"cell_type\": \"code\", \"input\": \"1\", \"language\": \"python\", \"metadata\": {}, \"outputs\": "
                + "[{\"output_type\": \"pyout\", \"prompt_number\": 1, \"text\": \"1\"}], \"prompt_number\": 1}]}]}";
        List<Finding> findings = verify(v3, NBSTRIPOUT);
        assertEquals(List.of("output-rich", "execution-count"), rules(findings));
        assertEquals("/worksheets/0/cells/0/outputs/0", findings.get(0).pointer());
    }

    @Test
    void aKeptNbformat3OutputMayKeepItsPromptNumberAsNbstripoutLeavesIt() throws IOException {
        String v3 = "{\"metadata\": {}, \"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": [{\"cells\": ["
                + "{\"cell_type\": \"code\", \"input\": \"1\", \"language\": \"python\", \"metadata\": {\"keep_output\": true},"
                + " \"outputs\": [{\"output_type\": \"pyout\", \"prompt_number\": 1, \"text\": \"1\"}], \"prompt_number\": null}]}]}";
        assertEquals(List.of(), verify(v3, NBSTRIPOUT));
    }

    @Test
    void aRuleSwitchedOffStaysSilent() throws IOException {
        NotebookVerifier quiet = new NotebookVerifier(NBSTRIPOUT,
                new Severities(java.util.Map.of(Rule.EXECUTION_COUNT, Severity.OFF)), ScanSettings.DEFAULTS);
        String nb = notebook("{}", code("").replace("\"execution_count\": null", "\"execution_count\": 3"));
        assertEquals(List.of(), quiet.verify(NotebookSource.of("n.ipynb", nb.getBytes(StandardCharsets.UTF_8))));
    }
}
