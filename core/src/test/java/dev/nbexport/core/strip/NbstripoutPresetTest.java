package dev.nbexport.core.strip;

import static dev.nbexport.core.strip.StripTestSupport.IMAGE;
import static dev.nbexport.core.strip.StripTestSupport.RESULT;
import static dev.nbexport.core.strip.StripTestSupport.STDERR;
import static dev.nbexport.core.strip.StripTestSupport.STDOUT;
import static dev.nbexport.core.strip.StripTestSupport.code;
import static dev.nbexport.core.strip.StripTestSupport.markdown;
import static dev.nbexport.core.strip.StripTestSupport.notebook;
import static dev.nbexport.core.strip.StripTestSupport.strip;
import static dev.nbexport.core.strip.StripTestSupport.stripped;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.policy.KeyPath;
import dev.nbexport.core.policy.OutputType;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The nbstripout preset and each of nbstripout's flags, as nbstripout 0.9 documents them. */
class NbstripoutPresetTest {

    private static final Policy DEFAULT = Preset.NBSTRIPOUT.policy();

    private static Policy.Builder flags() {
        return Policy.builder(Preset.NBSTRIPOUT);
    }

    private static final String TIMED = "{\"ExecuteTime\": {\"end_time\": \"2026-01-01\"}, \"collapsed\": false,"
            + " \"scrolled\": true, \"execution\": {\"iopub.status.idle\": \"2026\"}, \"tags\": [\"x\"]}";

    @Test
    void removesOutputsCountsAndVolatileMetadataAndRenumbersIds() {
        JsonNode nb = stripped(notebook("{\"widgets\": {\"state\": {}}, \"signature\": \"s\", \"kernelspec\": {\"name\": \"python3\"}}",
                code("abc", TIMED, "[" + STDOUT + "," + IMAGE + "]"), markdown("def", "{}", "# Title")), DEFAULT);
        JsonNode cell = nb.at("/cells/0");
        assertEquals(0, cell.get("outputs").size());
        assertTrue(cell.get("execution_count").isNull());
        assertEquals("0", cell.get("id").asText());
        assertEquals("1", nb.at("/cells/1/id").asText());
        assertEquals("{\"tags\":[\"x\"]}", cell.get("metadata").toString());
        assertFalse(nb.get("metadata").has("widgets"));
        assertFalse(nb.get("metadata").has("signature"));
        assertEquals("python3", nb.at("/metadata/kernelspec/name").asText());
    }

    @Test
    void reportsWhatItRemoved() {
        StripResult result = strip(notebook("{\"widgets\": {}}", code("a", TIMED, "[" + STDOUT + "," + IMAGE + "]")), DEFAULT);
        assertTrue(result.changed());
        assertEquals(2, result.stats().outputs());
        assertEquals(1, result.stats().images());
        assertEquals(5, result.stats().metadataKeys());
        assertTrue(result.stats().bytesRemoved() > 0);
    }

    @Test
    void leavesTheKeysOfCodeCellsOnAMarkdownCellEmptiedAsNbstripoutDoes() {
        String nb = notebook("{}", markdown("a", "{}", "# Title")
                .replace("{\"cell_type\"", "{\"execution_count\": 3, \"outputs\": [" + STDOUT + "], \"cell_type\""));
        JsonNode cell = stripped(nb, DEFAULT).at("/cells/0");
        assertEquals(0, cell.get("outputs").size());
        assertTrue(cell.get("execution_count").isNull());
    }

    @Test
    void leavesAnAlreadyStrippedNotebookByteForByte() {
        byte[] once = strip(notebook("{}", code("a", TIMED, "[" + STDOUT + "]")), DEFAULT).bytes();
        StripResult twice = strip(new String(once, StandardCharsets.UTF_8), DEFAULT);
        assertFalse(twice.changed());
        assertArrayEquals(once, twice.bytes());
    }

