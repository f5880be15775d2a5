package dev.nbexport.core.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Holds a bundle to its manifest: every entry listed with the size and SHA-256 it was read with,
 * nothing in the archive that the manifest does not list, nothing listed that the archive lacks.
 * The manifest is read with a streaming parser, keeping only path, size and hash of each entry; a
 * second pass holds it to the {@link ManifestShape} and gives its free text to the text rules.
 */
final class ManifestCheck {

    /** The name the manifest's free text is verified under, as a text file. */
    static final String TEXT_FILE_NAME = "manifest-text.txt";

    private static final JsonFactory JSON = new JsonFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Out-of-form values reported one by one; past this count, one finding says how many more. */
    private static final int MAX_SHAPE_FINDINGS = 20;

    private final BundleFindings findings;
    private final EntryRules rules;

    private final List<Manifest.Accepted> acceptedWhereBundled = new ArrayList<>();
    private boolean reasonsShown = true;

    ManifestCheck(BundleFindings findings, EntryRules rules) {
        this.findings = findings;
        this.rules = rules;
    }

    void check(EntryContents contents) {
        if (contents.manifest().isEmpty()) {
            findings.archive(Rule.MANIFEST_MISSING, "no " + Manifest.ENTRY_NAME);
            return;
        }
        Map<String, EntryContents.Read> listed;
        try {
            listed = read(contents.manifest().get(), acceptedWhereBundled);
        } catch (IOException | IllegalArgumentException e) {
            findings.entry(Rule.MANIFEST_MISMATCH, Manifest.ENTRY_NAME, "the manifest is not a valid entry list");
            return;
        }
        for (Map.Entry<String, EntryContents.Read> item : listed.entrySet()) {
            EntryContents.Read actual = contents.entries().get(item.getKey());
            if (actual == null && contents.refused().contains(item.getKey())) {
                continue;
            }
            if (actual == null) {
                findings.entry(Rule.MANIFEST_MISMATCH, item.getKey(), "listed in the manifest but not in the archive");
            } else if (!actual.equals(item.getValue())) {
                findings.entry(Rule.MANIFEST_MISMATCH, item.getKey(), "size or SHA-256 differs from the manifest");
            }
        }
        for (String name : contents.entries().keySet()) {
            if (!name.equals(Manifest.ENTRY_NAME) && !listed.containsKey(name)) {
                findings.entry(Rule.MANIFEST_MISMATCH, name, "in the archive but not in the manifest");
            }
        }
        checkShape(contents.manifest().get());
        checkLayout(contents.manifest().get());
    }

    /**
     * Holds the manifest to the bytes the bundler writes for the values it holds, in its order of
     * keys ({@link ManifestOrder}), and its policy's hash to those settings: the shape check reads
     * values, so spaces, line breaks and escapes between them, the order of keys, or a hash that is
     * no hash of the settings, could carry data it does not read.
     */
    private void checkLayout(Path manifest) {
        byte[] bytes;
        JsonNode tree;
        try {
            bytes = Files.readAllBytes(manifest);
            tree = Manifest.read(bytes);
        } catch (IOException e) {
            // Read once already: only a failure of the spool itself could end here.
            throw new EntryContents.OwnFailure(e);
        }
        if (!Arrays.equals(bytes, Manifest.bytes(ManifestOrder.of(tree)))) {
            findings.entryAt(Rule.MANIFEST_SHAPE, Manifest.ENTRY_NAME, "",
                    "not laid out as the bundler writes it (spaces, line breaks or escapes between its values, or keys in another order)");
        }
        JsonNode settings = tree.path("policy").path("settings");
        JsonNode hash = tree.path("policy").path("sha256");
        if (settings.isObject() && hash.isTextual() && !hash.asText().equals(Manifest.sha256(Manifest.bytes(settings)))) {
            findings.entryAt(Rule.MANIFEST_SHAPE, Manifest.ENTRY_NAME, "/policy/sha256", "not the SHA-256 of the settings beside it");
        }
    }

    private void checkShape(Path manifest) {
        ShapeProblems problems = new ShapeProblems();
        try (JsonParser parser = JSON.createParser(manifest.toFile())) {
            parser.nextToken();
            ManifestShape.MANIFEST.check(parser, "", problems);
        } catch (IOException e) {
            // Read once already: only a failure of the spool itself could end here.
            throw new EntryContents.OwnFailure(e);
        }
        if (problems.count > MAX_SHAPE_FINDINGS) {
            findings.entry(Rule.MANIFEST_SHAPE, Manifest.ENTRY_NAME,
                    (problems.count - MAX_SHAPE_FINDINGS) + " more values not in the form the bundler writes");
        }
        for (Map.Entry<String, byte[]> section : problems.joined().entrySet()) {
            String where = findings.where(Manifest.ENTRY_NAME) + " (" + section.getKey() + ")";
            try {
                // Not for acceptances: the manifest's text is the bundler's to get right.
                List<Finding> found = rules.verify(where, TEXT_FILE_NAME, section.getValue(), null).stream()
                        .map(Finding::withShownHashOnly).toList();
                findings.addAll(CompletableFuture.completedFuture(found));
                if (!found.isEmpty() && section.getKey().startsWith(ManifestShape.ACCEPTED)) {
                    reasonsShown = false;
                }
            } catch (IOException e) {
                throw new EntryContents.OwnFailure(e);
            }
        }
    }

