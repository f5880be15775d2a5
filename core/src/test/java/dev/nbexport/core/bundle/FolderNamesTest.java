package dev.nbexport.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.known.KnownValues;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Severity;
import dev.nbexport.fixtures.ProjectTree;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder's verify judges the names a bundle of it would list, as the bundle judges them: what
 * the bundle refuses for its manifest's paths, the folder's verify reports beforehand, at the folder,
 * by list, count, size and hash; what the bundle takes, it lets pass.
 */
class FolderNamesTest {

    private static final String NOTEBOOK = "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"a\","
            + " \"metadata\": {}, \"outputs\": [], \"source\": \"report()\"}], \"metadata\": {\"kernelspec\":"
            + " {\"display_name\": \"Python 3\", \"language\": \"python\", \"name\": \"python3\"}}, \"nbformat\": 4,"
            + " \"nbformat_minor\": 5}";
    private static final String[] FIRST = {"Ann", "Bob", "Carla", "David", "Elena", "Farid"};
    private static final String[] LAST = {"Lee", "Moreau", "Schmidt", "Okafor", "Rossi", "Haddad", "Novak"};

    @TempDir
    Path project;
    @TempDir
    Path out;

    private static String person(int i) {
        return (100231 + 7 * i) + "_" + FIRST[i % FIRST.length] + "_" + LAST[i % LAST.length] + "x".repeat(i / LAST.length);
    }

    private void write(String name, String content) {
        new ProjectTree(project).write(name, content);
    }

    private void realisticProject() {
        write("analysis.ipynb", NOTEBOOK);
        write("notebooks/01_Getting_Started.ipynb", NOTEBOOK);
        write("src/clean.py", "import pandas as pd\n");
        write("README.md", "# Churn\n");
        write("data/customers.csv", "id,name\n1001,Jane Example\n");
        write(".nbexportignore", "scratch/\n");
    }

    private List<Finding> folder(Policy policy, boolean allFiles) throws Exception {
        return Nbexport.verifyFolderNames(project, policy, allFiles, KnownValues.NONE);
    }

    /** The bundle's findings in its manifest's paths, as (list, rule, size, hash). */
    private List<String> bundled() throws Exception {
        BundleResult result = new Bundler(Preset.EXPORT.policy(), ArchiveFormat.TAR_GZ, Bundler.DEFAULT_TIME)
                .bundle(project, List.of(), out.resolve("export.tar.gz"));
        return result.report().findings().stream().filter(f -> f.file().startsWith(Manifest.ENTRY_NAME + " ("))
                .map(f -> f.file().substring(Manifest.ENTRY_NAME.length() + 2, f.file().length() - 1) + " " + shown(f))
                .toList();
    }

    private static String shown(Finding finding) {
        return finding.rule().id() + " " + finding.size() + " " + finding.hashPrefix();
    }

    @Test
    void notebooksAndDataNamedPerCustomerAreReportedAsTheBundleRefusesThem() throws Exception {
        realisticProject();
        for (int i = 0; i < 30; i++) {
            write("output/" + person(i) + ".ipynb", NOTEBOOK);
            write("exports/" + person(i) + ".csv", "id,amount\n1,2\n");
        }
        List<Finding> found = folder(Preset.EXPORT.policy(), true);
        assertEquals(List.of(project + " (entry paths, as a bundle of it lists them)",
                project + " (paths left home, as a bundle of it lists them)"), found.stream().map(Finding::file).toList());
        assertEquals(List.of("a list of 30 file names holding people's names", "a list of 30 file names holding people's names"),
                found.stream().map(Finding::message).toList());
        assertTrue(found.stream().allMatch(f -> f.severity() == Severity.ERROR && f.line() == -1 && f.sha256().length() == 8),
                "at the folder, by hash prefix only: a name is changed, not accepted");
        assertTrue(found.stream().noneMatch(f -> f.toString().contains("Moreau")), "never a name");
        assertEquals(List.of("entry paths " + shown(found.get(0)), "excluded paths " + shown(found.get(1))), bundled(),
                "the same lists, the same hashes, as the bundle's");
    }

