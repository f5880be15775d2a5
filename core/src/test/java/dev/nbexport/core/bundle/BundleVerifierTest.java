package dev.nbexport.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.io.ControlCharacters;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.policy.VerifySettings;
import dev.nbexport.core.report.VerifyReport;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.Severity;
import dev.nbexport.fixtures.ArchiveContents;
import dev.nbexport.fixtures.HostileArchives;
import dev.nbexport.fixtures.ProjectTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gate's ordinary work: clean bundles pass, tampered or data-carrying ones do not. */
class BundleVerifierTest {

    private static final String CUSTOMER = "Jane Example";
    private static final String NOTEBOOK = "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": 3, \"id\": \"a\","
            + " \"metadata\": {}, \"outputs\": [{\"name\": \"stdout\", \"output_type\": \"stream\","
            + " \"text\": \"" + CUSTOMER + ",1001\\n\"}], \"source\": \"print(df.head())\"}], \"metadata\": {\"kernelspec\":"
            + " {\"name\": \"python3\"}}, \"nbformat\": 4, \"nbformat_minor\": 5}";

    @TempDir
    Path project;
    @TempDir
    Path out;

    @BeforeEach
    void project() throws Exception {
        write("analysis.ipynb", NOTEBOOK);
        write("src/clean.py", "import pandas as pd\n");
        write("requirements.txt", "pandas==2.2\n");
        write("data/customers.csv", "id,name\n1001," + CUSTOMER + "\n");
    }

    private void write(String name, String content) {
        new ProjectTree(project).write(name, content);
    }

    private Path bundle(String name) throws Exception {
        BundleResult result = new Bundler(Preset.EXPORT.policy(), ArchiveFormat.ofBundleName(name).orElseThrow(), Bundler.DEFAULT_TIME)
                .bundle(project, List.of(), out.resolve(name));
        return result.archive().orElseThrow();
    }

    private static VerifyReport verify(Path archive) throws Exception {
        return Nbexport.verifyBundle(archive, Preset.EXPORT.policy());
    }

