package dev.nbexport.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.policy.InvalidPolicyException;
import dev.nbexport.core.policy.KeyPath;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.policy.VerifySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundlePolicyTest {

    @TempDir
    Path project;

    private static PolicyResolver resolver(Optional<Path> policyFile, Consumer<Policy.Builder> flags) {
        return new PolicyResolver(Optional.empty(), policyFile, flags, Preset.EXPORT);
    }

    private void projectFile(String yaml) throws Exception {
        Files.writeString(project.resolve(".nbexport.yaml"), yaml);
    }

    @Test
    void aProjectFileInTheTreeMayTightenTheExportPreset() throws Exception {
        projectFile("strip:\n  extra-keys: [metadata.papermill]\n  drop-tagged-cells: [scratch]\nverify:\n  table-min-rows: 5\n");

        Policy policy = BundlePolicy.resolve(resolver(Optional.empty(), flags -> { }), project);

        assertTrue(policy.removedKeys().contains(KeyPath.parse("metadata.papermill")));
        assertEquals(List.of("injected-parameters", "scratch"), policy.dropTaggedCells());
    }

    @Test
    void aProjectFileInTheTreeMayNotLoosenItNamingFileAndSettings() throws Exception {
        projectFile("strip:\n  keep-output: true\nverify:\n  rules: {output-stream: off}\n");

        InvalidPolicyException refused = assertThrows(InvalidPolicyException.class,
                () -> BundlePolicy.resolve(resolver(Optional.empty(), flags -> { }), project));

        assertTrue(refused.getMessage().startsWith(project.resolve(".nbexport.yaml") + ": loosens the export preset"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("(strip.keep-output, verify.rules)"), refused.getMessage());
    }

    @Test
    void aLooserPresetChosenByTheProjectFileIsRefusedWithTheWayOut() throws Exception {
        projectFile("preset: nbstripout\n");

        InvalidPolicyException refused = assertThrows(InvalidPolicyException.class,
                () -> BundlePolicy.resolve(resolver(Optional.empty(), flags -> { }), project));

        assertTrue(refused.getMessage().contains("strip.strip-attachments"), refused.getMessage());
        assertTrue(refused.getMessage().contains("--preset export"), refused.getMessage());
        Policy withFlag = BundlePolicy.resolve(new PolicyResolver(Optional.of(Preset.EXPORT), Optional.empty(), flags -> { },
                Preset.EXPORT), project);
        assertEquals("export", withFlag.preset());
    }

    @Test
    void aFlagOnTheSameSettingDoesNotHideWhatTheFileAsks() throws Exception {
        projectFile("strip:\n  keep-metadata-keys: [cell.metadata.secret]\n");

        InvalidPolicyException refused = assertThrows(InvalidPolicyException.class, () -> BundlePolicy.resolve(
                resolver(Optional.empty(), flags -> flags.keepMetadataKeys(List.of(KeyPath.parse("cell.metadata.collapsed")))),
                project));

        assertTrue(refused.getMessage().contains("strip.cell-metadata-allow-list"), refused.getMessage());
    }

    @Test
    void keepingCellIdsIsALoosening() throws Exception {
        projectFile("strip:\n  keep-id: true\n");

        InvalidPolicyException refused = assertThrows(InvalidPolicyException.class,
                () -> BundlePolicy.resolve(resolver(Optional.empty(), flags -> { }), project));

        assertTrue(refused.getMessage().contains("(strip.keep-id)"), refused.getMessage());
    }

    @Test
    void theCommandLineMayLoosenIt() throws Exception {
        Path chosen = Files.writeString(project.resolve("office-approved.yaml"), "strip:\n  keep-output: true\n");

        assertTrue(BundlePolicy.resolve(resolver(Optional.of(chosen), flags -> { }), project).keepOutput());
        assertTrue(BundlePolicy.resolve(resolver(Optional.empty(), flags -> flags.keepOutput(true)), project).keepOutput());
    }

    /** verify's resolver: nbstripout unless the command line says otherwise, as {@code nbexport verify} builds it. */
    private static PolicyResolver verifyResolver(Optional<Preset> preset, Optional<Path> policyFile, Consumer<Policy.Builder> flags) {
        return new PolicyResolver(preset, policyFile, flags, Preset.NBSTRIPOUT);
    }

    private static List<String> verifyUnderExport(PolicyResolver resolver, Path... paths) {
        return BundlePolicy.forVerify(resolver, List.of(paths), BundlePolicy.Loosening.COMMAND_LINE);
    }

    @Test
    void verifyUnderTheExportPresetRefusesALooseningProjectFileAsTheBundleRefusesIt() throws Exception {
        projectFile("strip:\n  keep-output: true\nverify:\n  rules: {credential: warning}\n");

        InvalidPolicyException bundle = assertThrows(InvalidPolicyException.class,
                () -> BundlePolicy.resolve(resolver(Optional.empty(), flags -> { }), project));
        InvalidPolicyException verify = assertThrows(InvalidPolicyException.class, () -> verifyUnderExport(
                verifyResolver(Optional.of(Preset.EXPORT), Optional.empty(), flags -> flags.keepOutput(true)), project));

        assertEquals(bundle.getMessage(), verify.getMessage(), "the check before bundling says what the bundle will say");
        assertTrue(verify.getMessage().contains("(strip.keep-output, verify.rules)"), verify.getMessage());
    }

    @Test
    void verifyUnderTheExportPresetRefusesALooseningProjectFileDeeperInTheFolder() throws Exception {
        Path notebook = Files.createDirectories(project.resolve("demo")).resolve("a.ipynb");
        Files.writeString(notebook, "{}");
        Files.writeString(project.resolve("demo/.nbexport.yaml"), "verify:\n  rules: {credential: off}\n");
        PolicyResolver resolver = verifyResolver(Optional.of(Preset.EXPORT), Optional.empty(), flags -> { });

        assertEquals(List.of(), verifyUnderExport(resolver, project), "the folder's own policy is export");
        InvalidPolicyException refused = assertThrows(InvalidPolicyException.class, () -> verifyUnderExport(resolver, project, notebook));

        assertTrue(refused.getMessage().startsWith(project.resolve("demo/.nbexport.yaml") + ": loosens the export preset"),
                refused.getMessage());
    }

    @Test
    void verifyUnderTheExportPresetTakesTighteningAndNamesTheCommandLinesLoosening() throws Exception {
        projectFile("strip:\n  extra-keys: [metadata.papermill]\nverify:\n  table-min-rows: 5\n");

        assertEquals(List.of(), verifyUnderExport(verifyResolver(Optional.of(Preset.EXPORT), Optional.empty(), flags -> { }), project));
        assertEquals(List.of("strip.keep-output"), verifyUnderExport(
                verifyResolver(Optional.of(Preset.EXPORT), Optional.empty(), flags -> flags.keepOutput(true)), project));
    }

    @Test
    void verifyMayLoosenTheExportPresetByAPolicyFileItNamesTheProjectFileToo() throws Exception {
        projectFile("preset: export\nstrip:\n  keep-output: true\n");
        Path named = project.resolve(".nbexport.yaml");

        assertEquals(List.of("strip.keep-output"), verifyUnderExport(
                verifyResolver(Optional.of(Preset.EXPORT), Optional.of(named), flags -> { }), project));
        assertEquals(List.of("strip.keep-output"), verifyUnderExport(
                verifyResolver(Optional.empty(), Optional.of(named), flags -> { }), project), "its preset is chosen on the command line");
    }

    @Test
    void verifyUnderAnotherPresetReadsTheProjectFileAsItIs() throws Exception {
        projectFile("strip:\n  keep-output: true\n");
        assertEquals(List.of(), verifyUnderExport(verifyResolver(Optional.empty(), Optional.empty(), flags -> { }), project));
        assertEquals(List.of(), verifyUnderExport(verifyResolver(Optional.of(Preset.NBSTRIPOUT), Optional.empty(), flags -> { }), project));

        projectFile("preset: export\nstrip:\n  keep-output: true\n");
        assertEquals(List.of(), verifyUnderExport(verifyResolver(Optional.empty(), Optional.empty(), flags -> { }), project),
                "the project's own policy, not the check before bundling, which --preset export asks for");
    }

    @Test
    void namesEverySettingThatLetsMoreThrough() {
        Policy export = Preset.EXPORT.policy();
        assertEquals(List.of(), BundlePolicy.looserThan(export, export));
        Policy looser = export.toBuilder()
                .keepOutput(true)
                .keepCount(true)
                .verify(new VerifySettings(Map.of("credential", "warning"), Map.of("blob-min-length", 4096)))
                .build();
        assertEquals(List.of("strip.keep-output", "strip.keep-count", "verify.rules", "verify.blob-min-length"),
                BundlePolicy.looserThan(looser, export));
        Policy stricter = export.toBuilder()
                .verify(new VerifySettings(Map.of("email", "error"), Map.of("blob-min-length", 256)))
                .build();
        assertEquals(List.of(), BundlePolicy.looserThan(stricter, export));
        assertFalse(BundlePolicy.looserThan(Preset.NBSTRIPOUT.policy(), export).isEmpty());
        Policy anyTags = export.toBuilder().keepMetadataKeys(List.of(KeyPath.parse("cell.metadata.tags"))).build();
        assertTrue(BundlePolicy.looserThan(anyTags, export).contains("strip.metadata-shapes"));
    }
}