    @Test
    void withoutAllFilesTheNotebooksNamesAreJudgedUnderTheFoldersPolicy() throws Exception {
        realisticProject();
        for (int i = 0; i < 30; i++) {
            write("output/" + person(i) + ".ipynb", NOTEBOOK);
            write("exports/" + person(i) + ".csv", "id,amount\n1,2\n");
        }
        List<Finding> found = folder(Preset.NBSTRIPOUT.policy(), false);
        assertEquals(List.of(project + " (entry paths, as a bundle of it lists them)"), found.stream().map(Finding::file).toList());
        assertEquals(Severity.WARNING, found.get(0).severity(), "a pasted table's severity under the commit preset");
        assertEquals(List.of(), folder(Preset.NBSTRIPOUT.policy(), false).stream()
                .filter(f -> f.file().contains("left home")).toList(), "files a verify without --all-files does not read");
    }

    @Test
    void dataLeftHomeUnderCustomersNamesIsReportedWithAllFilesOnly() throws Exception {
        realisticProject();
        for (int i = 0; i < 30; i++) {
            write("exports/" + person(i) + ".csv", "id,amount\n1,2\n");
        }
        assertEquals(List.of(project + " (paths left home, as a bundle of it lists them)"),
                folder(Preset.EXPORT.policy(), true).stream().map(Finding::file).toList());
        assertEquals(List.of(), folder(Preset.EXPORT.policy(), false));
    }

    @Test
    void anOrdinaryProjectsNamesPassAsTheBundleTakesThem() throws Exception {
        realisticProject();
        for (int i = 0; i < 30; i++) {
            write("runs/" + (20240301 + i) + "_Weekly_Report.ipynb", NOTEBOOK);
            write("data/" + FIRST[i % FIRST.length] + "_" + LAST[i % LAST.length] + i + ".geojson", "{}\n");
        }
        assertEquals(List.of(), folder(Preset.EXPORT.policy(), true));
        assertEquals(List.of(), folder(Preset.EXPORT.policy(), false));
        assertEquals(List.of(), bundled());
    }

    @Test
    void aFewReportsNamedAfterCustomersOfTheSitesDataAreReportedAsTheBundleRefusesThem() throws Exception {
        realisticProject();
        StringBuilder customers = new StringBuilder("id,name\n");
        for (int i = 0; i < 12; i++) {
            customers.append(100231 + 7 * i).append(',').append(FIRST[i % FIRST.length]).append(' ').append(LAST[i % LAST.length]).append('\n');
        }
        write("data/customers.csv", customers.toString());
        for (int i = 0; i < 3; i++) {
            write("reports/" + FIRST[i] + " " + LAST[i] + ".ipynb", NOTEBOOK);
        }
        Path csv = project.resolve("data/customers.csv");
        List<Finding> found = Nbexport.verifyFolderNames(project, Preset.EXPORT.policy(), true, Nbexport.knownValues(List.of(csv), List.of()));
        assertEquals(List.of("known-data"), found.stream().map(f -> f.rule().id()).toList());
        assertEquals(project + " (entry paths, as a bundle of it lists them)", found.get(0).file());
        assertTrue(found.stream().noneMatch(f -> f.toString().contains("Moreau")), "never a name");
        assertEquals(List.of("entry paths " + shown(found.get(0))), bundled(), "the same list, the same hash, as the bundle's");
        assertEquals(List.of(), folder(Preset.EXPORT.policy(), true), "three names are no list of people by their shape alone");
    }

    @Test
    void fewerFilesThanATablesRowsPass() throws Exception {
        for (int i = 0; i < 24; i++) {
            write("output/" + person(i) + ".ipynb", NOTEBOOK);
        }
        assertEquals(List.of(), folder(Preset.EXPORT.policy(), true));
        assertEquals(List.of(), bundled());
    }
}
