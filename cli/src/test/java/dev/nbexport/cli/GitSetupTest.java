package dev.nbexport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
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

    private static Path executable(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
