package dev.nbexport.core.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nbexport.core.Version;
import dev.nbexport.core.io.ControlCharacters;
import dev.nbexport.core.policy.AcceptedFinding;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.PolicyDocument;
import dev.nbexport.core.report.VerifyReport;
import dev.nbexport.core.strip.StripStats;
import dev.nbexport.core.verify.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bundle's own account of itself, stored as its first entry: tool and policy, every entry with
 * its size, SHA-256 and what was stripped, every file left home with the reason, the findings a
 * reviewer accepted (where, rule, the value's SHA-256 and the reason; never the value), and the verification
 * summary. Deterministic: same inputs, same bytes.
 */
public final class Manifest {

    public static final String ENTRY_NAME = "NBEXPORT-MANIFEST.json";

    /** Indented with line feeds on every system, never its own line separator: the gate lays out a Windows-made manifest as Linux would. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    /** One bundled file. {@code stripped} is null for files that are not notebooks. */
    public record Entry(String path, long size, String sha256, StripStats stripped) {
    }

    /** A finding accepted where the bundle was made: the entry it is in, its rule, the value's SHA-256, the reason. */
    record Accepted(String path, String rule, String sha256, String reason) {
    }

    /** Longest reason the manifest holds (the bundler's own are a line at most), and longest path left out. */
    static final int MAX_TEXT = 200;
    static final int MAX_PATH = 1024;

    private Manifest() {
    }

    /** Whether the gate takes {@code text} as free text of at most {@code maxLength}: printable, not too long. */
    static boolean fits(String text, int maxLength) {
        return text.length() <= maxLength && ControlCharacters.noneIn(text);
    }

    /**
     * {@code text} as the manifest holds it: as it is where it fits, else by length and hash (a
     * file name with a line break or of thousands of characters, which the gate would refuse).
     */
    private static String written(String text, int maxLength) {
        return fits(text, maxLength) ? text
                : "<" + text.length() + " characters, sha256 " + sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 8) + ">";
    }

    static byte[] write(Policy policy, List<Entry> entries, List<Selection.Excluded> excluded, VerifyReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("tool").put("name", "nbexport").put("version", Version.get());
        JsonNode policyJson = JSON.valueToTree(PolicyDocument.of(policy));
        root.putObject("policy").put("preset", policy.preset()).put("sha256", sha256(bytes(policyJson)))
                .set("settings", policyJson);
        ArrayNode entryArray = root.putArray("entries");
        for (Entry entry : entries) {
            ObjectNode node = entryArray.addObject().put("path", entry.path()).put("size", entry.size())
                    .put("sha256", entry.sha256());
            if (entry.stripped() != null) {
                node.set("stripped", JSON.valueToTree(entry.stripped()));
            }
        }
        ArrayNode excludedArray = root.putArray("excluded");
        for (Selection.Excluded file : excluded) {
            excludedArray.addObject().put("path", written(file.path(), MAX_PATH)).put("reason", written(file.reason(), MAX_TEXT));
        }
        // Written only when there are any: a bundle without them reads as it did before they existed.
        Set<Accepted> accepted = new LinkedHashSet<>();
        for (Finding finding : report.findings()) {
            if (finding.isAccepted()) {
                // Bounded as the gate holds them: a path too long for it goes by length and hash, as one left out does.
                accepted.add(new Accepted(written(finding.file(), MAX_PATH), finding.rule().id(), finding.sha256(),
                        written(finding.accepted(), AcceptedFinding.MAX_REASON)));
            }
        }
        if (!accepted.isEmpty()) {
            ArrayNode acceptedArray = root.putArray("accepted");
            for (Accepted finding : accepted) {
                acceptedArray.addObject().put("path", finding.path()).put("rule", finding.rule())
                        .put("sha256", finding.sha256()).put("reason", finding.reason());
            }
        }
        ObjectNode verification = root.putObject("verification").put("files", report.filesChecked()).put("errors", 0)
                .put("warnings", report.warnings());
        if (!accepted.isEmpty()) {
            verification.put("accepted", report.accepted());
        }
        return bytes(root);
    }

    /** Reads a manifest's entries back: path to (size, sha256). */
    static JsonNode read(byte[] bytes) throws IOException {
        return JSON.readTree(bytes);
    }

    /** {@code node} as the bundler writes a manifest, or a part of one: indented, a final line break. */
    static byte[] bytes(JsonNode node) {
        try {
            return (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
