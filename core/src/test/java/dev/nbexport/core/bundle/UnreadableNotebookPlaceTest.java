package dev.nbexport.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.report.TextReport;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A notebook that cannot be read is placed alike by strip, bundle and verify: line, column and cell, never its content. */
class UnreadableNotebookPlaceTest {

    private static final String SECRET = "Jane Example 1001";

    @TempDir
    Path project;
    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(strings = {
        "{\n \"cells\": [\n  {\"cell_type\": \"code\", \"id\": \"c1\", \"source\": \"" + SECRET + "\" oops}\n ]\n}\n",
        "{\n \"cells\": [\n  {\"cell_type\": \"code\", \"source\": [\"" + SECRET + "\"],, \"metadata\": {}}\n ]\n}\n",
        "nope " + SECRET,
        "{\"cells\": [{\"cell_type\": \"code\", \"source\": \"" + SECRET,
        "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": []} " + SECRET,
        "{\n \"cells\": [],\n<<<<<<< HEAD\n \"metadata\": {\"a\": \"" + SECRET + "\"},\n=======\n \"metadata\": {},\n>>>>>>> b\n}\n",
        "\ufeff{\"cells\": []}",
        // A version strip does not read is one verify cannot vouch for, nor the gate.
        "{\n \"cells\": [{\"cell_type\": \"code\", \"source\": \"" + SECRET + "\", \"outputs\": []}],\n \"nbformat\": 5,\n \"nbformat_minor\": 0\n}\n",
        "{\"cells\": [], \"metadata\": {}, \"nbformat\": 1, \"nbformat_minor\": 0}",
        "{\"cells\": [], \"metadata\": {}, \"nbformat\": 0}",
        "{\"cells\": [], \"metadata\": {}, \"nbformat\": 99999999999, \"nbformat_minor\": 5}",
        "{\"cells\": [], \"metadata\": {}, \"nbformat\": \"4\", \"nbformat_minor\": 5}",
        "{\"cells\": [], \"metadata\": {}, \"nbformat\": 4.0, \"nbformat_minor\": 5}",
        "{\"cells\": [], \"metadata\": {},\n \"nbformat\": 4,\n \"nbformat_minor\": -1}",
        "{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": \"5\"}",
        "{\"cells\": [], \"metadata\": {}, \"nbformat_minor\": 5, \"nbformat\": 7}",
        "{\n \"cells\": [\n  {\"cell_type\": \"code\", \"id\": \"c1\", \"source\": \"\u00c9t\u00e9 \u4e2d\u6587 \ud83d\ude00 " + SECRET + "\" oops}\n ]\n}\n",
    })
    void bundleAndVerifyNameThePlaceStripNames(String notebook) throws Exception {
        Path file = project.resolve("broken.ipynb");
        Files.writeString(file, notebook);
        InvalidNotebookException stripped = assertThrows(InvalidNotebookException.class,
                () -> Nbexport.strip(NotebookSource.of(file), Preset.EXPORT.policy()));

        Finding bundled = onlyFinding(new Bundler(Preset.EXPORT.policy(), ArchiveFormat.TAR_GZ, Bundler.DEFAULT_TIME)
                .bundle(project, List.of(), out.resolve("export.tar.gz")).report().findings());
        Finding verified = onlyFinding(Nbexport.verifyFile(file, Preset.EXPORT.policy()));

        String place = stripped.location().describe();
        assertEquals(place, TextReport.where(bundled), "bundle: " + TextReport.oneLine(bundled));
        assertEquals(place, TextReport.where(verified), "verify: " + TextReport.oneLine(verified));
        assertEquals(stripped.problem(), bundled.message());
        for (String message : List.of(stripped.getMessage(), TextReport.oneLine(bundled), TextReport.oneLine(verified))) {
            assertFalse(message.contains("Jane") || message.contains("oops") || message.contains("nope"), message);
        }
    }

    private static Finding onlyFinding(List<Finding> findings) {
        assertEquals(List.of(Rule.UNREADABLE), findings.stream().map(Finding::rule).toList(), findings.toString());
        return findings.get(0);
    }
}
