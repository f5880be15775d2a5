package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Real notebooks, stripped under the export preset, must verify clean: no error finding, so the text
 * rules do not cry wolf on ordinary code and prose. Warnings are counted and printed (rule and place
 * only, never the text).
 */
class CorpusVerifyTest {

    /** Notebooks whose error findings are known and right. */
    private static final Set<String> KNOWN = Set.of("test4plus.ipynb");

    @Test
    @Timeout(300)
    void strippedCorpusNotebooksVerifyWithoutErrors() throws Exception {
        String corpus = System.getenv("NBEXPORT_CORPUS");
        assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus)), "no corpus");
        Policy export = Preset.EXPORT.policy();
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(Path.of(corpus))) {
            notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        List<String> errors = new ArrayList<>();
        Map<String, Integer> warnings = new TreeMap<>();
        int checked = 0;
        for (Path path : notebooks) {
            byte[] stripped;
            try {
                stripped = Nbexport.strip(NotebookSource.of(path), export).bytes();
            } catch (InvalidNotebookException e) {
                continue;
            }
            checked++;
            String name = path.getFileName().toString();
            for (Finding finding : Nbexport.verify(NotebookSource.of(name, stripped), export)) {
                String where = finding.rule().id() + " " + name + " cell " + finding.cellIndex() + " " + finding.pointer()
                        + " line " + finding.line() + ": " + finding.message();
                if (finding.severity() == Severity.ERROR) {
                    if (KNOWN.stream().noneMatch(name::endsWith)) {
                        errors.add(where);
                    }
                } else {
                    warnings.merge(finding.rule().id(), 1, Integer::sum);
                    System.out.println("warning " + where);
                }
            }
        }
        System.out.println("corpus: " + checked + " notebooks, warnings by rule " + warnings);
        assertEquals(List.of(), errors);
    }
}
