package dev.nbexport.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.fixtures.CovertChannels;
import dev.nbexport.fixtures.HostileArchives;
import dev.nbexport.fixtures.HostileInputs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate takes a bundle's notebook only as the bundler writes it: the rules read values, so a
 * layout of the hand of someone crafting the bundle (whitespace between tokens, keys reordered,
 * characters escaped without need) could carry data that no rule reads.
 */
class BundleNotebookFormTest {

    private static final Policy EXPORT = Preset.EXPORT.policy();

    @TempDir
    Path dir;

    private static String asBundled() throws Exception {
        byte[] valid = HostileInputs.VALID.getBytes(StandardCharsets.UTF_8);
        return new String(Nbexport.strip(NotebookSource.of("a.ipynb", valid), EXPORT).bytes(), StandardCharsets.UTF_8);
    }

    private List<Rule> gate(String notebook) throws Exception {
        Path archive = dir.resolve("b" + System.nanoTime() + ".tar.gz");
        Files.write(archive, HostileArchives.tar().file("a.ipynb", notebook.getBytes(StandardCharsets.UTF_8)).toTarGz());
        return Nbexport.verifyBundle(archive, EXPORT).findings().stream().map(Finding::rule).toList();
    }

    @Test
    void aNotebookAsTheBundlerWritesItPasses() throws Exception {
        assertEquals(List.of(), gate(asBundled()));
    }

    @Test
    void bitsHiddenInTheWhitespaceBetweenTokensAreRefused() throws Exception {
        String coded = CovertChannels.inJsonLayout(asBundled(), "Ann Lee, C-100231".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(Rule.ARCHIVE_NOTEBOOK_FORM), gate(coded));
    }

    @Test
    void keysOutOfTheOrderTheBundlerWritesAreRefused() throws Exception {
        String bundled = asBundled();
        String reordered = bundled.replace(" \"nbformat\": 4,\n \"nbformat_minor\": 5\n", " \"nbformat_minor\": 5,\n \"nbformat\": 4\n");
        assertTrue(!reordered.equals(bundled), "the test's notebook has the keys it reorders");
        assertEquals(List.of(Rule.ARCHIVE_NOTEBOOK_FORM), gate(reordered));
    }

    @Test
    void charactersEscapedWithoutNeedAreRefused() throws Exception {
        String bundled = asBundled();
        String escaped = bundled.replace("\"markdown\"", "\"m\\u0061rkdown\"");
        assertTrue(!escaped.equals(bundled), "the test's notebook has the value it escapes");
        assertEquals(List.of(Rule.ARCHIVE_NOTEBOOK_FORM), gate(escaped));
    }

    @Test
    void aNotebookOfWhiteSpaceAloneIsRefusedAndAnEmptyOnePasses() throws Exception {
        String coded = CovertChannels.inJsonLayout("\n", "Ann Lee, C-100231".getBytes(StandardCharsets.UTF_8));
        assertTrue(coded.length() > 100 && coded.isBlank(), "the test's notebook spells its data in white space");
        assertEquals(List.of(Rule.ARCHIVE_NOTEBOOK_FORM), gate(coded));
        assertEquals(List.of(), gate(""));
    }

    @Test
    void theBundlerWritesANotebookOfWhiteSpaceAloneAsAnEmptyOne() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("notes.ipynb"), " \t\t \t  \t \r\n\t ");
        Path archive = dir.resolve("out.tar.gz");
        BundleResult result = new Bundler(EXPORT, ArchiveFormat.TAR_GZ, Bundler.DEFAULT_TIME).bundle(project, List.of(), archive);
        assertTrue(result.archive().isPresent(), result.report().findings().toString());
        assertEquals(List.of(), Nbexport.verifyBundle(archive, EXPORT).findings());
        assertEquals(" \t\t \t  \t \r\n\t ", Files.readString(project.resolve("notes.ipynb")), "the notebook itself is left as it is");
    }

    @Test
    void aBundleMadeWithLooserFlagsIsRefusedUnderThePresetAndSaysToGiveTheGateThoseFlags() throws Exception {
        Policy keepId = EXPORT.toBuilder().keepId(true).build();
        Path project = Files.createDirectories(dir.resolve("ids"));
        Files.writeString(project.resolve("a.ipynb"), HostileInputs.VALID); // its cell's id is "a", which the preset renumbers "0"
        Path archive = dir.resolve("ids.tar.gz");
        BundleResult result = new Bundler(keepId, ArchiveFormat.TAR_GZ, Bundler.DEFAULT_TIME).bundle(project, List.of(), archive);
        assertTrue(result.archive().isPresent(), result.report().findings().toString());

        List<Finding> underThePreset = Nbexport.verifyBundle(archive, EXPORT).findings();
        assertEquals(List.of(Rule.ARCHIVE_NOTEBOOK_FORM), underThePreset.stream().map(Finding::rule).toList());
        assertTrue(underThePreset.get(0).message().contains("verified with the same flags"), underThePreset.get(0).message());
        assertEquals(List.of(), Nbexport.verifyBundle(archive, keepId).findings());
    }
}
