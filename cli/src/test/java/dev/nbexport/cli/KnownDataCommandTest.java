package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.fixtures.ProjectTree;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --known-data} on bundle and verify: data kept elsewhere refuses what names its people, never echoed. */
class KnownDataCommandTest {

    @TempDir
    Path dir;

    private Path crm() {
        StringBuilder csv = new StringBuilder("customer_id;full_name;city\n");
        String[] names = {"Amara Adeyemi", "Bjorn Lindgren", "Chiara Bianchi", "Dmitri Volkov", "Esther Cohen",
            "Fatima Al-Sayed", "Goran Petrovic", "Hana Suzuki", "Ismail Karim", "Joanna Nowak"};
        for (int i = 0; i < names.length; i++) {
            csv.append(100231 + 7 * i).append(';').append(names[i]).append(";New York\n");
        }
        return new ProjectTree(dir).write("crm/export.csv", csv.toString());
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

    @Test
    void aKnownDataPathThatDoesNotExistIsAUsageError() {
        Path project = new ProjectTree(dir).write("project/notes.md", "# notes\n").getParent();
        Cli.Result result = Cli.run("verify", "--known-data", dir.resolve("missing.csv").toString(), project.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("--known-data " + dir.resolve("missing.csv") + ": no such file or folder"),
                result.stderr());
    }
}
