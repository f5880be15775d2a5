package dev.nbexport.core.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nbexport.core.policy.KeyPath;
import dev.nbexport.core.policy.OutputType;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verifier's own reading of a policy: what may remain in a notebook once it is stripped.
 * Written apart from the stripper's rules on purpose.
 */
final class PolicyReading {

    private PolicyReading() {
    }

    // Loops, not streams: these run for every notebook verified, where a stream's machinery costs
    // more to start than the work it does.

    static List<String> notebookRemoved(Policy policy) {
        return keys(policy.removedKeys(KeyPath.NOTEBOOK));
    }

    /** The notebook metadata keys an allow-list keeps, dotted, each with the shape its value must have. */
    static Optional<Map<String, Shape>> notebookAllowed(Policy policy) {
        return policy.notebookMetadataAllowList().map(paths -> shapes(policy, paths, ""));
    }

    static List<String> cellRemoved(Policy policy) {
        return metadataSuffixes(policy.removedKeys(KeyPath.CELL));
    }

    /** The cell metadata keys an allow-list keeps, dotted below {@code metadata}, each with its value's shape. */
    static Optional<Map<String, Shape>> cellAllowed(Policy policy) {
        return policy.cellMetadataAllowList().map(paths -> shapes(policy, paths, "metadata."));
    }

    private static Map<String, Shape> shapes(Policy policy, List<KeyPath> paths, String below) {
        Map<String, Shape> shapes = new HashMap<>();
        for (KeyPath path : paths) {
            if (path.key().startsWith(below)) {
                shapes.put(path.key().substring(below.length()), policy.shapeOf(path));
            }
        }
        return shapes;
    }

    private static List<String> keys(List<KeyPath> paths) {
        List<String> keys = new ArrayList<>(paths.size());
        for (KeyPath path : paths) {
            keys.add(path.key());
        }
        return keys;
    }

    private static List<String> metadataSuffixes(List<KeyPath> paths) {
        List<String> suffixes = new ArrayList<>(paths.size());
        for (KeyPath path : paths) {
            if (path.key().startsWith("metadata.")) {
                suffixes.add(path.key().substring("metadata.".length()));
            }
        }
        return suffixes;
    }

    static boolean removesNotebookKey(Policy policy, String key) {
        if (notebookRemoved(policy).contains(key)) {
            return true;
        }
        Optional<Map<String, Shape>> allowed = notebookAllowed(policy);
        if (allowed.isEmpty()) {
            return false;
        }
        for (String kept : allowed.get().keySet()) {
            if (kept.equals(key) || kept.startsWith(key + ".")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the notebook's metadata keeps every output, as far as the policy goes: by flag, or by
     * a {@code keep_output} there that the policy honours. A cell's own opt-outs may still differ.
     */
    static boolean notebookKeepsOutputs(Policy policy, JsonNode notebookMetadata) {
        return policy.keepOutput() || policy.honourNotebookOptOuts() && notebookMetadata != null
                && notebookMetadata.has("keep_output") && truthy(notebookMetadata.get("keep_output"));
    }

    /** Whether a notebook's metadata can keep every output: the policy honours it, and keeps them all by no flag. */
    static boolean notebookMayKeepOutputs(Policy policy) {
        return policy.honourNotebookOptOuts() && !policy.keepOutput();
    }

    /**
     * Whether every output of a cell may stay: kept by flag, or by an opt-out the policy honours;
     * {@code notebookKeeps} is what {@link #notebookKeepsOutputs} says of the notebook.
     */
    static boolean keepsOutputs(Policy policy, boolean notebookKeeps, JsonNode cellMetadata) {
        if (!policy.keepOutputTypes().isEmpty()) {
            return false;
        }
        if (!policy.honourNotebookOptOuts() || cellMetadata == null || !cellMetadata.isObject()) {
            return notebookKeeps;
        }
        if (cellMetadata.has("init_cell")) {
            return truthy(cellMetadata.get("init_cell")) && !policy.stripInitCells();
        }
        // As the stripper reads tags (Python's "in"): a list holds the tag, a string contains it.
        JsonNode tags = cellMetadata.path("tags");
        boolean tagged = tags.isTextual() && tags.textValue().contains("keep_output");
        for (JsonNode tag : tags) {
            tagged |= "keep_output".equals(tag.asText(null));
        }
        if (cellMetadata.has("keep_output")) {
            return truthy(cellMetadata.get("keep_output")) || tagged;
        }
        return tagged || notebookKeeps;
    }

    /** Whether no output stays whatever the notebook says: no flag, opt-out, size or type keeps one. */
    static boolean keepsNoOutput(Policy policy) {
        return !policy.keepOutput() && !policy.honourNotebookOptOuts() && policy.maxSize() == 0
                && policy.keepOutputTypes().isEmpty();
    }

    /** Whether one output may stay by its type or size. */
    static boolean keepsOutput(Policy policy, String type, String name, NotebookVerifier.Span span) {
        for (OutputType keep : policy.keepOutputTypes()) {
            if (keep.outputType().equals(type) && (keep.name() == null || keep.name().equals(name))) {
                return true;
            }
        }
        return policy.maxSize() > 0 && OutputMeasure.characters(span) <= policy.maxSize();
    }

    static boolean dropsOutput(Policy policy, String type, String name) {
        return policy.dropOutputTypes().stream()
                .anyMatch(drop -> drop.outputType().equals(type) && (drop.name() == null || drop.name().equals(name)));
    }

    static boolean truthy(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        return value.size() > 0;
    }
}