    @Test
    void keepOutputInNotebookMetadataKeepsEveryCellsOutputsButNotTheirCounts() {
        JsonNode nb = stripped(notebook("{\"keep_output\": true}", code("a", "{}", "[" + RESULT + "]")), DEFAULT);
        assertEquals(1, nb.at("/cells/0/outputs").size());
        assertTrue(nb.at("/cells/0/outputs/0/execution_count").isNull());
        assertTrue(nb.at("/cells/0/execution_count").isNull());
    }

    @Test
    void keepOutputAsCellMetadataOrTagKeepsThatCellsOutputs() {
        JsonNode nb = stripped(notebook("{}",
                code("a", "{\"keep_output\": true}", "[" + STDOUT + "]"),
                code("b", "{\"tags\": [\"keep_output\"]}", "[" + STDOUT + "]"),
                code("c", "{}", "[" + STDOUT + "]")), DEFAULT);
        assertEquals(1, nb.at("/cells/0/outputs").size());
        assertEquals(1, nb.at("/cells/1/outputs").size());
        assertEquals(0, nb.at("/cells/2/outputs").size());
    }

    @Test
    void keepOutputMetadataContradictingItsTagIsAnErrorNamingTheCell() {
        InvalidNotebookException e = assertThrows(InvalidNotebookException.class, () -> strip(notebook("{}",
                code("a", "{}", "[]"),
                code("b", "{\"keep_output\": false, \"tags\": [\"keep_output\"]}", "[" + STDOUT + "]")), DEFAULT));
        assertEquals(InvalidNotebookException.Kind.CONTRADICTORY_METADATA, e.kind());
        assertEquals(1, e.location().cellIndex());
        assertTrue(e.getMessage().startsWith("cell 1 (id b): "), e.getMessage());
    }

    @Test
    void initCellsKeepTheirOutputsUnlessStripInitCells() {
        String nb = notebook("{}", code("a", "{\"init_cell\": true}", "[" + STDOUT + "]"));
        assertEquals(1, stripped(nb, DEFAULT).at("/cells/0/outputs").size());
        assertEquals(0, stripped(nb, flags().stripInitCells(true).build()).at("/cells/0/outputs").size());
    }

    @Test
    void keepOutputFlagKeepsOutputsKeepCountKeepsCounts() {
        String nb = notebook("{}", code("a", "{}", "[" + RESULT + "]"));
        JsonNode keepOutput = stripped(nb, flags().keepOutput(true).build());
        assertEquals(1, keepOutput.at("/cells/0/outputs").size());
        assertTrue(keepOutput.at("/cells/0/outputs/0/execution_count").isNull());
        JsonNode both = stripped(nb, flags().keepOutput(true).keepCount(true).build());
        assertEquals(7, both.at("/cells/0/outputs/0/execution_count").asInt());
        assertEquals(7, both.at("/cells/0/execution_count").asInt());
    }

    @Test
    void keepIdKeepsCellIds() {
        String nb = notebook("{}", code("abc", "{}", "[]"));
        assertEquals("abc", stripped(nb, flags().keepId(true).build()).at("/cells/0/id").asText());
    }

    @Test
    void cellsWithoutIdsGetNumberedIdsFromNbformat45On() {
        String nb = "{\"cells\": [{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": \"x\"}], \"metadata\": {},"
                + " \"nbformat\": 4, \"nbformat_minor\": 5}";
        assertEquals("0", stripped(nb, DEFAULT).at("/cells/0/id").asText());
        String old = nb.replace("\"nbformat_minor\": 5", "\"nbformat_minor\": 4");
        assertFalse(stripped(old, DEFAULT).at("/cells/0").has("id"));
    }

