package dev.nbexport.core.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nbexport.core.Nbexport;
import dev.nbexport.core.io.Sha256;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.policy.VerifySettings;
import dev.nbexport.core.report.VerifyReport;
import dev.nbexport.fixtures.ArchiveContents;
import dev.nbexport.fixtures.ProjectTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundlerTest {

    private static final String NOTEBOOK = "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": 3, \"id\": \"a\","
            + " \"metadata\": {\"ExecuteTime\": {}}, \"outputs\": [{\"name\": \"stdout\", \"output_type\": \"stream\","
            + " \"text\": \"Jane Example,1001\\n\"}], \"source\": \"print(df.head())\"}], \"metadata\": {\"kernelspec\":"
            + " {\"name\": \"python3\"}}, \"nbformat\": 4, \"nbformat_minor\": 5}";

    @TempDir
    Path project;
    @TempDir
    Path out;

    @BeforeEach
    void realisticProject() throws Exception {
        write("analysis.ipynb", NOTEBOOK);
        write("r/model.ipynb", NOTEBOOK.replace("python3", "ir"));
        write("src/clean.py", "import pandas as pd\n");
        write("requirements.txt", "pandas==2.2\n");
        write("README.md", "# Churn\n");
        write("data/customers.csv", "id,name\n1001,Jane Example\n");
        Files.write(project.resolve("data/sales.parquet"), new byte[] {'P', 'A', 'R', '1', 0, 0});
        Files.write(project.resolve("src/cache.txt"), new byte[] {'P', 'A', 'R', '1', 0, 0});
        write(".ipynb_checkpoints/analysis-checkpoint.ipynb", NOTEBOOK);
        // JupyterLab's language server keeps each open notebook's code here, as text under the notebook's name.
        write(".virtual_documents/analysis.ipynb", "import pandas as pd\nprint(df.head())\n");
        Files.write(project.resolve(".RData"), new byte[] {'R', 'D', 'X', '3', '\n', 0});
        write("report.nb.html", "<html>Jane Example</html>");
        write("scratch/notes.md", "private notes\n");
        write(".nbexportignore", "scratch/\n");
    }

    private void write(String name, String content) {
        new ProjectTree(project).write(name, content);
    }

    private BundleResult bundle(String name) throws Exception {
        return new Bundler(Preset.EXPORT.policy(), ArchiveFormat.ofBundleName(name).orElseThrow(), Bundler.DEFAULT_TIME)
                .bundle(project, List.of(), out.resolve(name));
    }

    @Test
    void takesOnlySourceAndSaysWhyEverythingElseStayedHome() throws Exception {
        BundleResult result = bundle("export.tar.gz");
        assertTrue(result.archive().isPresent());
        try (var files = Files.list(out)) {
            assertEquals(List.of("export.tar.gz", "export.tar.gz.sha256"),
                    files.map(file -> file.getFileName().toString()).sorted().toList(), "no temporary file left beside the bundle");
        }
        Map<String, byte[]> entries = ArchiveContents.ofTarGz(out.resolve("export.tar.gz"));
        assertEquals(List.of(Manifest.ENTRY_NAME, ".nbexportignore", "README.md", "analysis.ipynb", "r/model.ipynb", "requirements.txt",
                "src/clean.py"), new ArrayList<>(entries.keySet()));
        String notebook = new String(entries.get("analysis.ipynb"), StandardCharsets.UTF_8);
        assertFalse(notebook.contains("Jane Example"));
        assertFalse(notebook.contains("ExecuteTime"));
        Map<String, String> excluded = new LinkedHashMap<>();
        result.selection().excluded().forEach(e -> excluded.put(e.path(), e.reason()));
        assertTrue(excluded.get(".ipynb_checkpoints/").startsWith("Jupyter checkpoint"));
        assertTrue(excluded.get(".virtual_documents/").startsWith("JupyterLab's language-server copies"));
        assertTrue(excluded.get("data/customers.csv").startsWith("data"));
        assertTrue(excluded.get("data/sales.parquet").contains("Parquet"));
        assertTrue(excluded.get("src/cache.txt").contains("Parquet"), "data recognised by content whatever its name");
        assertTrue(excluded.get(".RData").startsWith("data"));
        assertTrue(excluded.get("report.nb.html").startsWith("a rendering"));
        assertEquals("excluded by pattern 'scratch/'", excluded.get("scratch/"));
        JsonNode manifest = Manifest.read(entries.get(Manifest.ENTRY_NAME));
        assertEquals("export", manifest.at("/policy/preset").asText());
        assertEquals(6, manifest.get("entries").size());
        assertEquals(1, manifest.at("/entries/2/stripped/outputs").asInt());
        assertEquals(excluded.size(), manifest.get("excluded").size());
        String checksum = Files.readString(out.resolve("export.tar.gz.sha256"));
        assertEquals(Sha256.ofFile(out.resolve("export.tar.gz")) + "  export.tar.gz\n", checksum);
    }

    @Test
    void aBundleWhoseNameNearlyFillsTheFileSystemsLimitIsWritten() throws Exception {
        // 247 bytes, and its checksum file's 254: a name may have 255.
        String name = "b".repeat(240) + ".tar.gz";

        assertTrue(bundle(name).archive().isPresent());

        try (var files = Files.list(out)) {
            assertEquals(List.of(name, name + ".sha256"), files.map(file -> file.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void codeNotInUtf8StaysHomeSayingWhatToConvert() throws Exception {
        Files.createDirectories(project.resolve("src"));
        Files.write(project.resolve("src/names.py"), "name = \"J\u00fcrgen M\u00fcller\"\n".getBytes(StandardCharsets.ISO_8859_1));
        BundleResult result = bundle("export.tar.gz");

        assertEquals("not UTF-8 text: it looks like Latin-1 (or Windows-1252); convert it to UTF-8", result.selection().excluded()
                .stream().filter(e -> e.path().equals("src/names.py")).findFirst().orElseThrow().reason());
    }

    @Test
    void aJvmProjectComesBackWithWhatBuildsIt() throws Exception {
        write("pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>\n");
        write("mvnw", "#!/bin/sh\n");
        write(".mvn/wrapper/maven-wrapper.properties", "distributionUrl=https://repo.maven.apache.org/x.zip\n");
        write("app/build.gradle.kts", "plugins { java }\n");
        write("app/src/main/java/App.java", "class App {}\n");
        write("app/src/main/resources/customers.xml", "<customers><c>Jane Example</c></customers>\n");
        BundleResult result = bundle("export.tar.gz");

        Map<String, byte[]> entries = ArchiveContents.ofTarGz(out.resolve("export.tar.gz"));
        for (String built : List.of("pom.xml", "mvnw", ".mvn/wrapper/maven-wrapper.properties", "app/build.gradle.kts",
                "app/src/main/java/App.java")) {
            assertTrue(entries.containsKey(built), built);
        }
        assertTrue(result.selection().excluded().stream().anyMatch(e -> e.path().equals("app/src/main/resources/customers.xml")),
                "other XML stays home: it may be data");
    }

    @Test
    void theSourcesAroundTheNotebooksOfDataScienceComeBackToo() throws Exception {
        List<String> sources = List.of("churn.Rproj", "src/fit.cpp", "src/fit.h", "models/churn.stan", "workflow/Snakefile",
                "workflow/rules/clean.smk", "main.nf", "ado/clean.ado", "NEWS", "MANIFEST.in");
        for (String source : sources) {
            write(source, "x\n");
        }
        bundle("export.tar.gz");
        Map<String, byte[]> entries = ArchiveContents.ofTarGz(out.resolve("export.tar.gz"));
        for (String source : sources) {
            assertTrue(entries.containsKey(source), source);
        }
    }

    @Test
    void aNotebookIsStrippedWhateverTheCaseOfItsExtension() throws Exception {
        write("Report.IPYNB", NOTEBOOK);
        bundle("export.tar.gz");
        String notebook = new String(ArchiveContents.ofTarGz(out.resolve("export.tar.gz")).get("Report.IPYNB"), StandardCharsets.UTF_8);
        assertFalse(notebook.contains("Jane Example"));
        assertFalse(notebook.contains("ExecuteTime"));
    }

    @Test
    void aListenerHearsTheSelectionThenEachCheckedFile() throws Exception {
        List<String> heard = new ArrayList<>();
        new Bundler(Preset.EXPORT.policy(), ArchiveFormat.TAR_GZ, Bundler.DEFAULT_TIME).bundle(project, List.of(),
                out.resolve("heard.tar.gz"), new BundleListener() {
                    @Override
                    public void selected(Selection selection) {
                        heard.add("selected " + selection.included().size());
                    }

                    @Override
                    public void checked(Selection.Included file) {
                        heard.add(file.entryName());
                    }
                });

        assertEquals(List.of("selected 6", ".nbexportignore", "README.md", "analysis.ipynb", "r/model.ipynb",
                "requirements.txt", "src/clean.py"), heard);
    }

    @Test
    void directoriesOutsideTheTreeAreNeitherTakenNorListedSoTheirContentDoesNotChangeTheBytes() throws Exception {
        Bundler bundler = new Bundler(Preset.EXPORT.policy(), ArchiveFormat.TAR_GZ, Bundler.DEFAULT_TIME);
        List<Path> outside = List.of(project.resolve("target"), project.resolve("module/build"));
        bundler.bundle(project, List.of(), outside, out.resolve("before.tar.gz"), BundleListener.NONE);
        write("target/nbexport/verify.txt", "0 files checked\n");
        write("module/build/generated/Generated.java", "class Generated {}\n");

        BundleResult result = bundler.bundle(project, List.of(), outside, out.resolve("after.tar.gz"), BundleListener.NONE);

        assertTrue(result.selection().excluded().stream().noneMatch(e -> e.path().startsWith("target") || e.path().startsWith("module/")),
                () -> "listed: " + result.selection().excluded());
        assertArrayEquals(Files.readAllBytes(out.resolve("before.tar.gz")), Files.readAllBytes(out.resolve("after.tar.gz")));
    }

    @Test
    void aProjectNamedThroughALinkIsBundledAsItsTarget(@TempDir Path home) throws Exception {
        Bundler bundler = new Bundler(Preset.EXPORT.policy(), ArchiveFormat.TAR_GZ, Bundler.DEFAULT_TIME);
        Path linked = Files.createSymbolicLink(home.resolve("churn"), project);
        List<Path> outside = List.of(linked.resolve("scratch"));
        bundler.bundle(project, List.of(), List.of(project.resolve("scratch")), out.resolve("direct.tar.gz"), BundleListener.NONE);

        BundleResult result = bundler.bundle(linked, List.of(), outside, out.resolve("linked.tar.gz"), BundleListener.NONE);

        assertTrue(result.selection().included().size() > 1, () -> "taken: " + result.selection().included());
        assertArrayEquals(Files.readAllBytes(out.resolve("direct.tar.gz")), Files.readAllBytes(out.resolve("linked.tar.gz")));
    }

    @Test
    void bundlingTwiceGivesIdenticalBytesInEveryFormat() throws Exception {
        for (String name : List.of("a.tar.gz", "a.zip", "a.tar")) {
            bundle(name);
            byte[] first = Files.readAllBytes(out.resolve(name));
            Files.setLastModifiedTime(project.resolve("README.md"), FileTime.fromMillis(0));
            bundle(name);
            assertArrayEquals(first, Files.readAllBytes(out.resolve(name)), name);
        }
    }

    @Test
    void aBundleOfTheSameBytesIsLeftAsItWasAndAnotherReplacesIt() throws Exception {
        Path archive = out.resolve("export.tar.gz");
        bundle("export.tar.gz");
        FileTime made = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(archive, made);
        Object inode = Files.readAttributes(archive, BasicFileAttributes.class).fileKey();

        bundle("export.tar.gz");
        assertEquals(made, Files.getLastModifiedTime(archive), "the same bytes: not rewritten");
        assertEquals(inode, Files.readAttributes(archive, BasicFileAttributes.class).fileKey());

        write("src/clean.py", "import numpy as np\n");
        bundle("export.tar.gz");
        assertNotEquals(made, Files.getLastModifiedTime(archive));
        assertTrue(ArchiveContents.ofTarGz(archive).containsKey("src/clean.py"));
        assertEquals(Sha256.ofFile(archive) + "  export.tar.gz\n", Files.readString(out.resolve("export.tar.gz.sha256")));
        try (var files = Files.list(out)) {
            assertEquals(2, files.count(), "no temporary file left beside the bundle");
        }
    }

    @Test
    void aBundleWrittenInsideTheTreeIsNotPartOfItSoARebuildGivesTheSameBytes() throws Exception {
        Bundler bundler = new Bundler(Preset.EXPORT.policy(), ArchiveFormat.TAR_GZ, Bundler.DEFAULT_TIME);
        Path archive = project.resolve("export.tar.gz");
        bundler.bundle(project, List.of(), archive);
        byte[] first = Files.readAllBytes(archive);

        BundleResult again = bundler.bundle(project, List.of(), archive);

        assertTrue(again.selection().excluded().stream().noneMatch(e -> e.path().startsWith("export.tar.gz")),
                () -> "listed: " + again.selection().excluded());
        assertArrayEquals(first, Files.readAllBytes(archive));
    }

    @Test
    void theNumberOfJobsDoesNotChangeTheBytes() throws Exception {
        byte[] previous = null;
        for (int jobs : new int[] {1, 2, 5}) {
            Path archive = out.resolve("jobs-" + jobs + ".tar.gz");
            new Bundler(Preset.EXPORT.policy(), ArchiveFormat.TAR_GZ, Bundler.DEFAULT_TIME, jobs).bundle(project, List.of(), archive);
            byte[] bytes = Files.readAllBytes(archive);
            if (previous != null) {
                assertArrayEquals(previous, bytes, jobs + " jobs");
            }
            previous = bytes;
        }
    }

    @Test
    void tarEntriesCarryNoOwnerTimeOrModeOfTheMachine() throws Exception {
        bundle("export.tar");
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(out.resolve("export.tar")))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                assertEquals(0, entry.getLongUserId());
                assertEquals("", entry.getUserName());
                assertEquals(0100644, entry.getMode());
                assertEquals(Bundler.DEFAULT_TIME.toEpochMilli(), entry.getModTime().getTime());
            }
        }
    }

    @Test
    void aNotebookThatCannotBeMadeCleanStopsTheBundleAndNothingIsWritten() throws Exception {
        write("odd.ipynb", NOTEBOOK.replace("\"cell_type\": \"code\"", "\"cell_type\": \"sql\""));
        write("broken.ipynb", "{\"cells\": [");
        BundleResult result = bundle("export.zip");
        assertTrue(result.archive().isEmpty());
        assertEquals(List.of("broken.ipynb", "odd.ipynb"), result.report().findings().stream().map(f -> f.file()).toList());
        try (var files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void filesNamedPerCustomerStopTheBundleWhetherTakenOrLeftHome() throws Exception {
        for (int i = 0; i < 30; i++) {
            String person = (100231 + 7 * i) + "_" + new String[] {"Ann", "Bob", "Carla", "David", "Elena", "Farid"}[i % 6] + "_"
                    + new String[] {"Lee", "Moreau", "Schmidt", "Okafor", "Rossi", "Haddad", "Novak"}[i % 7] + "x".repeat(i / 7);
            write("output/" + person + ".ipynb", NOTEBOOK);
            write("exports/" + person + ".csv", "id,amount\n1,2\n");
        }
        BundleResult result = bundle("export.tar.gz");
        assertTrue(result.archive().isEmpty());
        assertEquals(List.of("NBEXPORT-MANIFEST.json (entry paths)", "NBEXPORT-MANIFEST.json (excluded paths)"), namedInManifest(result.report()));
        assertTrue(result.report().findings().stream().noneMatch(f -> f.toString().contains("Moreau")));

        // Let through where bundled (a flag of whoever bundles), the gate still refuses the names.
        Policy lenient = Policy.builder(Preset.EXPORT).verify(new VerifySettings(Map.of("inline-table", "warning"), Map.of())).build();
        Path archive = new Bundler(lenient, ArchiveFormat.TAR_GZ, Bundler.DEFAULT_TIME).bundle(project, List.of(), out.resolve("b.tar.gz"))
                .archive().orElseThrow();
        VerifyReport gate = Nbexport.verifyBundle(archive, Preset.EXPORT.policy());
        assertEquals(List.of(archive + "!NBEXPORT-MANIFEST.json (entry paths)", archive + "!NBEXPORT-MANIFEST.json (excluded paths)"),
                namedInManifest(gate));
        assertFalse(gate.passes(false));
    }

    private static List<String> namedInManifest(VerifyReport report) {
        return report.findings().stream().filter(f -> f.rule().id().equals("inline-table")).map(f -> f.file()).toList();
    }

    @Test
    void zipBundlesHoldTheSameEntries() throws Exception {
        bundle("export.zip");
        List<String> names = new ArrayList<>();
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(Files.newInputStream(out.resolve("export.zip")))) {
            for (ArchiveEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        assertEquals(7, names.size());
        assertEquals(Manifest.ENTRY_NAME, names.get(0));
    }
}
