package dev.nbexport.core.verify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Trees of JSON values without databind's {@code ObjectMapper}, whose first use costs a verify of
 * one small notebook a fifth of its time: {@link #read} builds the tree {@code readTree} builds (int,
 * long or big-integer nodes by size, doubles for other numbers; a key repeated with another value is
 * an error, not the last value kept, while one repeated with an equal value, which hides nothing, is
 * kept once, as strip keeps it), and {@link #compact} gives the text {@code JsonNode.toString()}
 * gives.
 */
final class JsonTrees {

    /**
     * What a repeated key is, in the verifier's words (Jackson's would quote the key): a reader
     * that keeps the first value sees another notebook than one that keeps the last.
     */
    static final String DUPLICATE_KEY = "duplicate key (a second value could hide data from a reader that keeps the first)";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Default features, as databind's own writer of {@code toString()} has them. */
    private static final JsonFactory WRITER = new JsonFactory();

    private JsonTrees() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static JsonNode read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new JsonParseException(parser, "no value to read");
        }
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    // Placed at the repeated key, where a person looks, not after its value.
                    JsonLocation repeated = object.has(key) ? parser.currentTokenLocation() : null;
                    parser.nextToken();
                    JsonNode value = read(parser);
                    if (repeated == null) {
                        object.set(key, value);
                    } else if (!value.equals(object.get(key))) {
                        throw new JsonParseException(parser, DUPLICATE_KEY, repeated);
                    }
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new JsonParseException(parser, "not a value: " + token);
        }
    }

    /** The compact JSON text of a tree, character for character {@code node.toString()}. */
    static String compact(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = WRITER.createGenerator(out)) {
            write(node, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonNode node, JsonGenerator generator) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    generator.writeFieldName(field.getKey());
                    write(field.getValue(), generator);
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode item : node) {
                    write(item, generator);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case NUMBER -> {
                if (node.isInt()) {
                    generator.writeNumber(node.intValue());
                } else if (node.isLong()) {
                    generator.writeNumber(node.longValue());
                } else if (node.isBigInteger()) {
                    generator.writeNumber(node.bigIntegerValue());
                } else {
                    generator.writeNumber(node.doubleValue());
                }
            }
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            default -> throw new IllegalArgumentException("not a node this class builds: " + node.getNodeType());
        }
    }
}
