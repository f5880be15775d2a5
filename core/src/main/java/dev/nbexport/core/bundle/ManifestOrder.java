package dev.nbexport.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The order of keys {@link Manifest#write} gives a manifest: its own objects in the order it builds
 * them, the policy's settings and what was stripped in alphabetical order, as its mapper writes
 * records and maps. A manifest's values in that order are the bytes the bundler would have written
 * for them; any other order is a choice of whoever wrote it, and a choice can carry bits.
 */
final class ManifestOrder {

    private static final List<String> ROOT = List.of("tool", "policy", "entries", "excluded", "accepted", "verification");
    private static final Map<String, List<String>> OBJECTS = Map.of(
            "tool", List.of("name", "version"),
            "policy", List.of("preset", "sha256", "settings"),
            "entries", List.of("path", "size", "sha256", "stripped"),
            "excluded", List.of("path", "reason"),
            "accepted", List.of("path", "rule", "sha256", "reason"),
            "verification", List.of("files", "errors", "warnings", "accepted"));

    private ManifestOrder() {
    }

    /** {@code manifest} with its keys in the bundler's order; keys it does not write (a shape finding already) last. */
    static JsonNode of(JsonNode manifest) {
        if (!(manifest instanceof ObjectNode root)) {
            return manifest;
        }
        ObjectNode ordered = reordered(root, ROOT);
        ordered.fields().forEachRemaining(field -> {
            List<String> order = OBJECTS.get(field.getKey());
            if (order != null) {
                field.setValue(inOrder(field.getValue(), order, field.getKey()));
            }
        });
        return ordered;
    }

    /** An object of the bundler's, or each object of an array of them, in {@code order}; deeper objects alphabetical. */
    private static JsonNode inOrder(JsonNode node, List<String> order, String name) {
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(array.size());
            array.forEach(item -> copy.add(inOrder(item, order, name)));
            return copy;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        ObjectNode ordered = reordered(object, order);
        ordered.fields().forEachRemaining(field -> field.setValue(alphabetical(field.getValue())));
        return ordered;
    }

    private static JsonNode alphabetical(JsonNode node) {
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(array.size());
            array.forEach(item -> copy.add(alphabetical(item)));
            return copy;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        names.sort(Comparator.naturalOrder());
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (String name : names) {
            copy.set(name, alphabetical(object.get(name)));
        }
        return copy;
    }

    /** {@code object}'s fields, those named in {@code order} first in that order, the rest as they come. */
    private static ObjectNode reordered(ObjectNode object, List<String> order) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (String name : order) {
            if (object.has(name)) {
                copy.set(name, object.get(name));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!copy.has(field.getKey())) {
                copy.set(field.getKey(), field.getValue());
            }
        }
        return copy;
    }
}
