package dev.nbexport.core.strip;

import static dev.nbexport.core.strip.StripTestSupport.RESULT;
import static dev.nbexport.core.strip.StripTestSupport.STDERR;
import static dev.nbexport.core.strip.StripTestSupport.STDOUT;
import static dev.nbexport.core.strip.StripTestSupport.code;
import static dev.nbexport.core.strip.StripTestSupport.markdown;
import static dev.nbexport.core.strip.StripTestSupport.notebook;
import static dev.nbexport.core.strip.StripTestSupport.stripped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nbexport.core.policy.KeyPath;
import dev.nbexport.core.policy.OutputType;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Which outputs nbstripout keeps, and what it does to the ones it keeps, when the output flags are
 * combined with each other and with the requests written inside a notebook; and how extra keys find
 * what they remove.
 */
class NbstripoutOutputRulesTest {

    private static final String ERROR = "{\"ename\": \"ModuleNotFoundError\", \"evalue\": \"No module named 'nope'\","
            + " \"output_type\": \"error\", \"traceback\": [\"ModuleNotFoundError: No module named 'nope'\"]}";

    /** A markdown cell, a code cell printing to stdout and stderr then failing, and a cell whose value is shown. */
    private static final String MIXED = notebook("{}",
            markdown("m", "{}", "# Outputs of every kind"),
            code("a", "{}", "[" + STDOUT + "," + STDERR + "," + ERROR + "]"),
            code("b", "{}", "[" + RESULT + "]"));

    private static Policy.Builder flags() {
        return Policy.builder(Preset.NBSTRIPOUT);
    }

    private static List<OutputType> types(String... types) {
        return Arrays.stream(types).map(OutputType::parse).toList();
    }

