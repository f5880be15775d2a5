package dev.nbexport.core.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nbexport.core.policy.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Judges a metadata object: keys the policy removes, keys outside its allow-list, allowed values
 * outside their shape, widget state, and text in values.
 */
final class MetadataCheck {

    private static final String WIDGET_STATE_MIME = "application/vnd.jupyter.widget-state+json";

    private final FindingSink walk;
    private final Rule rule;
    private final NotebookVerifier.Place place;
    private final Set<String> reported = new HashSet<>();

    MetadataCheck(FindingSink walk, Rule rule, NotebookVerifier.Place place) {
        this.walk = walk;
        this.rule = rule;
        this.place = place;
    }

    void run(JsonNode metadata, List<String> removed, Optional<Map<String, Shape>> allowed) {
        if (!metadata.isObject()) {
            report(rule, "", metadata, "metadata that is not an object");
            return;
        }
        for (String key : removed) {
            String found = find(metadata, key, "");
            if (found != null && reported.add(found)) {
                report(rule, found, metadata.at(found), "a metadata key the policy removes");
            }
        }
        allowed.ifPresent(list -> outsideAllowList(metadata, list, ""));
        values(metadata, "");
    }

    /** nbstripout's dotted lookup: the whole key as a literal first, then split at the first dot. */
    private static String find(JsonNode node, String key, String pointer) {
        if (!node.isObject()) {
            return null;
        }
        if (node.has(key)) {
            return pointer + "/" + NotebookVerifier.escape(key);
        }
        int dot = key.indexOf('.');
        if (dot < 0) {
            return null;
        }
        String head = key.substring(0, dot);
        return node.has(head) ? find(node.get(head), key.substring(dot + 1), pointer + "/" + NotebookVerifier.escape(head)) : null;
    }

    private void outsideAllowList(JsonNode node, Map<String, Shape> allowed, String pointer) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            String here = pointer + "/" + NotebookVerifier.escape(key);
            Shape shape = allowed.get(key);
            if (shape != null) {
                for (ShapeCheck.Misfit misfit : ShapeCheck.misfits(field.getValue(), shape)) {
                    if (reported.add(here + misfit.suffix())) {
                        report(rule, here + misfit.suffix(), misfit.value(), misfit.what());
                    }
                }
                continue;
            }
            Map<String, Shape> inner = new HashMap<>();
            allowed.forEach((path, pathShape) -> {
                if (path.startsWith(key + ".")) {
                    inner.put(path.substring(key.length() + 1), pathShape);
                }
            });
            if (!inner.isEmpty() && field.getValue().isObject()) {
                outsideAllowList(field.getValue(), inner, here);
            } else if (reported.add(here)) {
                report(rule, here, field.getValue(), "a metadata key outside the policy's allow-list");
            }
        }
    }

    /**
     * Widget state under any key, and the text rules on every string: values, and also keys and
     * lists of strings taken as lines of one text, so that a table spread over many keys or list
     * items (tags, say) is seen as a table.
     */
    private void values(JsonNode node, String pointer) {
        if (node.isObject()) {
            if (node.size() > 1) {
                List<String> keys = new ArrayList<>(node.size());
                node.fieldNames().forEachRemaining(keys::add);
                walk.scanText(String.join("\n", keys), at(pointer), walk.dataUrisAreData());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String here = pointer + "/" + NotebookVerifier.escape(field.getKey());
                if (field.getKey().equals(WIDGET_STATE_MIME)) {
                    report(Rule.WIDGET_STATE, here, field.getValue(), "widget state in metadata");
                } else {
                    JsonNode value = field.getValue();
                    if (value.isTextual() && Credentials.isSecretName(field.getKey()) && !Credentials.placeholder(value.textValue())) {
                        report(Rule.CREDENTIAL, here, value, "a value under a secret's name in metadata");
                    }
                    values(value, here);
                }
            }
        } else if (node.isArray() && node.size() > 1 && allText(node)) {
            List<String> lines = new ArrayList<>(node.size());
            node.forEach(item -> lines.add(item.textValue()));
            walk.scanText(String.join("\n", lines), at(pointer), walk.dataUrisAreData());
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode item : node) {
                values(item, pointer + "/" + i++);
            }
        } else if (node.isTextual()) {
            walk.scanText(node.textValue(), at(pointer), walk.dataUrisAreData());
        }
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private NotebookVerifier.Place at(String suffix) {
        return new NotebookVerifier.Place(place.cell(), place.cellId(), place.pointer() + suffix, place.line());
    }

    private void report(Rule which, String suffix, JsonNode value, String message) {
        walk.reportText(which, at(suffix), value == null ? null : JsonTrees.compact(value), message);
    }
}
