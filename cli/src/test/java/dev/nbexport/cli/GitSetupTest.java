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
        Map<String, String> home = Map.of("HOME", "/home/me");
        assertEquals(Optional.of("/opt/nbexport"), ConfiguredCommand.program("/opt/nbexport strip -t", home));
        assertEquals(Optional.of("/my tools/it's/nbexport"), ConfiguredCommand.program("'/my tools/it'\\''s/nbexport' git filter-process", home));
        assertEquals(Optional.of("/a b/\"c\""), ConfiguredCommand.program("\"/a b/\\\"c\\\"\" strip", home));
        assertEquals(Optional.of("/a b"), ConfiguredCommand.program("/a\\ b strip", home));
        assertEquals(Optional.of("nbexport"), ConfiguredCommand.program("nbexport strip", home));
        assertEquals(Optional.of("/opt/nbexport"), ConfiguredCommand.program("JAVA_OPTS='-Xmx1g -Da=b' A=1 /opt/nbexport strip", home));
        assertEquals(Optional.of("a-b=c"), ConfiguredCommand.program("a-b=c strip", home), "not a variable's name: a program's");
        assertEquals(Optional.of("/home/me/bin/nbexport"), ConfiguredCommand.program("~/bin/nbexport strip", home));
        assertEquals(Optional.of("~/bin/nbexport"), ConfiguredCommand.program("'~/bin/nbexport' strip", home), "a quoted ~ stays");
        assertEquals(Optional.of("./nbexport"), ConfiguredCommand.program("./nbexport strip --stdin-filename=./%f # comment", home));
    }

    @Test
    void aCommandLineThisReadingDoesNotFollowHasNoProgramToCheck() {
        Map<String, String> home = Map.of("HOME", "/home/me");
        for (String line : List.of("$HOME/bin/nbexport strip", "\"${TOOLS}/nbexport\" strip", "`which nbexport` strip",
                "cd /x && ./nbexport strip", "/opt/nbexport strip || true", "/opt/nbexport strip 2>/dev/null", "(nbexport strip)",
                "'/opt/nbexport strip", "\"/opt/nbexport", "~other/bin/nbexport strip", "/opt/nbex* strip",
                "PATH=/opt nbexport strip", "/opt/nbexport strip; true", "/opt/nbexport\nstrip", "A=1", "", "  ")) {
            assertEquals(Optional.empty(), ConfiguredCommand.program(line, home), line);
        }
        assertEquals(Optional.empty(), ConfiguredCommand.program("~/bin/nbexport strip", Map.of()), "no HOME");
    }

    @Test
    void aConfiguredCommandWhoseProgramIsGoneOrNotOnPathIsMissing() throws Exception {
        Path launcher = executable(dir.resolve("bin/nbexport"));
        Map<String, String> path = Map.of("PATH", dir.resolve("bin").toString());
        Optional<Path> top = Optional.of(dir);
        assertEquals(Optional.empty(), ConfiguredCommand.missingProgram(launcher + " strip -t", Map.of(), top));
        assertEquals(Optional.empty(), ConfiguredCommand.missingProgram("nbexport strip -t", path, top));
        assertEquals(Optional.of("nbexport"), ConfiguredCommand.missingProgram("nbexport strip -t", Map.of("PATH", dir.toString()), top));
        Path gone = dir.resolve("copy/nbexport");
        assertEquals(Optional.of(gone.toString()), ConfiguredCommand.missingProgram(gone + " strip -t", path, top));
        Path plain = Files.writeString(dir.resolve("not-executable"), "");
        assertEquals(Optional.of(plain.toString()), ConfiguredCommand.missingProgram(plain + " strip -t", path, top));
        assertEquals(Optional.of(gone.toString()), ConfiguredCommand.missingProgram("A=1 " + gone + " strip -t", path, top));
        assertEquals(Optional.of("/nowhere/bin/nbexport"),
                ConfiguredCommand.missingProgram("~/bin/nbexport strip -t", Map.of("HOME", "/nowhere"), top));
        assertEquals(Optional.of("copy/nbexport"), ConfiguredCommand.missingProgram("copy/nbexport strip -t", path, top));
    }

    @Test
    void aConfiguredCommandTheShellFindsIsNotMissing() throws Exception {
        Path launcher = executable(dir.resolve("bin/nbexport"));
        Map<String, String> path = Map.of("PATH", "/nowhere");
        Optional<Path> top = Optional.of(dir);
        assertEquals(Optional.empty(), ConfiguredCommand.missingProgram("VAR=x " + launcher + " strip", path, top));
        assertEquals(Optional.empty(), ConfiguredCommand.missingProgram("~/bin/nbexport strip", Map.of("HOME", dir.toString()), top));
        assertEquals(Optional.empty(), ConfiguredCommand.missingProgram("bin/nbexport strip", path, top), "from the top folder");
        assertEquals(Optional.empty(), ConfiguredCommand.missingProgram("./bin/nbexport strip", path, top));
        assertEquals(Optional.empty(), ConfiguredCommand.missingProgram("nbexport strip", Map.of("PATH", "/nowhere:bin"), top),
                "a relative folder on PATH, from the top folder");
        assertEquals(Optional.empty(), ConfiguredCommand.missingProgram("exec " + launcher + " strip", path, top), "a builtin");
    }

    @Test
    void aConfiguredCommandThatCannotBeToldIsNotCalledMissing() {
        Map<String, String> path = Map.of("PATH", "/nowhere");
        Optional<Path> unknown = Optional.empty();
        for (String line : List.of("$HOME/nbexport strip", "cd /nowhere && ./nbexport strip", "'/nowhere/nbexport strip",
                "PATH=/nowhere nbexport strip")) {
            assertEquals(Optional.empty(), ConfiguredCommand.missingProgram(line, path, Optional.of(dir)), line);
        }
        assertEquals(Optional.empty(), ConfiguredCommand.missingProgram("bin/nbexport strip", path, unknown),
                "a relative path where the top folder is not known");
        assertEquals(Optional.empty(), ConfiguredCommand.missingProgram("nbexport strip", Map.of("PATH", "/nowhere:bin"), unknown),
                "a relative folder on PATH where the top folder is not known");
        assertEquals(Optional.empty(), ConfiguredCommand.missingProgram("nbexport strip", Map.of(), Optional.of(dir)),
                "no PATH: the shell's own default");
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
