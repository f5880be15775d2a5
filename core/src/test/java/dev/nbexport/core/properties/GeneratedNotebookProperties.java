package dev.nbexport.core.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.notebook.StreamedSources;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.strip.StripResult;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Severity;
import dev.nbexport.fixtures.NotebookArbitraries;
import dev.nbexport.fixtures.NotebookTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Stripping and verifying generated valid notebooks, under both presets. */
class GeneratedNotebookProperties {

    /** A data: URI with a media type, as it would appear after a delimiter in markdown or HTML. */
    private static final Pattern DATA_URI = Pattern.compile("(?i)(^|[\\s(\"'=])data:[a-z0-9.+-]*/[a-z0-9.+-]*[;,]");

    @Provide
    Arbitrary<byte[]> notebooks() {
        return NotebookArbitraries.notebooks();
    }

    @Provide
    Arbitrary<Preset> presets() {
        return net.jqwik.api.Arbitraries.of(Preset.values());
    }

    /**
     * Python's {@code splitlines} breaks lines at these too, and nbformat 3 rejoins a split text
     * with {@code \n} when its first line does not end with {@code \n} or {@code \r}: a v3 text
     * whose first line ends with one of them gains a {@code \n} on every read and write, in
     * Jupyter as in nbexport (which writes nbformat's bytes). Properties of v3 notebooks skip them.
     */
    private static final String V3_UNSTABLE_BREAKS = "\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029";

    /** Skips v3 notebooks whose text nbformat 3 itself does not read back unchanged. */
    private static void assumeStableUnderNbformat(byte[] notebook) {
        JsonNode tree = NotebookTrees.parse(notebook);
        Assume.that(NotebookTrees.major(tree) >= 4 || !hasUnstableBreak(tree));
    }