    /** Each output of a cell as TYPE or TYPE:NAME. */
    private static List<String> kinds(JsonNode nb, int cell) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode output : nb.at("/cells/" + cell + "/outputs")) {
            String type = output.get("output_type").asText();
            kinds.add(output.has("name") ? type + ":" + output.get("name").asText() : type);
        }
        return kinds;
    }

    @Test
    void dropOutputTypeWithKeepOutputRemovesOnlyErrors() {
        JsonNode nb = stripped(MIXED, flags().keepOutput(true).dropOutputTypes(types("error")).build());
        assertFalse(nb.at("/cells/0").has("outputs"));
        assertEquals(List.of("stream:stdout", "stream:stderr"), kinds(nb, 1));
        assertEquals(List.of("execute_result"), kinds(nb, 2));
    }

    @Test
    void dropOutputTypeWithANameRemovesOnlyThatStream() {
        JsonNode nb = stripped(MIXED, flags().keepOutput(true).dropOutputTypes(types("stream:stderr")).build());
        assertEquals(List.of("stream:stdout", "error"), kinds(nb, 1));
        assertEquals(List.of("execute_result"), kinds(nb, 2));
    }

    @Test
    void keepOutputTypeOverridesKeepOutputAndKeepsOnlyThatType() {
        JsonNode nb = stripped(MIXED, flags().keepOutput(true).keepOutputTypes(types("execute_result")).build());
        assertEquals(List.of(), kinds(nb, 1));
        assertEquals(List.of("execute_result"), kinds(nb, 2));
    }

    @Test
    void keepOutputTypeAcceptsBothTypeAndTypeColonName() {
        JsonNode nb = stripped(MIXED, flags().keepOutputTypes(types("stream:stdout", "execute_result")).build());
        assertEquals(List.of("stream:stdout"), kinds(nb, 1));
        assertEquals(List.of("execute_result"), kinds(nb, 2));
    }

    @Test
    void dropOutputTypeAlsoRemovesSmallOutputsThatMaxSizeWouldKeep() {
        JsonNode nb = stripped(MIXED, flags().maxSize(1000).dropOutputTypes(types("stream:stderr")).build());
        assertEquals(List.of("stream:stdout", "error"), kinds(nb, 1));
        assertEquals(List.of("execute_result"), kinds(nb, 2));
    }

    @Test
    void keepOutputTypeKeepsOutputsTooLargeForMaxSize() {
        JsonNode nb = stripped(MIXED, flags().maxSize(15).keepOutputTypes(types("error")).build());
        // "row 1\n" + "stdout" + "stream" is 18 characters, over the limit; the error is kept by its type.
        assertEquals(List.of("error"), kinds(nb, 1));
        assertEquals(List.of(), kinds(nb, 2));
    }

    @Test
    void keptExecuteResultsLoseTheirExecutionCountUnlessKeepCount() {
        for (Policy policy : List.of(flags().keepOutput(true).build(),
                flags().keepOutputTypes(types("execute_result")).build(),
                flags().maxSize(1000).build())) {
            JsonNode nb = stripped(MIXED, policy);
            assertTrue(nb.at("/cells/2/outputs/0/execution_count").isNull(), policy.toString());
            assertTrue(nb.at("/cells/2/execution_count").isNull(), policy.toString());
        }
        JsonNode counted = stripped(MIXED, flags().keepOutput(true).keepCount(true).build());
        assertEquals(7, counted.at("/cells/2/outputs/0/execution_count").asInt());
    }

    @Test
    void aKeepOutputTagKeepsThatCellsOutputsUnderMaxSize() {
        JsonNode nb = stripped(notebook("{}",
                code("a", "{\"tags\": [\"keep_output\"]}", "[" + STDOUT + "," + STDERR + "]"),
                code("b", "{}", "[" + STDOUT + "]")), flags().maxSize(5).build());
        assertEquals(List.of("stream:stdout", "stream:stderr"), kinds(nb, 0));
        assertEquals(List.of(), kinds(nb, 1));
    }

    @Test
    void aCellsKeepOutputFalseOverridesTheNotebooksKeepOutput() {
        JsonNode nb = stripped(notebook("{\"keep_output\": true}",
                code("a", "{\"keep_output\": false}", "[" + STDOUT + "]"),
                code("b", "{}", "[" + STDOUT + "]")), Preset.NBSTRIPOUT.policy());
        assertEquals(List.of(), kinds(nb, 0));
        assertEquals(List.of("stream:stdout"), kinds(nb, 1));
    }

    @Test
    void initCellFalseWinsOverAKeepOutputTag() {
        JsonNode nb = stripped(notebook("{}",
                code("a", "{\"init_cell\": false, \"tags\": [\"keep_output\"]}", "[" + STDOUT + "]")),
                Preset.NBSTRIPOUT.policy());
        assertEquals(List.of(), kinds(nb, 0));
    }

    /**
     * An extra key is tried whole first, then split at its first dot, at every level; a key that
     * is not there, or that runs into a number, removes nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a.c          | {\"a\":{\"b\":1,\"d.e\":3,\"f\":{\"g\":4}}}",
        "a.d.e        | {\"a\":{\"b\":1,\"c\":2,\"f\":{\"g\":4}}}",
        "a.f          | {\"a\":{\"b\":1,\"c\":2,\"d.e\":3}}",
        "a.f.g        | {\"a\":{\"b\":1,\"c\":2,\"d.e\":3,\"f\":{}}}",
        "a            | {}",
        "notfound     | {\"a\":{\"b\":1,\"c\":2,\"d.e\":3,\"f\":{\"g\":4}}}",
        "a.notfound   | {\"a\":{\"b\":1,\"c\":2,\"d.e\":3,\"f\":{\"g\":4}}}",
        "a.b.notfound | {\"a\":{\"b\":1,\"c\":2,\"d.e\":3,\"f\":{\"g\":4}}}",
    })
    void extraKeysFindNestedKeysAndKeysContainingDots(String key, String remainder) {
        String nested = "{\"a\": {\"b\": 1, \"c\": 2, \"d.e\": 3, \"f\": {\"g\": 4}}}";
        JsonNode nb = stripped(notebook(nested, code("x", nested, "[]")), flags()
                .extraKeys(List.of(KeyPath.parse("metadata." + key), KeyPath.parse("cell.metadata." + key))).build());
        assertEquals(remainder, nb.get("metadata").toString());
        assertEquals(remainder, nb.at("/cells/0/metadata").toString());
    }
}
