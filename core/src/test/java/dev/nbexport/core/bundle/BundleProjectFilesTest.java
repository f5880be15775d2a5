package dev.nbexport.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.policy.InvalidPolicyException;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.Severity;
import dev.nbexport.fixtures.ArchiveContents;
import dev.nbexport.fixtures.ProjectTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Project files below the folder bundled: each governs the files below it, as it does for
 * {@code strip} and {@code verify}, and is judged as the folder's own is: one that tightens the
 * export preset is applied there, one that loosens it stops the bundle.
 */
class BundleProjectFilesTest {

    /** A notebook of two cells, the second tagged {@code scratch}. */
    private static final String NOTEBOOK = "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"a\","
            + " \"metadata\": {}, \"outputs\": [], \"source\": \"fit()\"}, {\"cell_type\": \"code\", \"execution_count\": null,"
            + " \"id\": \"b\", \"metadata\": {\"tags\": [\"scratch\"]}, \"outputs\": [], \"source\": \"try_this()\"}],"
            + " \"metadata\": {\"kernelspec\": {\"name\": \"python3\"}}, \"nbformat\": 4, \"nbformat_minor\": 5}";

    @TempDir
    Path project;
    @TempDir
    Path out;

    private void write(String path, String content) {
        new ProjectTree(project).write(path, content);
    }

    private BundleResult bundle(List<String> excludes) throws Exception {
        TreePolicies policies = TreePolicies.of(new PolicyResolver(Optional.empty(), Optional.empty(), flags -> { }, Preset.EXPORT));
        Policy policy = policies.of(project);
        return new Bundler(policy, ArchiveFormat.TAR_GZ, Bundler.DEFAULT_TIME, 2, policies::of)
                .bundle(project, excludes, out.resolve("export.tar.gz"));
    }

    @Test
    void aProjectFileDeeperInTheTreeThatLoosensTheExportPresetStopsTheBundleNamingItBeforeAnythingIsWritten() throws Exception {
        write("analysis.ipynb", NOTEBOOK);
        write("reports/monthly.ipynb", NOTEBOOK);
        write("reports/.nbexport.yaml", "strip:\n  keep-output: true\n");

        InvalidPolicyException refused = assertThrows(InvalidPolicyException.class, () -> bundle(List.of()));

        assertEquals(project.resolve("reports/.nbexport.yaml").toAbsolutePath(), refused.file());
        assertEquals("loosens the export preset a bundle starts from (strip.keep-output); a bundle takes looser settings"
                + " only from its command line (--policy FILE, or flags)", refused.problem());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList(), "no archive, checksum or temporary file");
        }
    }

    @Test
    void theRefusalIsTheOneTheFolderOwnProjectFileWouldGet() throws Exception {
        write("reports/monthly.ipynb", NOTEBOOK);
        write("reports/.nbexport.yaml", "preset: nbstripout\n");

        InvalidPolicyException deeper = assertThrows(InvalidPolicyException.class, () -> bundle(List.of()));
        InvalidPolicyException atItsFolder = assertThrows(InvalidPolicyException.class, () -> BundlePolicy.resolve(
                new PolicyResolver(Optional.empty(), Optional.empty(), flags -> { }, Preset.EXPORT), project.resolve("reports")));

        assertEquals(atItsFolder.getMessage(), deeper.getMessage());
    }

    @Test
    void aProjectFileDeeperInTheTreeThatTightensTheExportPresetAppliesToTheFilesBelowIt() throws Exception {
        write("analysis.ipynb", NOTEBOOK);
        write("reports/monthly.ipynb", NOTEBOOK);
        write("reports/.nbexport.yaml", "strip:\n  drop-tagged-cells: [scratch]\n");

        BundleResult result = bundle(List.of());

        assertTrue(result.archive().isPresent(), result.report().findings().toString());
        Map<String, byte[]> entries = ArchiveContents.ofTarGz(out.resolve("export.tar.gz"));
        assertTrue(text(entries, "analysis.ipynb").contains("try_this()"), "the folder's notebook is under the preset alone");
        assertFalse(text(entries, "reports/monthly.ipynb").contains("try_this()"), "the tagged cell is dropped below the file");
        assertTrue(text(entries, "reports/monthly.ipynb").contains("fit()"));
    }

    @Test
    void aRuleMadeAnErrorDeeperInTheTreeStopsTheBundleForTheFilesBelowItOnly() throws Exception {
        write("notes.md", "Ask ann.lee@acme-corp.de about the model.\n");
        write("reports/notes.md", "Ask ann.lee@acme-corp.de about the model.\n");
        write("reports/.nbexport.yaml", "verify:\n  rules: {email: error}\n");

        BundleResult result = bundle(List.of());

        assertTrue(result.archive().isEmpty());
        List<Finding> emails = result.report().findings().stream().filter(f -> f.rule() == Rule.EMAIL).toList();
        assertEquals(List.of("notes.md", "reports/notes.md"), emails.stream().map(Finding::file).toList());
        assertEquals(List.of(Severity.WARNING, Severity.ERROR), emails.stream().map(Finding::severity).toList());
    }

    @Test
    void aProjectFileInAFolderTheBundleLeavesOutGovernsNothingThatLeavesAndIsNotJudged() throws Exception {
        write("analysis.ipynb", NOTEBOOK);
        write("scratch/try.ipynb", NOTEBOOK);
        write("scratch/.nbexport.yaml", "strip:\n  keep-output: true\n");

        BundleResult result = bundle(List.of("scratch/"));

        assertTrue(result.archive().isPresent(), result.report().findings().toString());
    }

    private static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }
}
