package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.fixtures.ProjectTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Errors about a policy file name it as other files are named: relative to where the user stands. */
class PolicyFileNamesTest {

    /** A project below the working directory, named relative to it, as a user in their checkout names it. */
    private Path project;

    @BeforeEach
    void projectBelowTheWorkingDirectory() throws IOException {
        Path target = Files.createDirectories(Path.of("target"));
        project = Path.of("").toAbsolutePath().relativize(Files.createTempDirectory(target.toAbsolutePath(), "policy-names-"));
        new ProjectTree(project).write("notebooks/a.ipynb", Notebooks.DIRTY);
    }

    @AfterEach
    void removeIt() throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void aProjectFileFoundNearANotebookIsNamedFromTheWorkingDirectory() throws IOException {
        Files.writeString(project.resolve(".nbexport.yaml"), "strip:\n  keep-cont: true\n");
        String named = project.resolve(".nbexport.yaml") + ": line 2, column 3: unknown key 'strip.keep-cont'";
        Path notebook = project.resolve("notebooks/a.ipynb");

        for (List<String> command : List.of(List.of("strip", notebook.toString()), List.of("verify", notebook.toString()),
                List.of("policy", "show", notebook.toString()),
                List.of("bundle", project.toString(), "-o", project.resolve("export.tar.gz").toString()))) {
            Cli.Result result = Cli.run(command.toArray(String[]::new));

            assertEquals(ExitCode.USAGE, result.exitCode(), command + ": " + result.out() + result.stderr());
            assertTrue((result.stderr() + result.out()).contains(named), command + ": " + result.out() + result.stderr());
            assertFalse((result.stderr() + result.out()).contains(project.toAbsolutePath().toString()),
                    command + " names the file by its absolute path: " + result.out() + result.stderr());
        }
    }

    @Test
    void policyShowNamesTheProjectFileFromTheWorkingDirectory() throws IOException {
        Files.writeString(project.resolve(".nbexport.yaml"), "preset: export\nstrip:\n  keep-count: true\n");
        String named = project.resolve(".nbexport.yaml").toString();

        Cli.Result result = Cli.run("policy", "show", project.resolve("notebooks/a.ipynb").toString());

        assertEquals(ExitCode.OK, result.exitCode(), result.stderr());
        assertTrue(result.out().startsWith("# project file: " + named + "\n"), result.out());
        assertTrue(result.out().contains("preset: export  # " + named + "\n"), result.out());
        assertTrue(result.out().contains("keep-count: true  # " + named + "\n"), result.out());
        assertFalse(result.out().contains(project.toAbsolutePath().toString()), result.out());
    }

    @Test
    void aProjectFileThatLoosensABundleIsNamedFromTheWorkingDirectory() throws IOException {
        Files.writeString(project.resolve(".nbexport.yaml"), "strip:\n  keep-output: true\n");

        Cli.Result result = Cli.run("bundle", project.toString(), "-o", project.resolve("export.tar.gz").toString());

        assertEquals(ExitCode.USAGE, result.exitCode(), result.stderr());
        assertTrue(result.stderr().startsWith("nbexport: " + project.resolve(".nbexport.yaml") + ": loosens the export preset"),
                result.stderr());
    }

    @Test
    void aFileBelowOrBesideAFolderAboveIsNamedRelativeElsewhereAbsolute() {
        Path here = Path.of("/work/project/notebooks");

        assertEquals("sub/.nbexport.yaml", WorkingDirectoryPaths.shown(Path.of("/work/project/notebooks/sub/.nbexport.yaml"), here));
        assertEquals("../.nbexport.yaml", WorkingDirectoryPaths.shown(Path.of("/work/project/.nbexport.yaml"), here));
        assertEquals("../../policy.yaml", WorkingDirectoryPaths.shown(Path.of("/work/policy.yaml"), here));
        assertEquals("/work/other/.nbexport.yaml", WorkingDirectoryPaths.shown(Path.of("/work/other/.nbexport.yaml"), here));
    }
}
