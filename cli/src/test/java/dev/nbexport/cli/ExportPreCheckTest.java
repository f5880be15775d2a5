package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.fixtures.ProjectTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify --preset export}, run before bundling, refuses and allows what the bundle refuses and allows. */
class ExportPreCheckTest {

    /** Stripped under export but for the output it keeps. */
    private static final String WITH_OUTPUT = "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"0\","
            + " \"metadata\": {}, \"outputs\": [{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": [\"4\\n\"]}],"
            + " \"source\": [\"print(2 + 2)\"]}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n";

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void project() {
        project = dir.resolve("project");
        write("analysis.ipynb", WITH_OUTPUT);
        write("src/keys.py", "KEY_ID = \"AKIA" + "QWERTYUIOPASDFGH\"\n");
    }

    private void write(String path, String content) {
        new ProjectTree(project).write(path, content);
    }

    private void projectFile(String yaml) {
        write(".nbexport.yaml", yaml);
    }

    /** The project without its key, so that only the policy decides. */
    private void withoutTheKey() {
        write("src/keys.py", "def fit(x):\n    return x\n");
    }

    private Cli.Result bundle(String... options) {
        return run(List.of("bundle"), options, List.of(project.toString(), "-o", dir.resolve("export.tar.gz").toString()));
    }

    private Cli.Result verifyUnderExport(String... options) {
        return run(List.of("verify", "--preset", "export", "--all-files"), options, List.of(project.toString()));
    }

    private static Cli.Result run(List<String> command, String[] options, List<String> operands) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of(options));
        args.addAll(operands);
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void aProjectFileSwitchingARuleOffFailsTheCheckAsItStopsTheBundleWithTheSameMessage() {
        projectFile("verify:\n  rules: {credential: off}\n");

        Cli.Result bundle = bundle();
        Cli.Result verify = verifyUnderExport();

        assertEquals(2, bundle.exitCode(), bundle.out() + bundle.stderr());
        assertEquals(2, verify.exitCode(), "passed before, where the bundle stopped: " + verify.out() + verify.stderr());
        assertEquals(bundle.stderr(), verify.stderr());
        assertTrue(verify.stderr().startsWith("nbexport: " + project.resolve(".nbexport.yaml") + ": loosens the export preset"
                + " a bundle starts from (verify.rules)"), verify.stderr());
        assertEquals("", verify.out(), "nothing is verified under a policy the bundle would not take");
    }

    @Test
    void aFlagOnTheSameSettingDoesNotHideWhatTheProjectFileAsks() {
        withoutTheKey();
        projectFile("strip:\n  keep-output: true\n");

        Cli.Result verify = verifyUnderExport("--keep-output");

        assertEquals(2, verify.exitCode(), verify.out() + verify.stderr());
        assertTrue(verify.stderr().contains(".nbexport.yaml: loosens the export preset a bundle starts from (strip.keep-output)"),
                verify.stderr());
        assertEquals(2, bundle("--keep-output").exitCode());
    }

    @Test
    void theCommandLineLoosensTheCheckAsItLoosensTheBundleAndSaysSo() {
        withoutTheKey();
        String loosened = "nbexport: the command line loosens the export preset: strip.keep-output\n";

        Cli.Result byAFlag = verifyUnderExport("--keep-output");
        projectFile("strip:\n  keep-output: true\n");
        Cli.Result byTheProjectFilesName = verifyUnderExport("--policy", project.resolve(".nbexport.yaml").toString());

        for (Cli.Result verify : List.of(byAFlag, byTheProjectFilesName)) {
            assertEquals(0, verify.exitCode(), verify.out() + verify.stderr());
            assertTrue(verify.stderr().contains(loosened), verify.stderr());
        }
        Cli.Result bundle = bundle("--policy", project.resolve(".nbexport.yaml").toString());
        assertEquals(0, bundle.exitCode(), bundle.stderr());
        assertTrue(bundle.stderr().contains(loosened), bundle.stderr());
    }

    @Test
    void verifyUnderItsDefaultPresetTakesTheProjectFilesLoosening() {
        withoutTheKey();
        projectFile("strip:\n  keep-output: true\n");

        Cli.Result verify = Cli.run("verify", "--all-files", project.toString());

        assertEquals(0, verify.exitCode(), verify.out() + verify.stderr());
        assertFalse(verify.stderr().contains("loosens"), verify.stderr());
    }
    @Test
    void aProjectFileDeeperInTheFolderThatLoosensExportStopsTheBundleAsItFailsTheCheckWithTheSameMessage() {
        withoutTheKey();
        write("reports/monthly.ipynb", WITH_OUTPUT);
        write("reports/.nbexport.yaml", "strip:\n  keep-output: true\n");

        Cli.Result bundle = bundle();
        Cli.Result verify = verifyUnderExport();

        assertEquals(2, bundle.exitCode(), "the bundle took the folder's outputs: " + bundle.out() + bundle.stderr());
        assertEquals(2, verify.exitCode(), verify.out() + verify.stderr());
        assertEquals(verify.stderr(), bundle.stderr());
        assertEquals("nbexport: " + project.resolve("reports/.nbexport.yaml") + ": loosens the export preset a bundle starts from"
                + " (strip.keep-output); a bundle takes looser settings only from its command line (--policy FILE, or flags)\n",
                bundle.stderr());
        assertEquals("", bundle.out(), "nothing listed, nothing written");
        assertFalse(java.nio.file.Files.exists(dir.resolve("export.tar.gz")));
    }

    @Test
    void aProjectFileDeeperInTheFolderThatTightensExportCountsForTheFilesBelowIt() {
        withoutTheKey();
        write("analysis.ipynb", WITH_OUTPUT.replace("{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": [\"4\\n\"]}", ""));
        String email = "Ask ann.lee@acme-corp.de about the model.\n";
        write("notes.md", email);
        write("reports/notes.md", email);
        write("reports/.nbexport.yaml", "verify:\n  rules: {email: error}\n");

        Cli.Result bundle = bundle();
        Cli.Result verify = verifyUnderExport();

        for (Cli.Result result : List.of(bundle, verify)) {
            assertEquals(1, result.exitCode(), result.out() + result.stderr());
            assertTrue(result.out().contains("notes.md\n  warning email "), result.out());
            assertTrue(result.out().contains("reports/notes.md\n  error   email "), result.out());
        }
    }
}
