package dev.nbexport.core.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.fixtures.ReferenceNbformat;
import dev.nbexport.fixtures.ReferenceNbformat.Outcome;
import dev.nbexport.fixtures.SharedCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every notebook of the shared corpus, compared byte for byte with Jupyter's own library:
 * {@link Nbexport#canonical} against {@code nbformat.write(nbformat.read(...))}, and the default
 * nbstripout strip against our Python oracle of nbstripout. One Python run per comparison.
 */
class CorpusReferenceTest {

    /**
     * Where nbexport and nbformat knowingly part, by corpus file name. Each is a notebook nbformat
     * cannot read back, that nbexport writes all the same; nothing here is a byte difference.
     */
    static final Map<String, String> KNOWN_DIFFERENCES = Map.of(
            // A code cell with no "outputs" key: nbformat's v4 reader (rejoin_lines, strip_transient)
            // raises AttributeError on it, reported as "missing an expected key". nbexport keeps the
            // cell as it is and writes it back.
            "microsoft__vscode-jupyter__src_test_datascience_widgets_notebooks_k3d_widgets.ipynb",
            "code cell without outputs: nbformat raises, nbexport writes it unchanged",
            // A Databricks export without notebook "metadata": nbformat's reader raises
            // AttributeError (nb.metadata). nbexport writes it back without adding the key.
            "nbQA-dev__nbQA__tests_data_databricks_notebook.ipynb",
            "notebook without metadata: nbformat raises, nbexport writes it unchanged");

    /**
     * Corpus files that nbformat and nbexport both refuse: nbformat 3 notebooks without
     * worksheets, or with a worksheet without cells (nbformat's reader raises; nbexport reports
     * NOT_A_NOTEBOOK).
     */
    static final java.util.Set<String> BOTH_REJECT = java.util.Set.of(
            "jupyter__nbformat__tests_test3_no_worksheets.ipynb",
            "jupyter__nbformat__tests_test3_worksheet_with_no_cells.ipynb");

    @Test
    void canonicalBytesAreNbformatsBytes() throws IOException {
        List<Path> corpus = SharedCorpus.notebooks();
        Map<Path, Outcome> reference = ReferenceNbformat.get().canonicalFiles(corpus);
        List<String> problems = new ArrayList<>();
        java.util.Set<String> bothReject = new java.util.TreeSet<>();
        int identical = 0;
        for (Path file : corpus) {
            String name = file.getFileName().toString();
            Outcome expected = reference.get(file);
            byte[] ours;
            try {
                ours = Nbexport.canonical(NotebookSource.of(file));
            } catch (InvalidNotebookException e) {
                if (expected.accepted()) {
                    problems.add(name + ": nbformat writes it, nbexport rejects it: " + e.getMessage());
                } else {
                    bothReject.add(name);
                }
                continue;
            }
            if (expected.accepted()) {
                if (java.util.Arrays.equals(expected.bytes(), ours)) {
                    identical++;
                } else {
                    problems.add(name + ": bytes differ from nbformat's " + firstDifference(expected.bytes(), ours));
                }
            } else if (!KNOWN_DIFFERENCES.containsKey(name)) {
                problems.add(name + ": nbformat rejects it (" + expected.error() + "), nbexport writes it");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(new java.util.TreeSet<>(BOTH_REJECT), bothReject, "notebooks both refuse");
        assertEquals(corpus.size() - BOTH_REJECT.size() - KNOWN_DIFFERENCES.size(), identical, "identical to nbformat");
    }

    @Test
    void knownDifferencesStillDiffer() throws IOException {
        List<Path> files = KNOWN_DIFFERENCES.keySet().stream().sorted().map(SharedCorpus::notebook).toList();
        Map<Path, Outcome> reference = ReferenceNbformat.get().canonicalFiles(files);
        for (Path file : files) {
            assertTrue(!reference.get(file).accepted(), file.getFileName() + ": nbformat now accepts it; drop it from the list");
            assertTrue(Nbexport.canonical(NotebookSource.of(file)).length > 0);
        }
    }

    @Test
    void nbstripoutPresetMatchesTheOracle() throws IOException {
        List<Path> corpus = SharedCorpus.notebooks();
        Map<Path, Outcome> oracle = ReferenceNbformat.get().nbstripoutFiles(corpus);
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (Path file : corpus) {
            String name = file.getFileName().toString();
            Outcome expected = oracle.get(file);
            byte[] ours;
            try {
                ours = Nbexport.strip(NotebookSource.of(file), Preset.NBSTRIPOUT.policy()).bytes();
            } catch (InvalidNotebookException e) {
                if (expected.accepted()) {
                    problems.add(name + ": the oracle strips it, nbexport rejects it: " + e.getMessage());
                }
                continue;
            }
            if (expected.accepted()) {
                compared++;
                if (!java.util.Arrays.equals(expected.bytes(), ours)) {
                    problems.add(name + ": stripped bytes differ from the oracle's " + firstDifference(expected.bytes(), ours));
                }
            } else if (!KNOWN_DIFFERENCES.containsKey(name)) {
                problems.add(name + ": the oracle rejects it (" + expected.error() + "), nbexport strips it");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(corpus.size() - BOTH_REJECT.size() - KNOWN_DIFFERENCES.size(), compared, "compared with the oracle");
    }

    static String firstDifference(byte[] expected, byte[] actual) {
        int i = java.util.Arrays.mismatch(expected, actual);
        if (i < 0) {
            return "(none)";
        }
        int from = Math.max(0, i - 40);
        return "at byte " + i + " (lengths " + expected.length + " vs " + actual.length + "): nbformat ..."
                + snippet(expected, from, i + 40) + "... nbexport ..." + snippet(actual, from, i + 40) + "...";
    }

    private static String snippet(byte[] bytes, int from, int to) {
        String text = new String(bytes, from, Math.min(bytes.length, to) - Math.min(from, bytes.length),
                java.nio.charset.StandardCharsets.UTF_8);
        return text.replace("\n", "\\n").replace("\r", "\\r");
    }
}
