package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitSetupTest {

    @TempDir
    Path dir;

    @Test
    void writesTheRunningLauncherQuotedForTheShellElseNbexportFromPath() throws Exception {
        assertEquals("nbexport", GitSetup.launcher(Map.of()));
        assertEquals("nbexport", GitSetup.launcher(Map.of("NBEXPORT_LAUNCHER", dir.resolve("missing").toString())));
        Path plain = executable(dir.resolve("bin/nbexport"));
        assertEquals(plain.toString(), GitSetup.launcher(Map.of("NBEXPORT_LAUNCHER", plain.toString())));
        Path spaced = executable(dir.resolve("my tools/it's/nbexport"));
        assertEquals("'" + dir + "/my tools/it'\\''s/nbexport'", GitSetup.launcher(Map.of("NBEXPORT_LAUNCHER", spaced.toString())));
    }

    @Test
    void installsTheFilterWithProcessOneShotFallbackPassThroughSmudgeAndTextconv() {
        assertEquals(Map.of(
                "filter.nbexport.clean", "L strip --stdin-filename=./%f",
                "filter.nbexport.smudge", "cat",
                "filter.nbexport.process", "L git filter-process",
                "filter.nbexport.required", "true",
                "diff.ipynb.textconv", "L strip -t"), GitSetup.entries("L"));
    }

    @Test
    void attributesLinesAreAddedOnceAndRemovedExactly() throws Exception {
        Path file = dir.resolve("info/attributes");
        GitAttributesFile attributes = new GitAttributesFile(file);
        attributes.add(GitSetup.ATTRIBUTES);
        attributes.add(GitSetup.ATTRIBUTES);
        assertEquals("*.ipynb filter=nbexport\n*.ipynb diff=ipynb\n", Files.readString(file));
        attributes.remove(GitSetup.ATTRIBUTES);
        assertEquals(false, Files.exists(file), "a file left empty goes");

        Files.writeString(file, "*.csv -diff\n");
        attributes.add(GitSetup.ATTRIBUTES);
        attributes.remove(GitSetup.ATTRIBUTES);
        assertEquals(List.of("*.csv -diff"), Files.readAllLines(file), "other lines stay");
    }

    @Test
    void theProgramOfAConfiguredCommandIsItsFirstWordAsTheShellReadsIt() {
        assertEquals("/opt/nbexport", ConfiguredCommand.program("/opt/nbexport strip -t"));
        assertEquals("/my tools/it's/nbexport", ConfiguredCommand.program("'/my tools/it'\\''s/nbexport' git filter-process"));
        assertEquals("/a b/\"c\"", ConfiguredCommand.program("\"/a b/\\\"c\\\"\" strip"));
        assertEquals("/a b", ConfiguredCommand.program("/a\\ b strip"));
        assertEquals("nbexport", ConfiguredCommand.program("nbexport strip"));
    }

    @Test
    void aConfiguredCommandWhoseProgramIsGoneOrNotOnPathIsMissing() throws Exception {
        Path launcher = executable(dir.resolve("bin/nbexport"));
        Map<String, String> path = Map.of("PATH", dir.resolve("bin").toString());
        assertEquals(Optional.empty(), ConfiguredCommand.missingProgram(launcher + " strip -t", Map.of()));
        assertEquals(Optional.empty(), ConfiguredCommand.missingProgram("nbexport strip -t", path));
        assertEquals(Optional.of("nbexport"), ConfiguredCommand.missingProgram("nbexport strip -t", Map.of("PATH", dir.toString())));
        Path gone = dir.resolve("copy/nbexport");
        assertEquals(Optional.of(gone.toString()), ConfiguredCommand.missingProgram(gone + " strip -t", path));
        Path plain = Files.writeString(dir.resolve("not-executable"), "");
        assertEquals(Optional.of(plain.toString()), ConfiguredCommand.missingProgram(plain + " strip -t", path));
    }

    @Test
    void aLauncherBelowATargetFolderBesideAPomIsInAMavenBuild() throws Exception {
        Path built = executable(dir.resolve("project/cli/target/nbexport"));
        assertEquals(false, GitSetup.insideMavenBuild(built), "no pom.xml: a folder merely named target");
        Files.writeString(dir.resolve("project/cli/pom.xml"), "<project/>");
        assertEquals(true, GitSetup.insideMavenBuild(built));
        assertEquals(true, GitSetup.insideMavenBuild(executable(dir.resolve("project/cli/target/dist/nbexport"))));
        assertEquals(false, GitSetup.insideMavenBuild(executable(dir.resolve("project/tools/nbexport"))));
    }

    private static Path executable(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