    private static Set<Rule> rules(VerifyReport report) {
        return report.findings().stream().map(Finding::rule).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"export.tar.gz", "export.tgz", "export.zip", "export.tar"})
    void aBundleWrittenByTheBundlerVerifiesClean(String name) throws Exception {
        VerifyReport report = verify(bundle(name));
        assertEquals(List.of(), report.findings());
        assertEquals(3, report.filesChecked(), "the notebook, the script and the requirements; not the manifest");
        assertTrue(report.passes(true));
    }

    /** Names left out are listed in the manifest; one the gate would not take as text is listed by length and hash. */
    @ParameterizedTest
    @ValueSource(strings = {"export.zip", "export.tar.gz"})
    void aBundleLeavingOutOddlyNamedFilesVerifiesClean(String name) throws Exception {
        write("notes\ttab.txt", "a note\n");
        write(String.join("/", "d".repeat(200), "e".repeat(200), "f".repeat(200), "g".repeat(200), "h".repeat(200),
                "i".repeat(200), "rows.csv"), "id\n1\n");
        Path archive = bundle(name);
        assertEquals(List.of(), verify(archive).findings());
    }

    /** Times before 1980 do not fit a zip's DOS fields: the writer adds timestamp extra fields, which the gate accepts. */
    @ParameterizedTest
    @ValueSource(strings = {"export.zip", "export.tar.gz"})
    void aBundleDatedBefore1980VerifiesClean(String name) throws Exception {
        Path archive = new Bundler(Preset.EXPORT.policy(), ArchiveFormat.ofBundleName(name).orElseThrow(), Bundler.timeFrom("0"))
                .bundle(project, List.of(), out.resolve(name)).archive().orElseThrow();
        assertEquals(List.of(), verify(archive).findings());
    }

    @Test
    void tamperingWithOneEntrysBytesIsAManifestMismatchNamingThatEntry() throws Exception {
        Path archive = bundle("export.tar.gz");
        Map<String, byte[]> entries = ArchiveContents.ofTarGz(archive);
        entries.put("src/clean.py", "import pandas as pd  \n".getBytes(StandardCharsets.UTF_8));
        Path tampered = rewrite(entries, "tampered.tar.gz");
        VerifyReport report = verify(tampered);
        assertEquals(1, report.findings().size(), report.findings().toString());
        Finding finding = report.findings().get(0);
        assertEquals(Rule.MANIFEST_MISMATCH, finding.rule());
        assertEquals(tampered + "!src/clean.py", finding.file());
        assertEquals(Severity.ERROR, finding.severity());
    }

    /** The gate fails closed on a notebook of a version nbexport does not know: what it may hold is unknown. */
    @Test
    void aNotebookOfAVersionStripDoesNotReadIsUnreadableAtTheGate() throws Exception {
        Map<String, byte[]> entries = ArchiveContents.ofTarGz(bundle("export.tar.gz"));
        entries.put("next.ipynb", ("{\"cells\": [{\"cell_type\": \"code\", \"source\": \"x\", \"outputs\": [{\"output_type\": \"stream\","
                + " \"text\": \"customer 100231\"}]}], \"metadata\": {}, \"nbformat\": 5, \"nbformat_minor\": 0}")
                .getBytes(StandardCharsets.UTF_8));
        VerifyReport report = verify(rewrite(entries, "next.tar.gz"));
        // Added after bundling, it is also missing from the manifest: that finding is the manifest's.
        List<Finding> entry = report.findings().stream()
                .filter(f -> f.file().endsWith("!next.ipynb") && f.rule() != Rule.MANIFEST_MISMATCH).toList();
        assertEquals(List.of(Rule.UNREADABLE), entry.stream().map(Finding::rule).toList(), report.findings().toString());
        assertEquals("nbformat 5 is not supported (nbformat 2, 3 and 4 are)", entry.get(0).message());
        assertEquals("/nbformat", entry.get(0).pointer());
    }

    @Test
    void anEntryAddedOrRemovedIsAManifestMismatch() throws Exception {
        Map<String, byte[]> entries = ArchiveContents.ofTarGz(bundle("export.tar.gz"));
        entries.remove("requirements.txt");
        entries.put("extra.py", "x = 1\n".getBytes(StandardCharsets.UTF_8));
        VerifyReport report = verify(rewrite(entries, "changed.tar.gz"));
        assertEquals(Set.of(Rule.MANIFEST_MISMATCH), rules(report));
        assertEquals(Set.of("listed in the manifest but not in the archive", "in the archive but not in the manifest"),
                report.findings().stream().map(Finding::message).collect(Collectors.toSet()));
    }

    @Test
    void aBundleWithoutAManifestIsReportedAsAnErrorUnderExport() throws Exception {
        Map<String, byte[]> entries = ArchiveContents.ofTarGz(bundle("export.tar.gz"));
        entries.remove(Manifest.ENTRY_NAME);
        Path archive = rewrite(entries, "bare.tar.gz");
        VerifyReport report = verify(archive);
        assertEquals(1, report.findings().size(), report.findings().toString());
        assertEquals(Rule.MANIFEST_MISSING, report.findings().get(0).rule());
        assertEquals(Severity.ERROR, report.findings().get(0).severity());
        assertEquals(archive.toString(), report.findings().get(0).file());
        assertEquals(3, report.filesChecked(), "the entries are still verified");
    }

    @Test
    void thePolicySetsTheSeverityOfTheBundleRulesLikeAnyOther() throws Exception {
        Map<String, byte[]> entries = ArchiveContents.ofTarGz(bundle("export.tar.gz"));
        entries.remove(Manifest.ENTRY_NAME);
        Path archive = rewrite(entries, "bare.tar.gz");
        Policy lenient = Policy.builder(Preset.EXPORT)
                .verify(new VerifySettings(Map.of("manifest-missing", "warning"), Map.of())).build();
        VerifyReport report = Nbexport.verifyBundle(archive, lenient);
        assertEquals(Severity.WARNING, report.findings().get(0).severity());
        assertTrue(report.passes(false));
    }

    @Test
    void aManifestThatIsNotAnEntryListIsAMismatch() throws Exception {
        Map<String, byte[]> entries = ArchiveContents.ofTarGz(bundle("export.tar.gz"));
        entries.put(Manifest.ENTRY_NAME, "{\"entries\": [{\"path\": 1}]}".getBytes(StandardCharsets.UTF_8));
        VerifyReport report = verify(rewrite(entries, "odd.tar.gz"));
        assertEquals(Set.of(Rule.MANIFEST_MISMATCH), rules(report));
        assertTrue(report.findings().get(0).file().endsWith("!" + Manifest.ENTRY_NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"data.tar.gz", "data.zip"})
    void entriesCarryingDataGetTheUsualRulesNamedArchiveBangPathWithoutTheData(String name) throws Exception {
        byte[] notebook = NOTEBOOK.getBytes(StandardCharsets.UTF_8);
        byte[] csv = ("id,name\n1001," + CUSTOMER + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = name.endsWith(".zip")
                ? HostileArchives.zip().file("analysis.ipynb", notebook).file("data/customers.csv", csv).toZip()
                : HostileArchives.tar().file("analysis.ipynb", notebook).file("data/customers.csv", csv).toTarGz();
        Path archive = out.resolve(name);
        Files.write(archive, bytes);
        VerifyReport report = verify(archive);
        Map<String, Set<String>> byFile = new LinkedHashMap<>();
        report.findings().forEach(f -> byFile.computeIfAbsent(f.file(), k -> new java.util.TreeSet<>()).add(f.rule().id()));
        assertTrue(byFile.get(archive + "!analysis.ipynb").containsAll(Set.of("output-stream", "execution-count")), byFile.toString());
        assertEquals(Set.of("data-file"), byFile.get(archive + "!data/customers.csv"));
        assertEquals(2, byFile.size(), byFile.toString());
        assertEquals(2, report.filesChecked());
        for (Finding finding : report.findings()) {
            // The archive's own path is a random temporary folder, which may hold "1001" by chance.
            String shown = finding.toString().replace(archive.toString(), "ARCHIVE");
            assertFalse(shown.contains(CUSTOMER), shown);
            assertFalse(shown.contains("1001"), shown);
        }
    }

    @Test
    void findingsKeepTheArchivesOrderWhateverEachEntryTakesToVerify() throws Exception {
        // Entries are verified on several threads (four, whatever the machine's cores): large
        // notebooks take long, small files no time.
        String output = "x".repeat(400_000);
        String large = NOTEBOOK.replace(CUSTOMER + ",1001\\n", output);
        HostileArchives.Tar tar = HostileArchives.tar();
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = i % 3 == 0 ? "n" + i + ".ipynb" : "data/f" + i + ".csv";
            tar.file(name, i % 3 == 0 ? large : "id,name\n" + i + ",x\n");
            expected.add(name);
            if (i == 20) {
                tar.symlink("link", "n0.ipynb");
                expected.add("link");
            }
        }
        Path archive = out.resolve("many.tar.gz");
        Files.write(archive, tar.toTarGz());
        BundleVerifier verifier = new BundleVerifier(Preset.EXPORT.policy(), ArchiveLimits.DEFAULTS, 4);
        VerifyReport report = verifier.verify(archive);
        List<String> files = report.findings().stream().map(Finding::file).distinct()
                .map(file -> file.substring(file.indexOf('!') + 1)).toList();
        assertEquals(expected, files);
        assertEquals(40, report.filesChecked());
        assertEquals(report.findings(), verifier.verify(archive).findings(), "the same report on every run");
    }

    @Test
    void anEntryTooLargeToHoldInMemoryIsVerifiedLikeTheSameFile() throws Exception {
        // Random letters: a run of one letter would compress past the ratio that stops reading.
        byte[] random = new byte[(EntryBuffer.IN_MEMORY + 1000) / 4 * 3];
        new java.util.Random(7).nextBytes(random);
        String large = NOTEBOOK.replace(CUSTOMER + ",1001\\n", java.util.Base64.getEncoder().encodeToString(random));
        Path archive = out.resolve("large.tar.gz");
        byte[] bigData = java.util.Base64.getEncoder().encode(random);
        Files.write(archive, HostileArchives.tar().file("big.ipynb", large).file("small.csv", "a,b\n1,2\n")
                .file("big.csv", bigData).toTarGz());
        Path file = Files.writeString(out.resolve("big.ipynb"), large);
        List<String> fromFile = Nbexport.verify(NotebookSource.of(file, "big.ipynb"), Preset.EXPORT.policy())
                .stream().map(f -> f.rule().id() + " " + f.size() + " " + f.hashPrefix()).toList();
        VerifyReport report = verify(archive);
        List<String> fromBundle = report.findings().stream().filter(f -> f.file().endsWith("!big.ipynb"))
                .filter(f -> f.rule() != Rule.ARCHIVE_NOTEBOOK_FORM)
                .map(f -> f.rule().id() + " " + f.size() + " " + f.hashPrefix()).toList();
        // Its outputs are not what the bundler writes either: spilled to disk, it is held to that form too.
        assertEquals(1, report.findings().stream()
                .filter(f -> f.file().endsWith("!big.ipynb") && f.rule() == Rule.ARCHIVE_NOTEBOOK_FORM).count());
        assertTrue(fromFile.stream().anyMatch(f -> f.startsWith("output-stream ")), fromFile.toString());
        assertEquals(fromFile, fromBundle);
        assertEquals(Set.of(Rule.DATA_FILE), report.findings().stream().filter(f -> f.file().endsWith("!small.csv"))
                .map(Finding::rule).collect(Collectors.toSet()));
        assertEquals(List.of("data-file " + bigData.length), report.findings().stream().filter(f -> f.file().endsWith("!big.csv"))
                .map(f -> f.rule().id() + " " + f.size()).toList());
    }

    @Test
    void aFailureOfTheRulesOnAnyThreadFailsTheVerifyAndLeavesNoThreadNorSpool(@TempDir Path spools) throws Exception {
        HostileArchives.Tar tar = HostileArchives.tar();
        for (int i = 0; i < 40; i++) {
            tar.file("f" + i + ".py", "x = " + i + "\n");
        }
        Path archive = out.resolve("broken-rules.tar.gz");
        Files.write(archive, tar.toTarGz());
        IllegalStateException broken = new IllegalStateException("a rule broke");
        EntryRules rules = (where, fileName, content, spilled) -> {
            if (fileName.equals("f7.py")) {
                throw broken;
            }
            return List.of();
        };
        BundleVerifier verifier = new BundleVerifier(Preset.EXPORT.policy(), ArchiveLimits.DEFAULTS, 2, rules, spools);
        assertSame(broken, assertThrows(IllegalStateException.class, () -> verifier.verify(archive)));
        try (var left = Files.list(spools)) {
            assertEquals(List.of(), left.toList());
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (verifierThreadsAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(verifierThreadsAlive());
    }

    private static boolean verifierThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("nbexport-verifier") && t.isAlive());
    }

    @Test
    void aNotebookIsVerifiedAsANotebookWhateverTheCaseOfItsExtension() throws Exception {
        Path archive = out.resolve("case.tar.gz");
        Files.write(archive, HostileArchives.tar().file("Analysis.IPYNB", NOTEBOOK).toTarGz());
        assertTrue(rules(verify(archive)).contains(Rule.OUTPUT_STREAM));
    }

    @Test
    void bundlesAreToldByTheirNames() {
        for (String name : List.of("a.tar.gz", "b.TGZ", "c.tar", "d.Zip", "dir/e.tar.gz")) {
            assertTrue(Nbexport.isBundle(Path.of(name)), name);
        }
        for (String name : List.of("a.ipynb", "b.gz", "c.tar.gz.sha256", "tar", "zip")) {
            assertFalse(Nbexport.isBundle(Path.of(name)), name);
        }
    }

    @Test
    void theVerifierJudgesByContentNotByName() throws Exception {
        Path archive = bundle("export.zip");
        Path misnamed = Files.copy(archive, out.resolve("export.tar.gz"));
        assertEquals(List.of(), verify(misnamed).findings());
    }

    @Test
    void entryNamesWithControlCharactersReachTheReportEscaped() throws Exception {
        Path archive = out.resolve("names.tar.gz");
        Files.write(archive, HostileArchives.tar().file("a\u001b]0;x\u0007.py", "x = 1\n").file("in\u200dvoice\u2028.csv", "id,name\n")
                .withoutManifest().toTarGz());
        List<Finding> findings = verify(archive).findings();
        assertFalse(findings.isEmpty());
        for (Finding finding : findings) {
            assertTrue(ControlCharacters.noneIn(finding.file()), finding.file());
        }
    }

    private Path rewrite(Map<String, byte[]> entries, String name) throws Exception {
        HostileArchives.Tar tar = HostileArchives.tar();
        byte[] manifest = entries.get(Manifest.ENTRY_NAME);
        if (manifest == null) {
            tar.withoutManifest();
        } else {
            tar.withManifest(manifest);
        }
        entries.forEach((path, content) -> {
            if (!path.equals(Manifest.ENTRY_NAME)) {
                tar.file(path, content);
            }
        });
        Path archive = out.resolve(name);
        Files.write(archive, tar.toTarGz());
        return archive;
    }
}
