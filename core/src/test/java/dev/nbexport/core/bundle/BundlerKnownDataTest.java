package dev.nbexport.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.files.NotebookFiles;
import dev.nbexport.core.known.KnownValues;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.Severity;
import dev.nbexport.fixtures.OpenDocumentWriter;
import dev.nbexport.fixtures.ProjectTree;
import dev.nbexport.fixtures.WorkbookWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's data file protects itself: what leaves may not name the customers it holds. */
class BundlerKnownDataTest {

    private static final String NAMES = "The failed batch affected Amara Adeyemi, Bjorn Lindgren and Chiara Bianchi.\n";
    private static final String NOTEBOOK = "{\"cells\": [{\"cell_type\": \"markdown\", \"id\": \"a\", \"metadata\": {},"
            + " \"source\": [\"# Review\\n\", \"Call back %s today.\"]}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";

    @TempDir
    Path project;
    @TempDir
    Path out;

    private ProjectTree tree() {
        return new ProjectTree(project);
    }

    private String customers() {
        StringBuilder csv = new StringBuilder("id,name,city,segment,amount\n");
        String[] names = {"Amara Adeyemi", "Bjorn Lindgren", "Chiara Bianchi", "Dmitri Volkov", "Esther Cohen",
            "Fatima Al-Sayed", "Goran Petrovic", "Hana Suzuki", "Ismail Karim", "Joanna Nowak", "Kenji Watanabe",
            "Lucia Fernandez"};
        String[] cities = {"New York", "Lyon", "San Francisco"};
        for (int i = 0; i < names.length; i++) {
            csv.append(100231 + 7 * i).append(',').append(names[i]).append(',').append(cities[i % 3]).append(",retail,")
                    .append(100 + i).append(".50\n");
        }
        return csv.toString();
    }

    private BundleResult bundle() throws Exception {
        return new Bundler(Preset.EXPORT.policy(), ArchiveFormat.TAR_GZ, Bundler.DEFAULT_TIME, 1)
                .bundle(project, List.of(), out.resolve("export.tar.gz"));
    }

    /** What {@code verify --preset export --all-files} finds in the project. */
    private List<Finding> verifyAllFiles() throws Exception {
        List<Path> files = NotebookFiles.find(List.of(project), true);
        KnownValues known = Nbexport.knownValues(files, List.of());
        List<Finding> findings = new ArrayList<>();
        for (Path file : files) {
            findings.addAll(Nbexport.verifyFile(file, Preset.EXPORT.policy(), known));
        }
        return findings;
    }

    private static List<Finding> knownData(List<Finding> findings) {
        return findings.stream().filter(f -> f.rule() == Rule.KNOWN_DATA).toList();
    }

    @Test
    void notesNamingThreeCustomersOfTheDataLeftHomeAreRefusedByBundleAndVerify() throws Exception {
        tree().write("data/customers.csv", customers());
        tree().write("notes.md", "# Incident\n\n" + NAMES);
        tree().write("clean.py", "import pandas as pd\ndf = pd.read_csv('data/customers.csv')\n");

        BundleResult result = bundle();
        assertTrue(result.archive().isEmpty());
        List<Finding> found = knownData(result.report().findings());
        assertEquals(1, found.size(), found.toString());
        Finding finding = found.get(0);
        assertEquals("notes.md", finding.file());
        assertEquals(3, finding.line());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("3 values of data/customers.csv (column name) appear here", finding.message());
        assertFalse(finding.toString().contains("Amara"));
        assertEquals("known data: 12 values from 1 file", result.knownValues().summary());

        List<Finding> verified = knownData(verifyAllFiles());
        assertEquals(1, verified.size(), verified.toString());
        assertTrue(verified.get(0).file().endsWith("notes.md"));
    }

    @Test
    void aWorkbookLeftHomeRefusesNotesNamingTwoOfItsCustomersInBundleAndVerify() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (String line : customers().split("\n")) {
            rows.add(List.of((Object[]) line.split(",")));
        }
        new WorkbookWriter().sheet("Customers", rows).write(project.resolve("data/customers.xlsx"));
        tree().write("notes.md", "# Incident\n\nBjorn Lindgren and Chiara Bianchi called.\n");

        BundleResult result = bundle();
        assertTrue(result.archive().isEmpty());
        List<Finding> found = knownData(result.report().findings());
        assertEquals(1, found.size(), found.toString());
        assertEquals("notes.md", found.get(0).file());
        assertEquals("2 values of data/customers.xlsx (sheet Customers, column name) appear here", found.get(0).message());
        assertEquals("known data: 12 values from 1 file", result.knownValues().summary());

