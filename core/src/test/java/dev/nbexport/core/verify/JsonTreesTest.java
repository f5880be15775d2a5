package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verifier's trees are the ones databind's readTree builds (values, node types, key order), and print as its toString does. */
class JsonTreesTest {

    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private static final ObjectMapper DATABIND = new ObjectMapper(JSON);

    static void assertSameTree(byte[] json) throws IOException {
        JsonNode expected;
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            expected = DATABIND.readTree(parser);
        }
        JsonNode actual;
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            actual = JsonTrees.read(parser);
        }
        assertSameNodes(expected, actual, "");
        assertEquals(expected.toString(), JsonTrees.compact(actual), "compact text");
    }

    private static void assertSameNodes(JsonNode expected, JsonNode actual, String path) {
        assertEquals(expected.getClass(), actual.getClass(), "node type at " + path);
        assertEquals(expected, actual, "value at " + path);
        if (expected.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> want = expected.fields();
            Iterator<Map.Entry<String, JsonNode>> got = actual.fields();
            while (want.hasNext()) {
                Map.Entry<String, JsonNode> w = want.next();
                Map.Entry<String, JsonNode> g = got.next();
                assertEquals(w.getKey(), g.getKey(), "key order at " + path);
                assertSameNodes(w.getValue(), g.getValue(), path + "/" + w.getKey());
            }
        } else if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                assertSameNodes(expected.get(i), actual.get(i), path + "/" + i);
            }
        }
    }

    @Test
    void numbersAndScalarsComeOutAsDatabindMakesThem() throws IOException {
        String json = """
                {"small": 1, "negative": -7, "long": 12345678901, "big": 123456789012345678901234567890,
                 "float": 1.5, "exponent": 1e3, "negativeZero": -0.0, "overflow": 1e400, "nan": NaN,
                 "infinity": -Infinity, "text": "caf\\u00e9 \\ud83d\\ude00 \\u0001\\n\\t\\"\\\\/ \\u007f \\u2028", "flags": [true, false, null],
                 "nested": {"a": [[], {}, [1, {"b": "c"}]]}, "last": ""}""";
        assertSameTree(json.getBytes(StandardCharsets.UTF_8));
        assertSameTree("\"a string\"".getBytes(StandardCharsets.UTF_8));
        assertSameTree("42".getBytes(StandardCharsets.UTF_8));
        assertSameTree("[]".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aKeyRepeatedWithAnotherValueIsAnErrorThatDoesNotQuoteTheKey() throws IOException {
        for (String json : new String[] {"{\"a\": {\"secret\": 1, \"secret\": 2}}", "{\"a\": {\"secret\": 1, \"secret\": 1.0}}",
                "{\"a\": [{\"x\": \"y\"}], \"a\": [{\"x\": \"y\", \"z\": null}]}"}) {
            try (JsonParser parser = JSON.createParser(json)) {
                parser.nextToken();
                JsonParseException refused = assertThrows(JsonParseException.class, () -> JsonTrees.read(parser), json);
                assertEquals(JsonTrees.DUPLICATE_KEY, refused.getOriginalMessage());
            }
        }
    }

    @Test
    void aKeyRepeatedWithAnEqualValueIsKeptOnce() throws IOException {
        String json = "{\"a\": {\"x\": [1, \"\u00e9\"], \"y\": null}, \"b\": 2, \"a\": {\"y\": null, \"x\": [1, \"\\u00e9\"]}}";
        try (JsonParser parser = JSON.createParser(json.getBytes(StandardCharsets.UTF_8))) {
            parser.nextToken();
            JsonNode tree = JsonTrees.read(parser);
            assertEquals("{\"a\":{\"x\":[1,\"\u00e9\"],\"y\":null},\"b\":2}", JsonTrees.compact(tree));
        }
    }
}
