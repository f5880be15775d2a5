package dev.nbexport.core.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.nbexport.core.verify.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Holds a bundle to its manifest: every entry listed with the size and SHA-256 it was read with,
 * nothing in the archive that the manifest does not list, nothing listed that the archive lacks.
 * The manifest is read with a streaming parser, keeping only path, size and hash of each entry.
 */
final class ManifestCheck {

    private static final JsonFactory JSON = new JsonFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final BundleFindings findings;

    ManifestCheck(BundleFindings findings) {
        this.findings = findings;
    }

    void check(EntryContents contents) {
        if (contents.manifest().isEmpty()) {
            findings.archive(Rule.MANIFEST_MISSING, "no " + Manifest.ENTRY_NAME);
            return;
        }
        Map<String, EntryContents.Read> listed;
        try {
            listed = read(contents.manifest().get());
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
    }

    /** The manifest's entries: path to size and hash; a path listed twice is invalid. */
    private static Map<String, EntryContents.Read> read(Path manifest) throws IOException {
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

    private static void expect(boolean condition) {
        if (!condition) {
            throw new IllegalArgumentException("not a manifest");
        }
    }
}
