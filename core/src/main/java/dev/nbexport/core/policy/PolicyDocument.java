package dev.nbexport.core.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A policy written out in the vocabulary of flags and project files, for manifests and
 * {@code policy show}. Lists and keys come out in a fixed order, so equal policies give equal text.
 */
public final class PolicyDocument {

    private PolicyDocument() {
    }

    public static Map<String, Object> of(Policy policy) {
        Map<String, Object> strip = new LinkedHashMap<>();
        strip.put("keep-output", policy.keepOutput());
        strip.put("keep-count", policy.keepCount());
        strip.put("keep-id", policy.keepId());
        strip.put("honour-notebook-opt-outs", policy.honourNotebookOptOuts());
        strip.put("strip-init-cells", policy.stripInitCells());
        strip.put("drop-empty-cells", policy.dropEmptyCells());
        strip.put("drop-tagged-cells", sorted(policy.dropTaggedCells()));
        strip.put("max-size", policy.maxSize());
        strip.put("keep-output-types", sorted(policy.keepOutputTypes().stream().map(OutputType::toString).toList()));
        strip.put("drop-output-types", sorted(policy.dropOutputTypes().stream().map(OutputType::toString).toList()));
        strip.put("removed-keys", sorted(policy.removedKeys().stream().map(KeyPath::toString).toList()));
        strip.put("cell-metadata-allow-list", policy.cellMetadataAllowList()
                .map(keys -> (Object) sorted(keys.stream().map(KeyPath::toString).toList())).orElse("any"));
        strip.put("notebook-metadata-allow-list", policy.notebookMetadataAllowList()
                .map(keys -> (Object) sorted(keys.stream().map(KeyPath::toString).toList())).orElse("any"));
        Map<String, String> shapes = new TreeMap<>();
        policy.metadataShapes().forEach((key, shape) -> shapes.put(key.toString(), shape.describe()));
        strip.put("metadata-shapes", shapes);
        strip.put("strip-attachments", policy.stripAttachments());
        strip.put("strip-data-uris", policy.stripDataUris());
        strip.put("drop-unknown-keys", policy.dropUnknownKeys());
        strip.put("unix-newlines", policy.unixNewlines());
        Map<String, Object> verify = new LinkedHashMap<>();
        verify.put("rules", new TreeMap<>(policy.verify().severities()));
        verify.putAll(new TreeMap<>(policy.verify().thresholds()));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("preset", policy.preset());
        document.put("strip", strip);
        document.put("verify", verify);
        return document;
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