    /**
     * The free text of a manifest the bundler writes, by section, as the gate gives it to the text
     * rules: the bundler verifies it too, so that what the gate would refuse never leaves.
     */
    static Map<String, byte[]> freeText(byte[] manifest) throws IOException {
        FreeText texts = new FreeText() {
            @Override
            public void at(String pointer, String problem) {
                throw new IllegalStateException("the bundler wrote a manifest out of form at " + pointer + ": " + problem);
            }
        };
        try (JsonParser parser = JSON.createParser(manifest)) {
            parser.nextToken();
            ManifestShape.MANIFEST.check(parser, "", texts);
        }
        return texts.joined();
    }

    /** Keeps a manifest's free text, each distinct string once, by section. */
    private abstract static class FreeText implements JsonShape.Problems {
        private final Map<String, Set<String>> texts = new LinkedHashMap<>();

        @Override
        public void text(String section, String text) {
            texts.computeIfAbsent(section, key -> new LinkedHashSet<>()).add(text);
        }

        /** Each section's distinct strings, a line each. */
        Map<String, byte[]> joined() {
            Map<String, byte[]> joined = new LinkedHashMap<>();
            texts.forEach((section, strings) -> joined.put(section, String.join("\n", strings).getBytes(StandardCharsets.UTF_8)));
            return joined;
        }
    }

    /** Reports the first out-of-form values as they are met, and keeps the free text. */
    private final class ShapeProblems extends FreeText {
        private int count;

        @Override
        public void at(String pointer, String problem) {
            if (pointer.startsWith("/accepted")) {
                reasonsShown = false;
            }
            if (++count <= MAX_SHAPE_FINDINGS) {
                findings.entryAt(Rule.MANIFEST_SHAPE, Manifest.ENTRY_NAME, pointer, problem);
            }
        }
    }

    /**
     * What the manifest lists as accepted where the bundle was made, once {@link #check} has read it;
     * nothing when that list is out of form or its text holds what the text rules find, so that a
     * report never repeats it.
     */
    List<Manifest.Accepted> acceptedWhereBundled() {
        return reasonsShown ? acceptedWhereBundled : List.of();
    }

    /**
     * The manifest's entries: path to size and hash; a path listed twice is invalid. Its accepted
     * findings go to {@code accepted}, those of a form the shape check would not refuse.
     */
    private static Map<String, EntryContents.Read> read(Path manifest, List<Manifest.Accepted> accepted) throws IOException {
        Map<String, EntryContents.Read> entries = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(manifest.toFile())) {
            expect(parser.nextToken() == JsonToken.START_OBJECT);
            boolean found = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("entries")) {
                    found = true;
                    expect(parser.currentToken() == JsonToken.START_ARRAY);
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        readEntry(parser, entries);
                    }
                    expect(parser.currentToken() == JsonToken.END_ARRAY);
                } else if (field.equals("accepted") && parser.currentToken() == JsonToken.START_ARRAY) {
                    for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY && item != null; item = parser.nextToken()) {
                        if (item == JsonToken.START_OBJECT) {
                            readAccepted(parser, accepted);
                        } else {
                            parser.skipChildren();
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
            expect(found && parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == null);
        }
        return entries;
    }

    private static void readEntry(JsonParser parser, Map<String, EntryContents.Read> entries) throws IOException {
        String path = null;
        String sha256 = null;
        long size = -1;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "path" -> path = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "sha256" -> sha256 = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "size" -> size = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : -1;
                default -> parser.skipChildren();
            }
        }
        expect(path != null && sha256 != null && size >= 0);
        expect(entries.put(path, new EntryContents.Read(size, sha256)) == null);
    }

    private static void readAccepted(JsonParser parser, List<Manifest.Accepted> accepted) throws IOException {
        Map<String, String> fields = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            if (parser.nextToken() == JsonToken.VALUE_STRING) {
                fields.put(field, parser.getText());
            } else {
                parser.skipChildren();
            }
        }
        if (fields.keySet().containsAll(List.of("path", "rule", "sha256", "reason"))) {
            accepted.add(new Manifest.Accepted(fields.get("path"), fields.get("rule"), fields.get("sha256"), fields.get("reason")));
        }
    }

    private static void expect(boolean condition) {
        if (!condition) {
            throw new IllegalArgumentException("not a manifest");
        }
    }
}