    private static boolean hasUnstableBreak(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue().chars().anyMatch(c -> V3_UNSTABLE_BREAKS.indexOf(c) >= 0);
        }
        for (JsonNode child : node) {
            if (hasUnstableBreak(child)) {
                return true;
            }
        }
        return false;
    }

    private static StripResult strip(byte[] bytes, Policy policy) throws IOException {
        return Nbexport.strip(NotebookSource.of("generated.ipynb", bytes), policy);
    }

    private static NotebookSource streamed(byte[] bytes) {
        return StreamedSources.of("generated.ipynb", bytes);
    }

    /** What a strip gives: the bytes and what it counted, or the error's type and message (with its place). */
    private static String outcome(NotebookSource source, Policy policy) {
        try {
            StripResult result = Nbexport.strip(source, policy);
            return Base64.getEncoder().encodeToString(result.bytes()) + " " + result.stats();
        } catch (IOException | RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /**
     * The reader's shortcuts for a file in memory (sources copied when already in Jupyter's layout,
     * dropped outputs skimmed instead of parsed) give the same bytes and counts as the parser's full
     * way: on notebooks as generated, in Jupyter's own layout, in that layout with one byte changed
     * anywhere (an error, with its line and column, must be the same too), and with other line breaks.
     */
    @Property(tries = 500)
    void shortcutsForFilesInMemoryChangeNoOutcome(@ForAll("notebooks") byte[] notebook, @ForAll("presets") Preset preset,
                                                @ForAll int position, @ForAll("edits") byte edit) throws IOException {
        byte[] canonical = Nbexport.canonical(streamed(notebook));
        byte[] edited = canonical.clone();
        edited[Math.floorMod(position, edited.length)] = edit;
        for (byte[] input : List.of(notebook, canonical, edited, reescaped(canonical), lineBreaks(edited, "\r\n"), lineBreaks(edited, "\r"))) {
            assertEquals(outcome(streamed(input), preset.policy()),
                    outcome(NotebookSource.of("generated.ipynb", input), preset.policy()));
        }
    }

    /** The same JSON with another kind of line break: raw ones are only ever white space between tokens. */
    private static byte[] lineBreaks(byte[] json, String lineBreak) {
        return new String(json, StandardCharsets.ISO_8859_1).replace("\n", lineBreak).getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * The same JSON with escapes other writers use and Jupyter does not: {@code \\/} for a slash,
     * {@code \\u00e9} for everything outside ASCII (both occur only inside strings in a notebook).
     */
    private static byte[] reescaped(byte[] json) {
        StringBuilder out = new StringBuilder();
        for (char c : new String(json, StandardCharsets.UTF_8).toCharArray()) {
            if (c == '/') {
                out.append("\\/");
            } else if (c >= 0x80) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Provide
    Arbitrary<Byte> edits() {
        return net.jqwik.api.Arbitraries.of((byte) '\\', (byte) '"', (byte) 'n', (byte) 'u', (byte) '0', (byte) ' ',
                (byte) '\n', (byte) '\r', (byte) ',', (byte) ']', (byte) 0x1f, (byte) 0x7f, (byte) 0x80, (byte) 0xc3,
                (byte) 0xed, (byte) 0xff);
    }

    @Property(tries = 300)
    void stripIsIdempotent(@ForAll("notebooks") byte[] notebook, @ForAll("presets") Preset preset) throws IOException {
        assumeStableUnderNbformat(notebook);
        StripResult once = strip(notebook, preset.policy());
        StripResult twice = strip(once.bytes(), preset.policy());
        assertArrayEquals(once.bytes(), twice.bytes());
        assertFalse(twice.changed(), "a stripped notebook changes when stripped again");
    }

    @Property(tries = 300)
    void sourcesAreKeptCharacterForCharacter(@ForAll("notebooks") byte[] notebook, @ForAll("presets") Preset preset)
            throws IOException {
        assumeStableUnderNbformat(notebook);
        JsonNode before = NotebookTrees.parse(notebook);
        JsonNode after = NotebookTrees.parse(strip(notebook, preset.policy()).bytes());
        int major = NotebookTrees.major(before);
        List<ObjectNode> in = NotebookTrees.cells(before);
        List<ObjectNode> out = NotebookTrees.cells(after);
        assertEquals(in.size(), out.size(), "cells");
        for (int i = 0; i < in.size(); i++) {
            String source = NotebookTrees.joinedSource(in.get(i), major);
            boolean code = "code".equals(in.get(i).path("cell_type").asText());
            if (preset == Preset.EXPORT && !code && source.toLowerCase(Locale.ROOT).contains("data:")) {
                continue;
            }
            assertEquals(source, NotebookTrees.joinedSource(out.get(i), major), "source of cell " + i);
        }
    }

    @Property(tries = 300)
    void exportLeavesNoOutputsAttachmentsDataUrisOrWidgetState(@ForAll("notebooks") byte[] notebook) throws IOException {
        byte[] stripped = strip(notebook, Preset.EXPORT.policy()).bytes();
        JsonNode tree = NotebookTrees.parse(stripped);
        int major = NotebookTrees.major(tree);
        for (ObjectNode cell : NotebookTrees.cells(tree)) {
            if (cell.has("outputs")) {
                assertTrue(cell.get("outputs").isArray() && cell.get("outputs").isEmpty(), "outputs left: " + cell);
            }
            assertFalse(cell.has("attachments"), "attachments left: " + cell);
            if (!"code".equals(cell.path("cell_type").asText())) {
                String source = NotebookTrees.joinedSource(cell, major);
                assertFalse(source != null && DATA_URI.matcher(source).find(), "data: URI left: " + source);
            }
        }
        assertFalse(tree.path("metadata").has("widgets"), "widget state left");
        assertFalse(new String(stripped, StandardCharsets.UTF_8).contains("widget-state+json"), "widget state left");
    }

    @Property(tries = 300)
    void aStrippedNotebookVerifiesClean(@ForAll("notebooks") byte[] notebook, @ForAll("presets") Preset preset)
            throws IOException {
        byte[] stripped = strip(notebook, preset.policy()).bytes();
        List<Finding> errors = Nbexport.verify(NotebookSource.of("stripped.ipynb", stripped), preset.policy()).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors);
    }
}
