package dev.nbexport.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyResolverTest {

    @TempDir
    Path project;

    private static PolicyResolver resolver() {
        return new PolicyResolver(Optional.empty(), Optional.empty(), flags -> { });
    }

    @Test
    void usesTheNbstripoutPresetWhenThereIsNoProjectFile() throws Exception {
        Path notebook = Files.createDirectories(project.resolve("a")).resolve("n.ipynb");
        Policy policy = resolver().forPath(notebook);
        assertEquals("nbstripout", policy.preset());
        assertTrue(policy.honourNotebookOptOuts());
    }

    @Test
    void findsTheNearestProjectFileWalkingUp() throws Exception {
        Files.writeString(project.resolve(".nbexport.yaml"), """
                preset: export
                strip:
                  keep-count: true
                  drop-tagged-cells: [secret]
                  extra-keys: [cell.metadata.papermill]
                """);
        Path notebook = Files.createDirectories(project.resolve("deep/er")).resolve("n.ipynb");
        Policy policy = resolver().forPath(notebook);
        assertEquals("export", policy.preset());
        assertTrue(policy.keepCount());
        assertEquals(List.of("injected-parameters", "secret"), policy.dropTaggedCells());
        assertTrue(policy.removedKeys().contains(KeyPath.parse("cell.metadata.papermill")));
    }

    @Test
    void flagsOverrideTheFileAndTheFileOverridesThePreset() throws Exception {
        Files.writeString(project.resolve(".nbexport.yaml"), "strip:\n  keep-count: true\n  keep-id: true\n");
        Policy policy = new PolicyResolver(Optional.of(Preset.EXPORT), Optional.empty(), flags -> flags.keepCount(false))
                .forPath(project.resolve("n.ipynb"));
        assertEquals("export", policy.preset());
        assertFalse(policy.keepCount());
        assertTrue(policy.keepId());
    }

    @Test
    void rejectsUnknownKeysNamingFileAndKey() throws Exception {
        Path file = Files.writeString(project.resolve(".nbexport.yaml"), "strip:\n  keep-counts: true\n");
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> resolver().forPath(project.resolve("n.ipynb")));
        assertTrue(e.getMessage().startsWith(file.toString() + ": line 2, column 3: unknown key 'strip.keep-counts'"), e.getMessage());
    }

    @Test
    void anUnknownKeyIsPlacedAndAKnownOneNearItSuggested() throws Exception {
        Path file = project.resolve(".nbexport.yaml");
        Files.writeString(file, "preset: export\nstrip:\n  keep-id: true\n  keep-cout: true\n");
        assertEquals(file + ": line 4, column 3: unknown key 'strip.keep-cout'; did you mean 'keep-count'?", refusal());

        Files.writeString(file, "presett: export\n");
        assertEquals(file + ": line 1, column 1: unknown key 'presett'; did you mean 'preset'?", refusal());

        Files.writeString(file, "verify:\n  rules: {email: off}\n  blob-min-lenght: 10\n");
        assertEquals(file + ": line 3, column 3: unknown key 'verify.blob-min-lenght'; did you mean 'blob-min-length'?", refusal());

        Files.writeString(file, "verify:\n  accepted:\n    - {file: a.py, rule: email, reason: ok, fiel: b}\n");
        assertEquals(file + ": line 3, column 45: unknown key 'verify.accepted[0].fiel'; did you mean 'file'?", refusal());

        Files.writeString(file, "strip: {keep-output: true, everything: true}\n");
        assertEquals(file + ": line 1, column 28: unknown key 'strip.everything' (known: drop-empty-cells, drop-output-types,"
                + " drop-tagged-cells, extra-keys, keep-count, keep-id, keep-metadata-keys, keep-output, keep-output-types,"
                + " max-size, strip-init-cells, unix-newlines)", refusal(), "none near: the known keys");
    }

    private String refusal() {
        return assertThrows(InvalidPolicyException.class, () -> resolver().forPath(project.resolve("n.ipynb"))).getMessage();
    }

    @Test
    void aNameIsNearAKnownOneWithinATypoOrTwo() {
        assertEquals(Optional.of("keep-count"), NearestName.of("keep-cout", Set.of("keep-count", "keep-id")));
        assertEquals(Optional.of("keep-count"), NearestName.of("kepe-count", Set.of("keep-count", "keep-id")), "a swap is one");
        assertEquals(Optional.of("rule"), NearestName.of("rul", Set.of("rule", "file")));
        assertEquals(Optional.empty(), NearestName.of("rl", Set.of("rule", "file")), "two edits of a short name are too many");
        assertEquals(Optional.empty(), NearestName.of("everything", Set.of("keep-count", "keep-id")));
        assertEquals(Optional.empty(), NearestName.of("k".repeat(1 << 20), Set.of("keep-count")), "a hostile key costs nothing");
    }

    @Test
    void rejectsValuesOfTheWrongType() throws Exception {
        Files.writeString(project.resolve(".nbexport.yaml"), "strip:\n  max-size: lots\n");
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> resolver().forPath(project.resolve("n.ipynb")));
        assertTrue(e.getMessage().contains("strip.max-size"), e.getMessage());
    }

    @Test
    void refusesToRemoveAKeyEveryNotebookNeeds() throws Exception {
        Files.writeString(project.resolve(".nbexport.yaml"), "strip:\n  extra-keys: [cell.metadata.foo, cell.source]\n");
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> resolver().forPath(project.resolve("n.ipynb")));
        assertTrue(e.getMessage().contains("strip.extra-keys: 'cell.source' is part of every notebook"), e.getMessage());
    }

    @Test
    void rejectsAnUnknownPresetAndBrokenYaml() throws Exception {
        Files.writeString(project.resolve(".nbexport.yaml"), "preset: lenient\n");
        assertThrows(InvalidPolicyException.class, () -> resolver().forPath(project.resolve("n.ipynb")));
        Files.writeString(project.resolve(".nbexport.yaml"), "strip: [unclosed\n");
        assertThrows(InvalidPolicyException.class, () -> resolver().forPath(project.resolve("n.ipynb")));
    }

    @Test
    void readsRuleSeveritiesAndThresholds() throws Exception {
        Files.writeString(project.resolve(".nbexport.yaml"), """
                verify:
                  rules: {email: off, card-number: error}
                  blob-min-length: 2048
                """);
        Policy policy = resolver().forPath(project.resolve("n.ipynb"));
        assertEquals("off", policy.verify().severities().get("email"));
        assertEquals(2048, policy.verify().thresholds().get("blob-min-length"));
        Files.writeString(project.resolve(".nbexport.yaml"), "verify:\n  rules: {email: loud}\n");
        assertThrows(InvalidPolicyException.class, () -> resolver().forPath(project.resolve("m/n.ipynb")));
    }

    @Test
    void anExplicitPolicyFileMustExist() {
        assertThrows(InvalidPolicyException.class,
                () -> new PolicyResolver(Optional.empty(), Optional.of(project.resolve("missing.yaml")), flags -> { }));
    }
}
