package dev.nbexport.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.fixtures.ProjectTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {

    @TempDir
    Path dir;

    private Path touch(String name) {
        return new ProjectTree(dir).write(name, "{}");
    }

    @Test
    void antPatternsSpanDirectoriesOnlyWithDoubleStars() {
        SourceFiles notebooks = new SourceFiles(List.of("**/*.ipynb"), List.of("scratch/**", "**/tmp-*"), List.of());
        assertTrue(notebooks.taken("a.ipynb"));
        assertTrue(notebooks.taken("x/y/a.ipynb"));
        assertFalse(notebooks.taken("a.py"));
        assertFalse(notebooks.taken("scratch/a.ipynb"));
        assertFalse(notebooks.taken("x/tmp-a.ipynb"));
        assertTrue(notebooks.taken("x/scratch/a.ipynb"));

        SourceFiles topLevel = new SourceFiles(List.of("*.ipynb", "docs/"), List.of(), List.of());
        assertTrue(topLevel.taken("a.ipynb"));
        assertFalse(topLevel.taken("x/a.ipynb"));
        assertTrue(topLevel.taken("docs/a/b.md"));
        assertFalse(new SourceFiles(List.of("a?.ipynb"), List.of(), List.of()).taken("a/.ipynb"));
        assertTrue(new SourceFiles(List.of("a?.ipynb"), List.of(), List.of()).taken("ab.ipynb"));
        assertTrue(new SourceFiles(List.of("a+(b).ipynb"), List.of(), List.of()).taken("a+(b).ipynb"));
    }

    @Test
    void neverDescendsIntoPrunedCheckpointOrVersionControlDirectories() throws Exception {
        Path a = touch("a.ipynb");
        Path b = touch("src/b.ipynb");
        touch("target/copied.ipynb");
        touch("module/c.ipynb");
        touch("src/.ipynb_checkpoints/b-checkpoint.ipynb");
        touch(".git/d.ipynb");
        touch("notes.md");
        SourceFiles finder = new SourceFiles(List.of("**/*.ipynb"), List.of(), List.of(dir.resolve("target"), dir.resolve("module")));
        assertEquals(List.of(a, b), finder.find(List.of(dir)));
    }

    @Test
    void eachFileOnceWhenRootsOverlap() throws Exception {
        Path b = touch("src/b.ipynb");
        Path a = touch("a.ipynb");
        SourceFiles finder = new SourceFiles(List.of("**/*.ipynb"), List.of(), List.of());
        assertEquals(List.of(b, a), finder.find(List.of(dir.resolve("src"), dir)));
    }

    @Test
    void doesNotFollowSymbolicLinks(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("secret.ipynb"), "{}");
        Files.createSymbolicLink(dir.resolve("link"), outside);
        Files.createSymbolicLink(dir.resolve("link.ipynb"), outside.resolve("secret.ipynb"));
        assertEquals(List.of(), new SourceFiles(List.of("**/*.ipynb"), List.of(), List.of()).find(List.of(dir)));
    }
}
