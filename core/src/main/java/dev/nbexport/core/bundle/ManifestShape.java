package dev.nbexport.core.bundle;

import static dev.nbexport.core.bundle.JsonShape.array;
import static dev.nbexport.core.bundle.JsonShape.freeText;
import static dev.nbexport.core.bundle.JsonShape.integer;
import static dev.nbexport.core.bundle.JsonShape.object;
import static dev.nbexport.core.bundle.JsonShape.string;
import static dev.nbexport.core.bundle.JsonShape.text;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.nbexport.core.policy.AcceptedFinding;
import dev.nbexport.core.policy.PolicyDocument;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.policy.VerifySettings;
import dev.nbexport.core.strip.StripStats;
import dev.nbexport.core.verify.Rule;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The exact form of the manifest {@link Manifest#write} produces: no key it does not write, every
 * value of its type and bounded form. Free text (the paths of its entries, paths and reasons of files left out and of
 * findings accepted, names in the policy) goes to the text rules. The policy's keys come from {@link PolicyDocument} itself.
 */
final class ManifestShape {

    /** Section names of the free text, as the text rules' findings name them. */
    static final String ENTRY_PATHS = "entry paths";
    static final String EXCLUDED_PATHS = "excluded paths";
    static final String EXCLUDED_REASONS = "excluded reasons";
    static final String POLICY_NAMES = "policy names";
    static final String ACCEPTED = "accepted";
    static final String ACCEPTED_PATHS = ACCEPTED + " paths";
    static final String ACCEPTED_REASONS = ACCEPTED + " reasons";

    private static final int MAX_TEXT = Manifest.MAX_TEXT;
    private static final int MAX_PATH = Manifest.MAX_PATH;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}");
    private static final JsonShape COUNT = integer(0, Long.MAX_VALUE);
    private static final JsonShape HASH = string(text -> SHA256.matcher(text).matches(), "a SHA-256 in 64 hex digits");

    static final JsonShape MANIFEST = object(Map.of(
            "tool", object(Map.of(
                    "name", string("nbexport"::equals, "the tool's name"),
                    "version", string(text -> VERSION.matcher(text).matches(), "a version")), Map.of()),
            "policy", object(Map.of("preset", presetId(), "sha256", HASH, "settings", settings()), Map.of()),
            "entries", array(object(Map.of(
                    // Paths are held to the archive's entries by the manifest check; their names leave too.
                    "path", text(ENTRY_PATHS),
                    "size", COUNT,
                    "sha256", HASH), Map.of("stripped", stripped()))),
            "excluded", array(object(Map.of(
                    "path", freeText(MAX_PATH, EXCLUDED_PATHS),
                    "reason", freeText(MAX_TEXT, EXCLUDED_REASONS)), Map.of())),
            "verification", object(Map.of("files", COUNT, "errors", integer(0, 0), "warnings", COUNT),
                    Map.of("accepted", COUNT))),
            Map.of("accepted", array(object(Map.of(
                    "path", freeText(MAX_PATH, ACCEPTED_PATHS),
                    "rule", string(AcceptedFinding.RULES::contains, "a rule whose findings can be accepted"),
                    "sha256", HASH,
                    "reason", freeText(AcceptedFinding.MAX_REASON, ACCEPTED_REASONS)), Map.of()))));

    private ManifestShape() {
    }

    private static JsonShape presetId() {
        Set<String> ids = Arrays.stream(Preset.values()).map(Preset::id).collect(Collectors.toSet());
        return string(ids::contains, "a preset");
    }

    /** What stripping removed: each count of {@link StripStats}, as Jackson names its components. */
    private static JsonShape stripped() {
        Map<String, JsonShape> counts = Arrays.stream(StripStats.class.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, component -> COUNT));
        return object(counts, Map.of());
    }

    /**
     * The policy as {@link PolicyDocument#of} writes it: its keys and kinds of value are read off
     * the documents of every preset; the verify section maps rule ids to levels and threshold names to numbers.
     */
    private static JsonShape settings() {
        List<JsonNode> documents = Arrays.stream(Preset.values())
                .map(preset -> (JsonNode) Manifest.JSON.valueToTree(PolicyDocument.of(preset.policy()))).toList();
        Map<String, JsonShape> sections = new LinkedHashMap<>();
        for (String key : keys(documents)) {
            sections.put(key, key.equals("verify") ? verifySection() : like(children(documents, key)));
        }
        // Policy settings another version of nbexport did not write are fine; only unknown ones could carry anything.
        return object(Map.of(), sections);
    }

    private static JsonShape verifySection() {
        Set<String> ruleIds = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet());
        JsonShape rules = object(key -> ruleIds.contains(key) ? string(VerifySettings.LEVELS::contains, "a level") : null, Set.of());
        JsonShape threshold = integer(0, Integer.MAX_VALUE);
        return object(key -> key.equals("rules") ? rules : VerifySettings.THRESHOLDS.contains(key) ? threshold : null,
                Set.of("rules"));
    }

    /** A value like the examples: an object with their keys, or a value of one of their kinds. */
    private static JsonShape like(List<JsonNode> examples) {
        if (examples.stream().allMatch(JsonNode::isObject)) {
            Map<String, JsonShape> fields = new LinkedHashMap<>();
            for (String key : keys(examples)) {
                fields.put(key, like(children(examples, key)));
            }
            return object(Map.of(), fields);
        }
        Map<JsonToken, JsonShape> kinds = new EnumMap<>(JsonToken.class);
        Set<String> strings = new HashSet<>();
        for (JsonNode example : examples) {
            if (example.isBoolean()) {
                kinds.put(JsonToken.VALUE_TRUE, JsonShape.bool());
                kinds.put(JsonToken.VALUE_FALSE, JsonShape.bool());
            } else if (example.isIntegralNumber()) {
                kinds.put(JsonToken.VALUE_NUMBER_INT, COUNT);
            } else if (example.isArray()) {
                kinds.put(JsonToken.START_ARRAY, array(freeText(MAX_TEXT, POLICY_NAMES)));
            } else if (example.isTextual()) {
                strings.add(example.asText());
                kinds.put(JsonToken.VALUE_STRING, string(strings::contains, "a value the bundler writes here"));
            } else {
                throw new IllegalStateException("a policy value of an unexpected kind: " + example.getNodeType());
            }
        }
        return JsonShape.byKind(kinds);
    }

    private static Set<String> keys(List<JsonNode> objects) {
        Set<String> keys = new java.util.TreeSet<>();
        objects.forEach(node -> node.fieldNames().forEachRemaining(keys::add));
        return keys;
    }

    private static List<JsonNode> children(List<JsonNode> objects, String key) {
        return objects.stream().map(node -> node.get(key)).filter(java.util.Objects::nonNull).toList();
    }
}
