package dev.nbexport.core.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nbexport.core.Nbexport;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.report.VerifyReport;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.fixtures.ArchiveContents;
import dev.nbexport.fixtures.HostileArchives;
import dev.nbexport.fixtures.ProjectTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reviewed findings across the border: the bundler takes the project file's acceptances and records
 * them in the manifest; the gate counts them until its own policy accepts them by entry path.
 */
class BundleAcceptedFindingsTest {

    private static final String KEY = "AKIAQWERTYUIOPASDFGH";
    private static final String NOTEBOOK = "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": 3, \"id\": \"a\","
            + " \"metadata\": {}, \"outputs\": [], \"source\": \"key = '" + KEY + "'\\n\"}],"
            + " \"metadata\": {\"kernelspec\": {\"name\": \"python3\"}}, \"nbformat\": 4, \"nbformat_minor\": 5}";
    private static final String REASON = "AWS's documented example key";

    @TempDir
    Path project;
    @TempDir
    Path out;
    @TempDir
    Path gate;

    private String hash;

    @BeforeEach
    void projectWithAKey() throws Exception {
        new ProjectTree(project).write("nb/a.ipynb", NOTEBOOK);
        new ProjectTree(project).write("src/clean.py", "import pandas as pd\n");
        BundleResult refused = bundle("first.tar.gz");
        assertTrue(refused.archive().isEmpty(), "a key stops the bundle until it is accepted");
        Finding key = refused.report().findings().stream().filter(f -> f.rule() == Rule.CREDENTIAL).findFirst().orElseThrow();
        assertEquals("nb/a.ipynb", key.file());
        hash = key.sha256();
    }

    private BundleResult bundle(String name) throws Exception {
        Policy policy = BundlePolicy.resolve(new PolicyResolver(Optional.empty(), Optional.empty(), flags -> { }, Preset.EXPORT), project);
        return new Bundler(policy, ArchiveFormat.ofBundleName(name).orElseThrow(), Bundler.DEFAULT_TIME).bundle(project, List.of(), out.resolve(name));
    }

    private void accept(String file, String sha256) throws Exception {
        Files.writeString(project.resolve(".nbexport.yaml"), "verify:\n  accepted:\n    - {file: " + file
                + ", rule: credential, sha256: \"" + sha256 + "\", reason: \"" + REASON + "\"}\n");
    }

    private static VerifyReport verify(Path archive, Optional<Path> policyFile) throws IOException {
        PolicyResolver resolver = new PolicyResolver(Optional.empty(), policyFile, flags -> { }, Preset.EXPORT);
        return Nbexport.verifyBundle(archive, BundlePolicy.forGate(resolver, archive));
    }

    private Path gatePolicy(String entryPath, String sha256) throws Exception {
        return Files.writeString(gate.resolve("gate.yaml"), "verify:\n  accepted:\n    - {file: " + entryPath
                + ", rule: credential, sha256: \"" + sha256 + "\", reason: \"reviewed at the gate\"}\n");
    }

    private static Finding credential(VerifyReport report) {
        List<Finding> found = report.findings().stream().filter(f -> f.rule() == Rule.CREDENTIAL).toList();
        assertEquals(1, found.size(), report.findings().toString());
        return found.get(0);
    }

    private static JsonNode manifest(Path archive) throws IOException {
        return Manifest.read(ArchiveContents.ofTarGz(archive).get(Manifest.ENTRY_NAME));
    }

    @Test
    void anAcceptedFindingLetsTheBundleBeWrittenAndTheManifestRecordsIt() throws Exception {
        accept("nb/a.ipynb", hash);

        BundleResult result = bundle("export.tar.gz");

        assertTrue(result.archive().isPresent(), result.report().findings().toString());
        assertEquals(1, result.report().accepted());
        assertEquals(0, result.report().errors());
        JsonNode manifest = manifest(result.archive().get());
        JsonNode accepted = manifest.get("accepted");
        assertEquals(1, accepted.size(), accepted.toString());
        assertEquals("nb/a.ipynb", accepted.at("/0/path").asText(), "the entry's name");
        assertEquals("credential", accepted.at("/0/rule").asText());
        assertEquals(hash, accepted.at("/0/sha256").asText());
        assertEquals(REASON, accepted.at("/0/reason").asText());
        assertEquals(Set.of("path", "rule", "sha256", "reason"), fieldNames(accepted.get(0)));
        assertEquals(1, manifest.at("/verification/accepted").asInt());
        assertEquals(0, manifest.at("/verification/errors").asInt());
        assertFalse(manifest.toString().contains(KEY), "the manifest names the value by hash, never quotes it");
    }

