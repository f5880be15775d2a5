package dev.nbexport.core.strip;

import static dev.nbexport.core.strip.StripTestSupport.STDOUT;
import static dev.nbexport.core.strip.StripTestSupport.code;
import static dev.nbexport.core.strip.StripTestSupport.markdown;
import static dev.nbexport.core.strip.StripTestSupport.notebook;
import static dev.nbexport.core.strip.StripTestSupport.strip;
import static dev.nbexport.core.strip.StripTestSupport.stripped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
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
    void keepsOnlyAllowListedMetadata() {
        String nb = notebook("{\"kernelspec\": {\"name\": \"ir\", \"display_name\": \"R (customer-env)\"},"
                        + " \"language_info\": {\"name\": \"R\", \"version\": \"4.3\"}, \"papermill\": {\"parameters\": {\"customer\": 1}},"
                        + " \"widgets\": {\"application/vnd.jupyter.widget-state+json\": {}}, \"authors\": [\"A\"]}",
                code("a", "{\"tags\": [\"t\"], \"jupyter\": {\"source_hidden\": true, \"other\": 1},"
                        + " \"executionInfo\": {\"user\": {\"displayName\": \"Jane\"}}, \"slideshow\": {\"slide_type\": \"slide\"}}", "[]"));
        JsonNode out = stripped(nb, EXPORT);
        assertEquals("{\"kernelspec\":{\"display_name\":\"R (customer-env)\",\"name\":\"ir\"},\"language_info\":{\"name\":\"R\"}}",
                out.get("metadata").toString());
        assertEquals("{\"jupyter\":{\"source_hidden\":true},\"slideshow\":{\"slide_type\":\"slide\"},\"tags\":[\"t\"]}",
                out.at("/cells/0/metadata").toString());
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
    void ignoresKeepOutputWrittenInsideTheNotebook() {
        String nb = notebook("{\"keep_output\": true}", code("a", "{\"keep_output\": true, \"init_cell\": true,"
                + " \"tags\": [\"keep_output\"]}", "[" + STDOUT + "]"));
        JsonNode out = stripped(nb, EXPORT);
        assertEquals(0, out.at("/cells/0/outputs").size());
        assertTrue(out.at("/cells/0/metadata").has("tags"));
    }
}