    @Test
    void extraKeysRemoveMoreIncludingKeysThatContainDots() {
        String nb = notebook("{\"papermill\": {\"parameters\": {}}, \"language_info\": {\"version\": \"3.11\", \"name\": \"python\"}}",
                code("a", "{\"application/vnd.databricks.v1+cell\": {\"nuid\": \"1\"}, \"tags\": []}", "[]"));
        JsonNode out = stripped(nb, flags().extraKeys(List.of(KeyPath.parse("metadata.papermill"),
                KeyPath.parse("metadata.language_info.version"),
                KeyPath.parse("cell.metadata.application/vnd.databricks.v1+cell"))).build());
        assertFalse(out.get("metadata").has("papermill"));
        assertEquals("{\"name\":\"python\"}", out.at("/metadata/language_info").toString());
        assertEquals("{\"tags\":[]}", out.at("/cells/0/metadata").toString());
    }

    @Test
    void keepMetadataKeysKeepsKeysThePresetRemoves() {
        String nb = notebook("{\"widgets\": {\"w\": 1}}", code("a", TIMED, "[]"));
        JsonNode out = stripped(nb, flags().keepMetadataKeys(List.of(KeyPath.parse("metadata.widgets"),
                KeyPath.parse("cell.metadata.ExecuteTime"))).build());
        assertTrue(out.get("metadata").has("widgets"));
        assertTrue(out.at("/cells/0/metadata").has("ExecuteTime"));
        assertFalse(out.at("/cells/0/metadata").has("scrolled"));
    }

    @Test
    void dropEmptyCellsRemovesCellsWithOnlyWhitespace() {
        JsonNode out = stripped(notebook("{}", markdown("a", "{}", "  \n\t"), markdown("b", "{}", "text"),
                markdown("c", "{}", "")), flags().dropEmptyCells(true).build());
        assertEquals(1, out.get("cells").size());
        assertEquals("text", out.at("/cells/0/source/0").asText());
        assertEquals("0", out.at("/cells/0/id").asText());
    }

    @Test
    void dropTaggedCellsRemovesCellsWithAnyOfTheTags() {
        JsonNode out = stripped(notebook("{}", markdown("a", "{\"tags\": [\"secret\"]}", "a"),
                markdown("b", "{\"tags\": [\"scratch\"]}", "b"), markdown("c", "{}", "c")),
                flags().dropTaggedCells(List.of("secret", "scratch")).build());
        assertEquals(1, out.get("cells").size());
        assertEquals("c", out.at("/cells/0/source/0").asText());
    }

    @Test
    void maxSizeKeepsOutputsUpToThatManyCharacters() {
        JsonNode out = stripped(notebook("{}", code("a", "{}", "[" + STDOUT + "," + IMAGE + "]")),
                flags().maxSize(20).build());
        assertEquals(1, out.at("/cells/0/outputs").size());
        assertEquals("stream", out.at("/cells/0/outputs/0/output_type").asText());
    }

    @Test
    void keepOutputTypeKeepsMatchingOutputsAndDropOutputTypeRemovesThem() {
        String nb = notebook("{}", code("a", "{}", "[" + STDOUT + "," + STDERR + "," + IMAGE + "]"));
        JsonNode kept = stripped(nb, flags().keepOutputTypes(List.of(OutputType.parse("stream"))).build());
        assertEquals(2, kept.at("/cells/0/outputs").size());
        JsonNode dropped = stripped(nb, flags().keepOutput(true)
                .dropOutputTypes(List.of(OutputType.parse("stream:stderr"))).build());
        assertEquals(2, dropped.at("/cells/0/outputs").size());
        assertEquals("stdout", dropped.at("/cells/0/outputs/0/name").asText());
    }

    @Test
    void keepsCrlfLineEndingsUnlessUnixNewlines() {
        String nb = notebook("{}", code("a", "{}", "[]")).replace(", ", ",\r\n ");
        String out = new String(strip(nb, DEFAULT).bytes(), StandardCharsets.UTF_8);
        assertTrue(out.startsWith("{\r\n \"cells\""), out);
        assertTrue(out.endsWith("}\r\n"));
        assertFalse(out.replace("\r\n", "").contains("\n"));
        String unix = new String(strip(nb, flags().unixNewlines(true).build()).bytes(), StandardCharsets.UTF_8);
        assertFalse(unix.contains("\r"));
    }
}
