package dev.nbexport.core.strip;

import static dev.nbexport.core.strip.StripTestSupport.STDOUT;
import static dev.nbexport.core.strip.StripTestSupport.code;
import static dev.nbexport.core.strip.StripTestSupport.markdown;
import static dev.nbexport.core.strip.StripTestSupport.notebook;
import static dev.nbexport.core.strip.StripTestSupport.strip;
import static dev.nbexport.core.strip.StripTestSupport.stripped;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nbexport.core.policy.KeyPath;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict preset for leaving a customer site. */
class ExportPresetTest {

    private static final Policy EXPORT = Preset.EXPORT.policy();

    @Test
    void removesAttachmentsOnMarkdownAndRawCells() {
        String attachment = "\"attachments\": {\"plot.png\": {\"image/png\": \"iVBORw0KGgo=\"}}, ";
        String nb = notebook("{}",
                markdown("a", "{}", "![plot](attachment:plot.png)").replace("{\"cell_type\"", "{" + attachment + "\"cell_type\""),
                "{" + attachment + "\"cell_type\": \"raw\", \"id\": \"b\", \"metadata\": {}, \"source\": \"raw\"}");
        StripResult result = strip(nb, EXPORT);
        JsonNode out = StripTestSupport.tree(result.bytes());
        assertFalse(out.at("/cells/0").has("attachments"));
        assertFalse(out.at("/cells/1").has("attachments"));
        assertEquals(2, result.stats().attachments());
    }

    @Test
    void replacesDataUrisInMarkdownByAPlaceholder() {
        String source = "Look: ![x](data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==) and <img src=\"data:image/jpeg;base64,/9j/4AAQ\"/>";
        StripResult result = strip(notebook("{}", markdown("a", "{}", source)), EXPORT);
        String out = StripTestSupport.tree(result.bytes()).at("/cells/0/source/0").asText();
        assertEquals("Look: ![x](" + DataUris.PLACEHOLDER + ") and <img src=\"" + DataUris.PLACEHOLDER + "\"/>", out);
        assertEquals(2, result.stats().dataUris());
    }

    @Test
    void aDataUriIsReplacedPayloadAndAllWhereverItsContextEndsIt() {
        String svg = "data:image/svg+xml;utf8,<svg><text>CUSTOMER-4711</text></svg>";
        String source = "![x](" + svg + ") <iframe src=\"data:text/html,<p>CUSTOMER-4711 (x)</p>\"></iframe>"
                + " [y](<data:text/plain,hello CUSTOMER-4711>) url(data:text/plain,a(b)c) end";
        StripResult result = strip(notebook("{}", markdown("a", "{}", source)), EXPORT);
        String out = StripTestSupport.tree(result.bytes()).at("/cells/0/source/0").asText();
        String p = DataUris.PLACEHOLDER;
        assertEquals("![x](" + p + ") <iframe src=\"" + p + "\"></iframe> [y](<" + p + ">) url(" + p + ") end", out);
        assertEquals(4, result.stats().dataUris());
    }