        List<Finding> verified = knownData(verifyAllFiles());
        assertEquals(1, verified.size(), verified.toString());
        assertTrue(verified.get(0).message().endsWith("customers.xlsx (sheet Customers, column name) appear here"),
                verified.get(0).message());
    }

    @Test
    void anOpenDocumentSpreadsheetLeftHomeRefusesNotesNamingTwoOfItsCustomersInBundleAndVerify() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (String line : customers().split("\n")) {
            rows.add(List.of((Object[]) line.split(",")));
        }
        new OpenDocumentWriter().sheet("Customers", rows).write(project.resolve("data/customers.ods"));
        tree().write("notes.md", "# Incident\n\nBjorn Lindgren and Chiara Bianchi called.\n");

        BundleResult result = bundle();
        assertTrue(result.archive().isEmpty());
        List<Finding> found = knownData(result.report().findings());
        assertEquals(1, found.size(), found.toString());
        assertEquals("2 values of data/customers.ods (sheet Customers, column name) appear here", found.get(0).message());
        assertEquals("known data: 12 values from 1 file", result.knownValues().summary());

        List<Finding> verified = knownData(verifyAllFiles());
        assertEquals(1, verified.size(), verified.toString());
        assertTrue(verified.get(0).message().endsWith("customers.ods (sheet Customers, column name) appear here"),
                verified.get(0).message());
    }

    @Test
    void theSameNotesPassOnceTheNamesAreTaken() throws Exception {
        tree().write("data/customers.csv", customers());
        tree().write("notes.md", "# Incident\n\nThe failed batch affected three customers in New York and Lyon (see the CRM).\n");
        assertTrue(bundle().archive().isPresent());
        assertEquals(List.of(), knownData(verifyAllFiles()));
    }

    @Test
    void withoutTheDataFileTheSameNotesPass() throws Exception {
        tree().write("notes.md", "# Incident\n\n" + NAMES);
        BundleResult result = bundle();
        assertTrue(result.archive().isPresent(), result.report().findings().toString());
        assertTrue(result.knownValues().isEmpty());
        assertEquals(List.of(), knownData(verifyAllFiles()));
    }

    @Test
    void aNotebookCellHoldingACustomerIsRefused() throws Exception {
        tree().write("data/customers.csv", customers());
        tree().write("review.ipynb", NOTEBOOK.formatted("Dmitri Volkov"));
        List<Finding> found = knownData(bundle().report().findings());
        assertEquals(1, found.size(), found.toString());
        assertEquals("review.ipynb", found.get(0).file());
        assertEquals(0, found.get(0).cellIndex());
        assertEquals("1 value of data/customers.csv (column name) appears here", found.get(0).message());
    }

    @Test
    void aFileNamedForACustomerIsRefusedInTheManifest() throws Exception {
        tree().write("data/customers.csv", customers());
        tree().write("reports/Esther Cohen.md", "# Statement\n");
        BundleResult result = bundle();
        assertTrue(result.archive().isEmpty());
        List<Finding> found = knownData(result.report().findings());
        assertEquals(List.of("NBEXPORT-MANIFEST.json (entry paths)"), found.stream().map(Finding::file).toList(), found.toString());
    }

    @Test
    void dataKeptElsewhereIsNamedWithKnownData() throws Exception {
        Path crm = new ProjectTree(out).write("crm/customers.csv", customers());
        tree().write("notes.md", "# Incident\n\n" + NAMES);
        BundleResult result = new Bundler(Preset.EXPORT.policy(), ArchiveFormat.TAR_GZ, Bundler.DEFAULT_TIME, 1)
                .withKnownData(List.of(crm.getParent()))
                .bundle(project, List.of(), out.resolve("export.tar.gz"));
        assertTrue(result.archive().isEmpty());
        assertEquals(1, knownData(result.report().findings()).size());
        assertTrue(Files.exists(crm));
    }
    @Test
    void aCustomersRowANotebookPrintedIsRefusedWhenTheOutputsAreKept() throws Exception {
        tree().write("data/customers.csv", customers());
        tree().write("review.ipynb", "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"a\","
                + " \"metadata\": {}, \"outputs\": [{\"name\": \"stdout\", \"output_type\": \"stream\","
                + " \"text\": [\"100259,Esther Cohen,Lyon\\n\"]}], \"source\": [\"print(df.loc[4])\"]}],"
                + " \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
        Policy keeping = Policy.builder(Preset.EXPORT).keepOutput(true).build();

        BundleResult result = new Bundler(keeping, ArchiveFormat.TAR_GZ, Bundler.DEFAULT_TIME, 1)
                .bundle(project, List.of(), out.resolve("export.tar.gz"));

        assertTrue(result.archive().isEmpty());
        List<Finding> found = knownData(result.report().findings());
        assertEquals(List.of("/cells/0/outputs/0/text"), found.stream().map(Finding::pointer).toList(), found.toString());
        assertEquals("1 value of data/customers.csv (column name) appears here", found.get(0).message());
        assertTrue(bundle().archive().isPresent(), "stripped under the export preset, the output is gone");
    }
}
