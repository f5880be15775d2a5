package dev.nbexport.core.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SkimmedOutputsTest {

    private static SkimmedOutputs skim(String json) {
        return SkimmedOutputs.skim(json.getBytes(StandardCharsets.UTF_8), 0);
    }

    @Test
    void countsOutputsAndThoseWithAnImage() {
        String json = "[{\"data\": {\"text/plain\": \"y\", \"image/png\": \"iVBOR\"}, \"output_type\": \"display_data\"},"
                + " {\"name\": \"stdout\", \"text\": [\"a\\n\", \"b\"]}, {\"png\": \"x\", \"output_type\": \"pyout\"},"
                + " {\"data\": \"image/png\"}, {\"data\": {\"text/html\": [\"<img>\"]}}, 3, \"s\", [1, -2.5e+3], null, true, false]";
        SkimmedOutputs skimmed = skim(json + " trailing");
        assertNotNull(skimmed);
        assertEquals(json.length() - 1, skimmed.close());
        assertEquals(11, skimmed.outputs());
        assertEquals(2, skimmed.images());
    }

    @Test
    void anEmptyListHasNoOutputs() {
        assertEquals(new SkimmedOutputs(3, 0, 0, 0, -1), skim("[ \t]"));
    }

    @Test
    void countsLineBreaksAsTheParserDoes() {
        String json = "[\r\n {},\r {}\n\t]";
        SkimmedOutputs skimmed = skim(json);
        assertEquals(3, skimmed.lineBreaks());
        assertEquals(json.indexOf('\t'), skimmed.lineStart());
    }

    @Test
    void readsEscapesWhereKeysDoNotMatter() {
        assertNotNull(skim("[{\"metadata\": {\"\\u0061\\/\": \"\\\"\\\\\\b\\f\\n\\r\\t\\u00E9\"}}]"));
        assertNotNull(skim("[\"caf\u00e9 \u4e2d \ud83d\ude00\"]"));
    }

    /** Each is either invalid JSON or a form left to the parser; the scan must not pass any of them. */
    @ParameterizedTest
    @ValueSource(strings = {
        "[1,]", "[01]", "[NaN]", "[-Infinity]", "[-]", "[1.]", "[1e]", "[.5]", "[+1]", "[1 2]", "[{}{}]",
        "['a']", "[tru]", "[truex]", "[nul]", "[{\"a\" 1}]", "[{1: 2}]", "[{\"a\": 1,}]", "[{\"a\"}]",
        "[\"\\x\"]", "[\"\\u12\"]", "[\"\\u12g4\"]", "[\"unterminated]", "[", "", "{}", " []",
        "[\u000b]", "[\f1]", "[\"tab\there\"]", "[\"line\nbreak\"]",
        "[{\"d\\u0061ta\": {\"image/png\": \"\"}}]", "[{\"data\": {\"image\\/png\": \"\"}}]",
    })
    void leavesAnythingUnusualToTheParser(String json) {
        assertNull(skim(json), json);
    }

    @Test
    void leavesDeepNestingAndLongNumbersToTheParser() {
        assertNull(skim("[" + "[".repeat(SkimmedOutputs.MAX_DEPTH) + "]".repeat(SkimmedOutputs.MAX_DEPTH) + "]"));
        assertNotNull(skim("[" + "[".repeat(SkimmedOutputs.MAX_DEPTH - 2) + "]".repeat(SkimmedOutputs.MAX_DEPTH - 2) + "]"));
        assertNull(skim("[" + "1".repeat(SkimmedOutputs.MAX_NUMBER + 1) + "]"));
        assertNotNull(skim("[" + "1".repeat(SkimmedOutputs.MAX_NUMBER) + "]"));
    }

    @Test
    void startsOnlyAtABracket() {
        assertNull(SkimmedOutputs.skim("x[]".getBytes(StandardCharsets.UTF_8), 0));
        assertNull(SkimmedOutputs.skim("[]".getBytes(StandardCharsets.UTF_8), 2));
        assertNull(SkimmedOutputs.skim("[]".getBytes(StandardCharsets.UTF_8), -1));
        assertNotNull(SkimmedOutputs.skim("x[]".getBytes(StandardCharsets.UTF_8), 1));
    }
}