    @Test
    void aDataUriWhoseSchemeABrowserWouldDecodeIsReplacedToo() {
        String payload = "Q1VTVE9NRVItNDcxMSBib3VnaHQgMyBsaWNlbmNlcw==";
        String source = "<img src=\"&#100;ata:image/png;base64," + payload + "\"> <img src=\"da\nta:image/png;base64," + payload
                + "\"> ![y](data&colon;text/plain," + payload + ") Fish &amp; chips, data:\n\nid,name";
        StripResult result = strip(notebook("{}", markdown("a", "{}", source)), EXPORT);
        String out = StripTestSupport.tree(result.bytes()).at("/cells/0/source").toString();
        assertFalse(out.contains(payload), out);
        assertTrue(out.contains("Fish &amp; chips, data:"), out);
        assertEquals(3, result.stats().dataUris());
        // As Jupyter writes it, a list of lines, the source is copied from the file's bytes unless they hint at a URI;
        // these lines never spell data: as written.
        String lines = "<img src=\"&#100;ata:image/png;base64," + payload + "\">\n<img src=\"da\nta:image/png;base64," + payload + "\">";
        String asJupyterWrites = new String(strip(notebook("{}", markdown("a", "{}", lines)), Preset.NBSTRIPOUT.policy()).bytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(asJupyterWrites.contains("\"source\": [\n"), asJupyterWrites);
        StripResult fromLines = strip(asJupyterWrites, EXPORT);
        assertFalse(new String(fromLines.bytes(), java.nio.charset.StandardCharsets.UTF_8).contains(payload));
        assertEquals(2, fromLines.stats().dataUris());
    }

    @Test
    void keepsOnlyAllowListedMetadata() {
        String nb = notebook("{\"kernelspec\": {\"name\": \"ir\", \"display_name\": \"R (customer-env)\"},"
                        + " \"language_info\": {\"name\": \"R\", \"version\": \"4.3\"}, \"papermill\": {\"parameters\": {\"customer\": 1}},"
                        + " \"widgets\": {\"application/vnd.jupyter.widget-state+json\": {}}, \"authors\": [\"A\"]}",
                code("a", "{\"tags\": [\"t\"], \"jupyter\": {\"source_hidden\": true, \"other\": 1},"
                        + " \"executionInfo\": {\"user\": {\"displayName\": \"Jane\"}}, \"slideshow\": {\"slide_type\": \"slide\"}}", "[]"));
        JsonNode out = stripped(nb, EXPORT);
        assertEquals("{\"kernelspec\":{\"display_name\":\"ir\",\"name\":\"ir\"},\"language_info\":{\"name\":\"R\"}}",
                out.get("metadata").toString());
        assertEquals("{\"jupyter\":{\"source_hidden\":true},\"slideshow\":{\"slide_type\":\"slide\"},\"tags\":[\"t\"]}",
                out.at("/cells/0/metadata").toString());
    }

    /** Records planted under keys the allow-list keeps, in shapes Jupyter never writes there. */
    private static final String ROWS = "[{\"id\": 1, \"name\": \"" + "Ann" + "\"}, {\"id\": 2, \"name\": \"Bob\"}]";
    private static final String PLANTED_CELL_METADATA = "{\"deletable\": " + ROWS + ", \"editable\": {\"n\": \"Ann\"},"
            + " \"jupyter\": {\"source_hidden\": {\"n\": \"Ann\"}, \"outputs_hidden\": \"Ann\"},"
            + " \"slideshow\": {\"slide_type\": \"slide\", \"notes\": \"Ann\"},"
            + " \"tags\": [\"parameters\", {\"n\": \"Ann\"}, \"Ann,DE89370400440532013000\", \"" + "x".repeat(65) + "\"]}";
    private static final String PLANTED_NOTEBOOK_METADATA = "{\"kernelspec\": {\"name\": \"python3\", \"display_name\": \"Python 3 (ipykernel)\","
            + " \"language\": \"python\", \"metadata\": {\"rows\": " + ROWS + "}}, \"language_info\": {\"name\": {\"n\": \"Ann\"}}}";

    @Test
    void anAllowListedKeyKeepsOnlyTheShapeJupyterGivesIt() {
        StripResult result = strip(notebook(PLANTED_NOTEBOOK_METADATA, code("a", PLANTED_CELL_METADATA, "[]")), EXPORT);
        JsonNode out = StripTestSupport.tree(result.bytes());
        assertEquals("{\"slideshow\":{\"slide_type\":\"slide\"},\"tags\":[\"parameters\"]}", out.at("/cells/0/metadata").toString());
        assertEquals("{\"kernelspec\":{\"display_name\":\"Python 3 (ipykernel)\",\"language\":\"python\",\"name\":\"python3\"}}",
                out.get("metadata").toString());
        // deletable, editable, jupyter's two (and jupyter, left empty), notes, three tags; kernelspec's metadata,
        // language_info's name (and language_info, left empty)
        assertEquals(12, result.stats().metadataKeys());
        assertArrayEquals(result.bytes(), strip(new String(result.bytes(), StandardCharsets.UTF_8), EXPORT).bytes());
    }

    @Test
    void underNbstripoutTheAllowListedKeysKeepWhateverTheyHold() {
        JsonNode out = stripped(notebook(PLANTED_NOTEBOOK_METADATA, code("a", PLANTED_CELL_METADATA, "[]")), Preset.NBSTRIPOUT.policy());
        assertEquals(StripTestSupport.tree(PLANTED_CELL_METADATA.getBytes(StandardCharsets.UTF_8)),
                out.at("/cells/0/metadata"));
        assertEquals(StripTestSupport.tree(PLANTED_NOTEBOOK_METADATA.getBytes(StandardCharsets.UTF_8)),
                out.get("metadata"));
    }

    @Test
    void aKernelDisplayNameThatIsNotAWellKnownOneBecomesTheKernelsName() {
        for (String[] example : new String[][] {
                {"python3", "Python 3 (ipykernel)", "Python 3 (ipykernel)"},
                {"julia-1.9", "Julia 1.9.3", "Julia 1.9.3"},
                {"conda-env-acme-py", "Python [conda env:acme] *", "conda-env-acme-py"},
                {"ir", "R (acme-claims)", "ir"}}) {
            String nb = notebook("{\"kernelspec\": {\"name\": \"" + example[0] + "\", \"display_name\": \"" + example[1] + "\"}}");
            assertEquals(example[2], stripped(nb, EXPORT).at("/metadata/kernelspec/display_name").asText(), example[1]);
        }
        String nameless = notebook("{\"kernelspec\": {\"name\": {\"n\": \"Ann\"}, \"display_name\": \"Python [conda env:acme] *\"}}");
        assertEquals("{\"kernelspec\":{}}", stripped(nameless, EXPORT).get("metadata").toString());
    }

    @Test
    void keepingAnAllowListedKeyOnRequestKeepsItAsItIs() {
        Policy keeping = Policy.builder(Preset.EXPORT)
                .keepMetadataKeys(List.of(KeyPath.parse("metadata.kernelspec"))).build();
        String nb = notebook("{\"kernelspec\": {\"name\": \"conda-env-lab-py\", \"display_name\": \"Python [conda env:lab] *\"}}");
        assertEquals("Python [conda env:lab] *", stripped(nb, keeping).at("/metadata/kernelspec/display_name").asText());
    }

    @Test
    void anNbformat3WorksheetKeepsItsCellsButNoMetadataOrOtherKeys() {
        String nb = "{\"metadata\": {}, \"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": [{\"cells\": [{\"cell_type\":"
                + " \"code\", \"input\": \"x = 1\", \"language\": \"python\", \"metadata\": {}, \"outputs\": []}],"
                + " \"metadata\": {\"payload\": \"rows\"}, \"rows\": [[1, 2]]}]}";
        JsonNode worksheet = stripped(nb, EXPORT).at("/worksheets/0");
        assertEquals("{}", worksheet.get("metadata").toString());
        assertFalse(worksheet.has("rows"));
        assertEquals("x = 1", worksheet.at("/cells/0/input/0").asText());
        assertEquals("{\"payload\":\"rows\"}", stripped(nb, Preset.NBSTRIPOUT.policy()).at("/worksheets/0/metadata").toString());
    }

    @Test
    void removesTheKeysOfCodeCellsFromMarkdownAndRawCellsAsNbformatDefinesNoneThere() {
        String nb = notebook("{}",
                markdown("a", "{}", "# Title").replace("{\"cell_type\"", "{\"execution_count\": 3, \"outputs\": [" + STDOUT + "], \"cell_type\""),
                "{\"cell_type\": \"raw\", \"execution_count\": null, \"id\": \"b\", \"metadata\": {}, \"outputs\": [], \"source\": \"raw\"}");
        StripResult result = strip(nb, EXPORT);
        JsonNode out = StripTestSupport.tree(result.bytes());
        for (String cell : List.of("/cells/0", "/cells/1")) {
            assertEquals(List.of("cell_type", "id", "metadata", "source"), keys(out.at(cell)), cell);
        }
        assertEquals(1, result.stats().outputs());
        assertEquals(4, result.stats().metadataKeys());
        assertFalse(strip(new String(result.bytes(), StandardCharsets.UTF_8), EXPORT).changed());
    }

    @Test
    void anNbformat3TextCellLosesTheKeysOfCodeCellsToo() {
        String nb = "{\"metadata\": {}, \"nbformat\": 3, \"nbformat_minor\": 0, \"worksheets\": [{\"cells\": [{\"cell_type\":"
                + " \"heading\", \"level\": 1, \"metadata\": {}, \"source\": \"Title\", \"input\": \"x\", \"prompt_number\": 2,"
                + " \"language\": \"python\", \"collapsed\": false, \"outputs\": []}], \"metadata\": {}}]}";
        assertEquals(List.of("cell_type", "level", "metadata", "source"), keys(stripped(nb, EXPORT).at("/worksheets/0/cells/0")));
    }

    @Test
    void dropsTheCellPapermillInjectsTheRunsParametersIntoAndKeepsTheParametersCell() {
        String nb = notebook("{}", code("a", "{\"tags\": [\"parameters\"]}", "[]"),
                code("b", "{\"tags\": [\"injected-parameters\"]}", "[]"), code("c", "{}", "[]"));
        JsonNode out = stripped(nb, EXPORT);
        assertEquals(2, out.at("/cells").size());
        assertEquals("parameters", out.at("/cells/0/metadata/tags/0").asText());
        assertFalse(out.at("/cells/1/metadata").has("tags"));
        assertEquals(3, stripped(nb, Preset.NBSTRIPOUT.policy()).at("/cells").size());
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void ignoresKeepOutputWrittenInsideTheNotebook() {
        String nb = notebook("{\"keep_output\": true}", code("a", "{\"keep_output\": true, \"init_cell\": true,"
                + " \"tags\": [\"keep_output\"]}", "[" + STDOUT + "]"));
        JsonNode out = stripped(nb, EXPORT);
        assertEquals(0, out.at("/cells/0/outputs").size());
        assertTrue(out.at("/cells/0/metadata").has("tags"));
    }
}
