package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandTest {

    @TempDir
    Path dir;

    @Test
    void showSaysWhereEachValueComesFrom() throws IOException {
        Files.writeString(dir.resolve(".nbexport.yaml"), "preset: export\nstrip:\n  keep-count: true\n");

        Cli.Result result = Cli.run("policy", "show", "--keep-id", dir.toString());

        assertEquals(0, result.exitCode(), result.stderr());
        String yaml = result.out();
        assertTrue(yaml.contains("preset: export  # " + dir.resolve(".nbexport.yaml")), yaml);
        assertTrue(yaml.contains("  keep-count: true  # " + dir.resolve(".nbexport.yaml")), yaml);
        assertTrue(yaml.contains("  keep-id: true  # flag"), yaml);
        assertTrue(yaml.contains("  keep-output: false  # preset export"), yaml);
    }

    @Test
    void aBrokenProjectFileIsOneLineNamingItsPlaceAndExitsTwo() throws IOException {
        assertRefused("strip:\n  keep-count: [\n".getBytes(StandardCharsets.UTF_8), "line 3, column 1: not valid YAML: ");
        assertRefused(new byte[] {(byte) 0xff, 'a', ':', ' ', '1', '\n'}, "line 1, column 1: not UTF-8");
        assertRefused("preset: export\npreset: nbstripout\n".getBytes(StandardCharsets.UTF_8), "line 2: repeated key 'preset'");
    }

    private void assertRefused(byte[] projectFile, String problem) throws IOException {
        Path file = Files.write(dir.resolve(".nbexport.yaml"), projectFile);
        Path notebook = Files.writeString(dir.resolve("a.ipynb"), Notebooks.DIRTY);

        Cli.Result result = Cli.run("strip", "-q", notebook.toString());

        assertEquals(ExitCode.USAGE, result.exitCode(), result.stderr());
        assertEquals(1, result.stderr().lines().count(), result.stderr());
        assertTrue(result.stderr().contains(file + ": " + problem), result.stderr());
        assertEquals(Notebooks.DIRTY, Files.readString(notebook));
    }

    @Test
    void aProjectFileUnderANameWithControlCharactersIsShownOnOneLineWithoutThem() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("p\u001b[31m\nq"));
        Files.writeString(folder.resolve(".nbexport.yaml"), "preset: export\n");

        Cli.Result result = Cli.run("policy", "show", folder.resolve("a.ipynb").toString());

        assertEquals(0, result.exitCode(), result.stderr());
        String yaml = result.out();
        assertTrue(yaml.startsWith("# project file: "), yaml);
        assertTrue(yaml.contains("p\\x1b[31m\\nq/.nbexport.yaml\npreset: export  # "), yaml);
        assertTrue(yaml.chars().noneMatch(c -> c == 0x1b), yaml);
    }

    @Test
    void showWithoutProjectFileUsesTheDefaultPreset() {
        Cli.Result result = Cli.run("policy", "show", dir.toString());

        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("# no project file"), result.out());
        assertTrue(result.out().contains("preset: nbstripout  # default"), result.out());
    }

    @Test
    void aValueTheProjectFileWritesIsTheFilesEvenWhereThePresetHasItToo() throws IOException {
        Path file = Files.writeString(dir.resolve(".nbexport.yaml"), "preset: nbstripout\nstrip:\n  keep-count: false\n");

        Cli.Result shown = Cli.run("policy", "show", dir.resolve("a.ipynb").toString());

        assertEquals(0, shown.exitCode(), shown.stderr());
        assertTrue(shown.out().contains("  keep-count: false  # " + file + "\n"), shown.out());
        assertTrue(shown.out().contains("  keep-output: false  # preset nbstripout\n"), shown.out());
    }

    @Test
    void showOfABundleIsThePolicyVerifyReadsItUnder() throws IOException {
        Path bundle = dir.resolve("export.tar.gz");
        Path gate = Files.writeString(Files.createDirectories(dir.resolve("gate")).resolve("gate.yaml"),
                "verify:\n  blob-min-length: 1024\n");

        Cli.Result shown = Cli.run("policy", "show", bundle.toString());
        Cli.Result withGatePolicy = Cli.run("policy", "show", "--policy", gate.toString(), bundle.toString());

        assertEquals(0, shown.exitCode(), shown.stderr());
        assertTrue(shown.out().contains("preset: export  # default for bundles\n"), shown.out());
        assertTrue(shown.out().contains("  keep-output: false  # preset export\n"), shown.out());
        assertEquals(0, withGatePolicy.exitCode(), withGatePolicy.stderr());
        assertTrue(withGatePolicy.out().contains("preset: export  # default for bundles\n"), withGatePolicy.out());
        assertTrue(withGatePolicy.out().contains("blob-min-length: 1024  # " + gate), withGatePolicy.out());
    }

    @Test
    void showOfABundleOrUnderTheExportPresetRefusesALooseningProjectFileAsVerifyDoes() throws IOException {
        Files.writeString(dir.resolve(".nbexport.yaml"), "strip:\n  keep-output: true\n");
        Path bundle = dir.resolve("export.tar.gz");

        Cli.Result shown = Cli.run("policy", "show", bundle.toString());

        assertEquals(ExitCode.USAGE, shown.exitCode(), shown.out());
        assertTrue(shown.stderr().contains("loosens the export preset a bundle starts from (strip.keep-output)"), shown.stderr());
        Cli.Result notebook = Cli.run("policy", "show", dir.resolve("a.ipynb").toString());
        assertTrue(notebook.out().contains("preset: nbstripout  # default\n"), notebook.out());
        Cli.Result beforeBundling = Cli.run("policy", "show", "--preset", "export", dir.resolve("a.ipynb").toString());
        assertEquals(ExitCode.USAGE, beforeBundling.exitCode(), beforeBundling.out());
        assertTrue(beforeBundling.stderr().contains("loosens the export preset a bundle starts from (strip.keep-output)"),
                beforeBundling.stderr());
    }

    @Test
    void initWritesAFileThatStripReadsAndNeverOverwritesByAccident() throws IOException {
        Cli.Result first = Cli.run("policy", "init", "--preset", "export", dir.toString());
        Cli.Result second = Cli.run("policy", "init", dir.toString());

        assertEquals(0, first.exitCode(), first.stderr());
        assertEquals(2, second.exitCode());
        assertTrue(Files.readString(dir.resolve(".nbexport.yaml")).contains("preset: export"));
        Cli.Result show = Cli.run("policy", "show", dir.toString());
        assertEquals(0, show.exitCode(), show.stderr());
        assertTrue(show.out().contains("preset: export  # " + dir.resolve(".nbexport.yaml")), show.out());
        assertEquals(0, Cli.run("policy", "init", "--force", dir.toString()).exitCode());
    }

    @Test
    void aPolicySubcommandIsRequired() {
        assertEquals(2, Cli.run("policy").exitCode());
    }
}
