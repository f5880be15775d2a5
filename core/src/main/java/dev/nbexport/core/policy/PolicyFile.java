package dev.nbexport.core.policy;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A project's {@code .nbexport.yaml}: an optional {@code preset} and a {@code strip} section whose
 * keys are the strip command's flag names. Unknown keys are errors, so that a typo never changes
 * what leaves a site unnoticed.
 *
 * <pre>
 * preset: export
 * strip:
 *   keep-count: false
 *   extra-keys: [cell.metadata.papermill]
 *   drop-tagged-cells: [secret]
 * </pre>
 */
public record PolicyFile(Path path, Optional<Preset> preset, ObjectNode strip, VerifySettings verify) {

    public static final String FILE_NAME = ".nbexport.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP_LEVEL_KEYS = Set.of("preset", "strip", "verify");
    private static final List<String> STRIP_KEYS = List.of("keep-output", "keep-count", "keep-id", "extra-keys",
            "keep-metadata-keys", "drop-empty-cells", "drop-tagged-cells", "strip-init-cells", "max-size",
            "keep-output-types", "drop-output-types", "unix-newlines");

    public static PolicyFile read(Path path) {
        JsonNode root = PolicyYamlReader.read(path);
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new PolicyFile(path, Optional.empty(), YAML.createObjectNode(), VerifySettings.DEFAULTS);
        }
        if (!root.isObject()) {
            throw new InvalidPolicyException(path, "expected a mapping with 'preset' and 'strip'");
        }
        checkKeys(path, "", JsonPointer.empty(), root, TOP_LEVEL_KEYS);
        Optional<Preset> preset = Optional.empty();
        if (root.has("preset")) {
            try {
                preset = Optional.of(Preset.byId(root.get("preset").asText()));
            } catch (IllegalArgumentException e) {
                throw new InvalidPolicyException(path, "preset: " + e.getMessage());
            }
        }
        JsonNode strip = root.path("strip");
        if (strip.isMissingNode() || strip.isNull()) {
            strip = YAML.createObjectNode();
        }
        if (!strip.isObject()) {
            throw new InvalidPolicyException(path, "strip: expected a mapping of flag names to values");
        }
        checkKeys(path, "strip.", JsonPointer.compile("/strip"), strip, Set.copyOf(STRIP_KEYS));
        return new PolicyFile(path, preset, (ObjectNode) strip, verifySection(path, root.path("verify")));
    }

    /**
     * <pre>
     * verify:
     *   rules: {email: off, card-number: error}
     *   blob-min-length: 2048
     * </pre>
     */
    private static VerifySettings verifySection(Path path, JsonNode verify) {
        if (verify.isMissingNode() || verify.isNull()) {
            return VerifySettings.DEFAULTS;
        }
        if (!verify.isObject()) {
            throw new InvalidPolicyException(path, "verify: expected a mapping");
        }
        Set<String> known = new java.util.HashSet<>(VerifySettings.THRESHOLDS);
        known.add("rules");
        known.add("accepted");
        checkKeys(path, "verify.", JsonPointer.compile("/verify"), verify, known);
        Map<String, String> severities = new java.util.HashMap<>();
        JsonNode rules = verify.path("rules");
        if (!rules.isMissingNode() && !rules.isObject()) {
            throw new InvalidPolicyException(path, "verify.rules: expected a mapping of rule ids to error, warning or off");
        }
        for (Map.Entry<String, JsonNode> rule : (Iterable<Map.Entry<String, JsonNode>>) rules::fields) {
            // YAML 1.1 reads a bare off as false.
            JsonNode value = rule.getValue();
            String level = value.isBoolean() && !value.booleanValue() ? "off" : value.asText();
            if (!VerifySettings.LEVELS.contains(level)) {
                throw new InvalidPolicyException(path, "verify.rules." + rule.getKey() + ": expected error, warning or off");
            }
            severities.put(rule.getKey(), level);
        }
        Map<String, Integer> thresholds = new java.util.HashMap<>();
        for (String name : VerifySettings.THRESHOLDS) {
            JsonNode value = verify.path(name);
            if (value.isMissingNode()) {
                continue;
            }
            if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 1) {
                throw new InvalidPolicyException(path, "verify." + name + ": expected a whole number, 1 or more");
            }
            thresholds.put(name, value.intValue());
        }
        return new VerifySettings(severities, thresholds, AcceptedList.read(path, verify.path("accepted")));
    }

    /**
     * Refuses a key of {@code node} (at {@code at} in the file, named {@code prefix} in messages)
     * that is not {@code known}, with its line and column and the known key it was likely meant to be.
     */
    static void checkKeys(Path path, String prefix, JsonPointer at, JsonNode node, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String place = PolicyYamlReader.placeOfKey(path, at.appendProperty(name)).map(p -> p + ": ").orElse("");
                String hint = NearestName.of(name, known).map(near -> "; did you mean '" + near + "'?")
                        .orElseGet(() -> " (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
                throw new InvalidPolicyException(path, place + "unknown key '" + prefix + name + "'" + hint);
            }
        }
    }

    /**
     * Whether this file writes the setting {@code key}, as a policy document names it ({@code
     * strip.keep-count}), whatever its value: a value the preset also has is still the file's.
     */
    public boolean sets(String key) {
        return key.startsWith("strip.") && strip.has(key.substring("strip.".length()));
    }

    /** Applies the {@code strip} section on top of {@code builder}. */
    public void applyTo(Policy.Builder builder) {
        builder.verify(verify);
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) strip::fields) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            switch (key) {
                case "keep-output" -> builder.keepOutput(bool(key, value));
                case "keep-count" -> builder.keepCount(bool(key, value));
                case "keep-id" -> builder.keepId(bool(key, value));
                case "drop-empty-cells" -> builder.dropEmptyCells(bool(key, value));
                case "strip-init-cells" -> builder.stripInitCells(bool(key, value));
                case "unix-newlines" -> builder.unixNewlines(bool(key, value));
                case "max-size" -> builder.maxSize(size(key, value));
                case "extra-keys" -> builder.extraKeys(list(key, value, KeyPath::removable));
                case "keep-metadata-keys" -> builder.keepMetadataKeys(list(key, value, KeyPath::parse));
                case "drop-tagged-cells" -> builder.dropTaggedCells(list(key, value, Function.identity()));
                case "keep-output-types" -> builder.keepOutputTypes(list(key, value, OutputType::parse));
                case "drop-output-types" -> builder.dropOutputTypes(list(key, value, OutputType::parse));
                default -> throw new IllegalStateException("unchecked key " + key);
            }
        }
    }

    private boolean bool(String key, JsonNode value) {
        if (!value.isBoolean()) {
            throw new InvalidPolicyException(path, "strip." + key + ": expected true or false");
        }
        return value.booleanValue();
    }

    private long size(String key, JsonNode value) {
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.longValue() < 0) {
            throw new InvalidPolicyException(path, "strip." + key + ": expected a whole number of characters, 0 or more");
        }
        return value.longValue();
    }

    private <T> List<T> list(String key, JsonNode value, Function<String, T> parse) {
        List<T> result = new ArrayList<>();
        if (!value.isArray()) {
            throw new InvalidPolicyException(path, "strip." + key + ": expected a list");
        }
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new InvalidPolicyException(path, "strip." + key + ": expected a list of strings");
            }
            try {
                result.add(parse.apply(item.textValue()));
            } catch (IllegalArgumentException e) {
                throw new InvalidPolicyException(path, "strip." + key + ": " + e.getMessage());
            }
        }
        return result;
    }
}
