package dev.nbexport.core.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.strip.StripResult;
import dev.nbexport.fixtures.LargeNotebookGenerator;
import dev.nbexport.fixtures.LargeNotebookGenerator.Profile;
import dev.nbexport.fixtures.NotebookTrees;
import dev.nbexport.fixtures.ReferenceNbformat;
import dev.nbexport.fixtures.ReferenceNbformat.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated large notebooks are canonical as written, nbformat agrees, and stripping empties them. */
class GeneratedLargeNotebookTest {

    @Test
    void largeNotebooksAreCanonicalAndStripToCode(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Profile profile : Profile.values()) {
            Path file = dir.resolve(profile + ".ipynb");
            LargeNotebookGenerator.write(file, 3_000_000, profile.ordinal(), profile, profile.ordinal() % 2 == 0);
            files.add(file);
        }
        Map<Path, Outcome> reference = ReferenceNbformat.get().canonicalFiles(files);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            assertArrayEquals(bytes, Nbexport.canonical(NotebookSource.of(file)), file + " is not canonical");
            assertArrayEquals(reference.get(file).bytes(), bytes, file + ": nbformat writes other bytes");
            StripResult stripped = Nbexport.strip(NotebookSource.of(file), Preset.NBSTRIPOUT.policy());
            assertTrue(stripped.bytes().length < bytes.length / 5 || file.toString().contains("CLEAN"), file.toString());
            NotebookTrees.cells(NotebookTrees.parse(stripped.bytes())).stream()
                    .filter(cell -> cell.has("outputs"))
                    .forEach(cell -> assertEquals(0, cell.get("outputs").size()));
        }
    }
}