    @Test
    void aBundleWithoutAcceptancesHasNoAcceptedKeyAtAll() throws Exception {
        Files.writeString(project.resolve("nb/a.ipynb"), NOTEBOOK.replace(KEY, "not a key"));

        Path archive = bundle("export.tar.gz").archive().orElseThrow();

        JsonNode manifest = manifest(archive);
        assertFalse(manifest.has("accepted"), manifest.toString());
        assertFalse(manifest.get("verification").has("accepted"), manifest.toString());
        assertEquals(Set.of("files", "errors", "warnings"), fieldNames(manifest.get("verification")));
        byte[] bytes = ArchiveContents.ofTarGz(archive).get(Manifest.ENTRY_NAME);
        assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("\"accepted\""));
    }

    @Test
    void anAcceptanceOfAValueNotFoundLeavesNoTraceInTheManifest() throws Exception {
        accept("nb/a.ipynb", hash);
        Files.writeString(project.resolve("nb/a.ipynb"), NOTEBOOK.replace(KEY, "not a key"));

        JsonNode manifest = manifest(bundle("export.tar.gz").archive().orElseThrow());

        assertFalse(manifest.has("accepted"), "the manifest lists what was found and accepted, not the policy's list");
    }

    @Test
    void theProjectFilesAcceptanceOfAnotherFileOrHashDoesNotLetTheBundleThrough() throws Exception {
        accept("a.ipynb", hash);
        assertTrue(bundle("other-file.tar.gz").archive().isEmpty());
        accept("nb/a.ipynb", hash.equals("0".repeat(64)) ? "1".repeat(64) : "0".repeat(64));
        assertTrue(bundle("other-hash.tar.gz").archive().isEmpty());
    }

    @Test
    void theGateCountsTheFindingUntilItsOwnPolicyAcceptsItShowingTheReasonGivenWhereItWasMade() throws Exception {
        accept("nb/a.ipynb", hash);
        Path archive = bundle("export.tar.gz").archive().orElseThrow();

        VerifyReport exportAlone = verify(archive, Optional.empty());

        assertFalse(exportAlone.passes(false));
        Finding counted = credential(exportAlone);
        assertEquals(archive + "!nb/a.ipynb", counted.file());
        assertFalse(counted.isAccepted());
        assertEquals(REASON, counted.acceptedWhereBundled());
        assertEquals(1, exportAlone.errors());
        assertEquals(List.of(), exportAlone.findings().stream().filter(f -> f.rule() != Rule.CREDENTIAL).toList(),
                "the manifest's accepted list is in the form the bundler writes");
    }

    @Test
    void theGatesPolicyAcceptsByTheEntrysPath() throws Exception {
        accept("nb/a.ipynb", hash);
        Path archive = bundle("export.zip").archive().orElseThrow();

        VerifyReport accepted = verify(archive, Optional.of(gatePolicy("nb/a.ipynb", hash)));

        assertTrue(accepted.passes(true), accepted.findings().toString());
        assertEquals(1, accepted.accepted());
        assertEquals("reviewed at the gate", credential(accepted).accepted(), "the gate's own reason");

        VerifyReport otherPath = verify(archive, Optional.of(gatePolicy("a.ipynb", hash)));
        assertFalse(otherPath.passes(false));
        VerifyReport otherHash = verify(archive, Optional.of(gatePolicy("nb/a.ipynb", hash.equals("0".repeat(64)) ? "1".repeat(64) : "0".repeat(64))));
        assertFalse(otherHash.passes(false));
        assertEquals(REASON, credential(otherHash).acceptedWhereBundled());
    }

    @Test
    void aGatePolicyAcceptsAFindingTheBundleDidNotAccept() throws Exception {
        // Bundled with --policy naming a file that loosened the credential rule: the gate decides for itself.
        new ProjectTree(project).write("src/keys.py", "key = '" + KEY + "'\n");
        Path loose = Files.writeString(gate.resolve("loose.yaml"), "verify:\n  rules: {credential: warning}\n");
        Policy policy = BundlePolicy.resolve(new PolicyResolver(Optional.empty(), Optional.of(loose), flags -> { }, Preset.EXPORT), project);
        Path archive = new Bundler(policy, ArchiveFormat.TAR_GZ, Bundler.DEFAULT_TIME).bundle(project, List.of(), out.resolve("b.tar.gz"))
                .archive().orElseThrow();
        assertFalse(manifest(archive).has("accepted"));

        VerifyReport report = verify(archive, Optional.of(gatePolicy("src/keys.py", hash)));

        List<Finding> keys = report.findings().stream().filter(f -> f.rule() == Rule.CREDENTIAL).toList();
        assertEquals(2, keys.size(), report.findings().toString());
        assertEquals(List.of("reviewed at the gate"), keys.stream().filter(Finding::isAccepted).map(Finding::accepted).toList());
        assertTrue(keys.stream().allMatch(f -> f.acceptedWhereBundled() == null));
        assertNull(keys.stream().filter(f -> f.file().endsWith("!nb/a.ipynb")).findFirst().orElseThrow().accepted());
    }

    @Test
    void aNotebookDeepInTheTreeWithAnAcceptedFindingStillMakesABundleTheGateReads() throws Exception {
        String deep = String.join("/", "d".repeat(220), "e".repeat(220), "f".repeat(220), "g".repeat(220), "h".repeat(220),
                "deep.ipynb");
        new ProjectTree(project).write(deep, NOTEBOOK);
        Files.delete(project.resolve("nb/a.ipynb"));
        accept(deep, hash);
        Path archive = bundle("export.tar.gz").archive().orElseThrow();

        VerifyReport atTheGate = verify(archive, Optional.of(gatePolicy(deep, hash)));

        assertEquals(List.of(), atTheGate.findings().stream().filter(f -> !f.isAccepted()).toList());
        assertEquals(1, atTheGate.accepted());
        String listed = manifest(archive).at("/accepted/0/path").asText();
        assertTrue(listed.startsWith("<" + deep.length() + " characters, sha256 "), "by length and hash, as a path left out: " + listed);
        assertFalse(verify(archive, Optional.empty()).passes(false), "without the gate's acceptance it still counts");
    }

    @Test
    void bundlingTwiceWithAcceptancesGivesIdenticalBytes() throws Exception {
        accept("nb/a.ipynb", hash);
        byte[] first = Files.readAllBytes(bundle("a.tar.gz").archive().orElseThrow());
        byte[] second = Files.readAllBytes(bundle("a.tar.gz").archive().orElseThrow());
        assertArrayEquals(first, second);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    // Hand-made archives: a manifest the bundler would not write.

    private static byte[] code() {
        return "print('hello')\n".getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withAccepted(Consumer<ObjectNode> entry) {
        try {
            ObjectNode root = (ObjectNode) Manifest.read(HostileArchives.manifest(Map.of("a.py", code())));
            // Where the bundler writes it: before the verification's summary.
            com.fasterxml.jackson.databind.JsonNode verification = root.remove("verification");
            ObjectNode accepted = root.putArray("accepted").addObject()
                    .put("path", "a.py").put("rule", "credential").put("sha256", "a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8").put("reason", "a made-up key");
            root.set("verification", verification);
            ((ObjectNode) root.get("verification")).put("accepted", 1);
            entry.accept(accepted);
            return HostileArchives.tar().file("a.py", code()).withManifest(Manifest.bytes(root)).toTarGz();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Arguments> hostileAcceptedLists() {
        return Stream.of(
                Arguments.of("a rule that cannot be accepted", withAccepted(e -> e.put("rule", "output-rich")), Set.of(Rule.MANIFEST_SHAPE)),
                Arguments.of("a rule that does not exist", withAccepted(e -> e.put("rule", "anything")), Set.of(Rule.MANIFEST_SHAPE)),
                Arguments.of("a sha256 in upper case", withAccepted(e -> e.put("sha256", "A93E68F8176AF0B002093B5E3DCCA96D24EFA3A64B91924D0ABD2C471F4713A8")), Set.of(Rule.MANIFEST_SHAPE)),
                Arguments.of("the 8 digits a report shows", withAccepted(e -> e.put("sha256", "a93e68f8")), Set.of(Rule.MANIFEST_SHAPE)),
                Arguments.of("a reason with a control character", withAccepted(e -> e.put("reason", "made\u001b[2J up")),
                        Set.of(Rule.MANIFEST_SHAPE)),
                Arguments.of("a reason longer than a policy file allows", withAccepted(e -> e.put("reason", "x".repeat(201))),
                        Set.of(Rule.MANIFEST_SHAPE)),
                Arguments.of("a key the bundler does not write", withAccepted(e -> e.put("value", KEY)), Set.of(Rule.MANIFEST_SHAPE)),
                Arguments.of("a number as the reason", withAccepted(e -> e.put("reason", 42)), Set.of(Rule.MANIFEST_SHAPE)),
                Arguments.of("no reason", withAccepted(e -> e.remove("reason")), Set.of(Rule.MANIFEST_SHAPE)),
                Arguments.of("an e-mail address as the reason", withAccepted(e -> e.put("reason", "ask jane.doe@acme-corp.com")),
                        Set.of(Rule.EMAIL)),
                Arguments.of("an e-mail address as the path", withAccepted(e -> e.put("path", "jane.doe@acme-corp.com")),
                        Set.of(Rule.EMAIL)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileAcceptedLists")
    void aManifestsAcceptedListOutOfFormIsAFinding(String what, byte[] archive, Set<Rule> expected) throws Exception {
        Path file = Files.write(out.resolve("b.tar.gz"), archive);

        VerifyReport report = Nbexport.verifyBundle(file, Preset.EXPORT.policy());

        assertEquals(expected, report.findings().stream().map(Finding::rule).collect(Collectors.toSet()), what + ": " + report.findings());
        assertFalse(report.passes(true), what);
        for (Finding finding : report.findings()) {
            assertTrue(finding.file().startsWith(file + "!" + Manifest.ENTRY_NAME), finding.toString());
            assertFalse(finding.toString().contains("\u001b"), "control characters are not repeated: " + finding);
            assertFalse(finding.toString().contains("jane.doe"), "the value is not quoted: " + finding);
            assertFalse(finding.isAccepted(), "a manifest accepts nothing by itself");
        }
    }

    @Test
    void aManifestsAcceptedListInTheBundlersFormIsNoFinding() throws Exception {
        Path file = Files.write(out.resolve("b.tar.gz"), withAccepted(e -> { }));

        assertEquals(List.of(), Nbexport.verifyBundle(file, Preset.EXPORT.policy()).findings());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ask jane.doe@acme-corp.com", "trust\u001b[2J me"})
    void aReasonTheGateWouldNotRepeatIsNotShown(String reason) throws Exception {
        byte[] keys = ("key = '" + KEY + "'\n").getBytes(StandardCharsets.UTF_8);
        ObjectNode root = (ObjectNode) Manifest.read(HostileArchives.manifest(Map.of("keys.py", keys)));
        String keyHash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(KEY.getBytes(StandardCharsets.UTF_8)));
        root.putArray("accepted").addObject().put("path", "keys.py").put("rule", "credential").put("sha256", keyHash)
                .put("reason", reason);
        ((ObjectNode) root.get("verification")).put("accepted", 1);
        Path file = Files.write(out.resolve("b.tar.gz"),
                HostileArchives.tar().file("keys.py", keys).withManifest(Manifest.bytes(root)).toTarGz());

        VerifyReport report = Nbexport.verifyBundle(file, Preset.EXPORT.policy());

        assertNull(credential(report).acceptedWhereBundled(), "what the text rules find, or what is out of form, is not repeated");
        assertFalse(report.findings().toString().contains("jane.doe"));
        assertFalse(report.passes(false));
    }

    @Test
    void aManifestCannotAcceptAFindingForTheGate() throws Exception {
        byte[] keys = ("key = '" + KEY + "'\n").getBytes(StandardCharsets.UTF_8);
        ObjectNode root = (ObjectNode) Manifest.read(HostileArchives.manifest(Map.of("keys.py", keys)));
        String keyHash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(KEY.getBytes(StandardCharsets.UTF_8)));
        root.putArray("accepted").addObject().put("path", "keys.py").put("rule", "credential").put("sha256", keyHash)
                .put("reason", "trust me");
        ((ObjectNode) root.get("verification")).put("accepted", 1);
        Path file = Files.write(out.resolve("b.tar.gz"),
                HostileArchives.tar().file("keys.py", keys).withManifest(Manifest.bytes(root)).toTarGz());

        VerifyReport report = Nbexport.verifyBundle(file, Preset.EXPORT.policy());

        Finding key = credential(report);
        assertFalse(key.isAccepted());
        assertFalse(report.passes(false));
        assertEquals(keyHash, key.sha256(), "the hash is of the value, so the manifest named this very finding");
        assertEquals("trust me", key.acceptedWhereBundled());
    }
}
