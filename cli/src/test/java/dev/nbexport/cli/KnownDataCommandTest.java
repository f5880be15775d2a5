package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.fixtures.HostileWorkbooks;
import dev.nbexport.fixtures.ProjectTree;
import dev.nbexport.fixtures.WorkbookWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --known-data} on bundle and verify: data kept elsewhere refuses what names its people, never echoed. */
class KnownDataCommandTest {

    @TempDir
    Path dir;

    private static final List<String> CUSTOMERS = customers();

    private static List<String> customers() {
        String[] names = {"Amara Adeyemi", "Bjorn Lindgren", "Chiara Bianchi", "Dmitri Volkov", "Esther Cohen",
            "Fatima Al-Sayed", "Goran Petrovic", "Hana Suzuki", "Ismail Karim", "Joanna Nowak"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            lines.add((100231 + 7 * i) + ";" + names[i] + ";New York");
        }
        return lines;
    }

    private Path crm() {
        return new ProjectTree(dir).write("crm/export.csv", "customer_id;full_name;city\n" + String.join("\n", CUSTOMERS) + "\n");
    }

    @Test
    void bundleAndVerifyRefuseNotesNamingCustomersOfTheDataNamed() throws Exception {
        Path crm = crm();
        Path project = dir.resolve("project");
        new ProjectTree(project).write("notes.md", "# Incident\n\nEsther Cohen and HANA  SUZUKI called from New York.\n");

        Cli.Result bundle = Cli.run("bundle", project.toString(), "-o", dir.resolve("export.tar.gz").toString(),
                "--known-data", crm.toString());
        assertEquals(1, bundle.exitCode(), bundle.stderr());
        assertTrue(bundle.out().contains("known data: 10 values from 1 file"), bundle.out());
        assertTrue(bundle.out().contains("known-data         line 3: 2 values of " + crm + " (column full_name) appear here"),
                bundle.out());
        assertFalse(Files.exists(dir.resolve("export.tar.gz")));

        Cli.Result verify = Cli.run("verify", "--preset", "export", "--all-files", "--known-data", crm.getParent().toString(),
                project.toString());
        assertEquals(1, verify.exitCode(), verify.stderr());
        assertTrue(verify.stderr().contains("known data: 10 values from 1 file"), verify.stderr());
        for (String shown : new String[] {bundle.out(), bundle.stderr(), verify.out(), verify.stderr()}) {
            assertFalse(shown.contains("Cohen") || shown.contains("Suzuki") || shown.contains("uzuki"), shown);
        }

        assertEquals(0, Cli.run("verify", "--preset", "export", "--all-files", project.toString()).exitCode(),
                "without the data, nothing is known");
    }

    /** The customers of {@link #crm} as a workbook's sheet, ids stored as numbers. */
    private static WorkbookWriter crmWorkbook() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("customer_id", "full_name", "city"));
        for (String line : CUSTOMERS) {
            String[] fields = line.split(";");
            rows.add(List.of(Integer.parseInt(fields[0]), fields[1], fields[2]));
        }
        return new WorkbookWriter().sheet("Customers", rows);
    }

    @Test
    void aWorkbookLeftHomeOrNamedRefusesNotesNamingItsCustomers() throws Exception {
        Path project = dir.resolve("project");
        crmWorkbook().write(project.resolve("data/customers.xlsx"));
        new ProjectTree(project).write("notes.md", "# Incident\n\nEsther Cohen and HANA  SUZUKI called from New York.\n");

        Cli.Result bundle = Cli.run("bundle", project.toString(), "-o", dir.resolve("export.tar.gz").toString());
        assertEquals(1, bundle.exitCode(), bundle.stderr());
        assertTrue(bundle.out().contains("  data/customers.xlsx  data (xlsx file)\nknown data: 10 values from 1 file\n"), bundle.out());
        assertTrue(bundle.out().contains("known-data         line 3: 2 values of data/customers.xlsx (sheet Customers,"
                + " column full_name) appear here"), bundle.out());

        Path crm = crmWorkbook().write(dir.resolve("crm/export.xlsx"));
        Files.delete(project.resolve("data/customers.xlsx"));
        Cli.Result verify = Cli.run("verify", "--preset", "export", "--all-files", "--known-data", crm.getParent().toString(),
                project.toString());
        assertEquals(1, verify.exitCode(), verify.stderr());
        assertTrue(verify.stderr().contains("known data: 10 values from 1 file"), verify.stderr());
        assertTrue(verify.out().contains(crm + " (sheet Customers, column full_name)"), verify.out());
        for (String shown : new String[] {bundle.out(), bundle.stderr(), verify.out(), verify.stderr()}) {
            assertFalse(shown.contains("Cohen") || shown.contains("uzuki"), shown);
        }
    }

    @Test
    void aPasswordProtectedWorkbookIsNamedAsNotReadAndTheBundleGoesOn() throws Exception {
        Path project = dir.resolve("project");
        new ProjectTree(project).write("notes.md", "# Incident\n\nEsther Cohen called.\n");
        Files.write(new ProjectTree(project).write("data/customers.xlsx", ""), HostileWorkbooks.encrypted());
        Cli.Result bundle = Cli.run("bundle", project.toString(), "-o", dir.resolve("export.tar.gz").toString());
        assertEquals(0, bundle.exitCode(), bundle.out() + bundle.stderr());
        assertTrue(bundle.out().contains("known data: 0 values from 1 file (data/customers.xlsx not read: an encrypted or"
                + " legacy (.xls) Excel file; save it unprotected as .xlsx)"), bundle.out());
        assertTrue(Files.exists(dir.resolve("export.tar.gz")));
    }

    @Test
    void aKnownDataPathThatDoesNotExistIsAUsageError() {
        Path project = new ProjectTree(dir).write("project/notes.md", "# notes\n").getParent();
        Cli.Result result = Cli.run("verify", "--known-data", dir.resolve("missing.csv").toString(), project.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("--known-data " + dir.resolve("missing.csv") + ": no such file or folder"),
                result.stderr());
    }
}
