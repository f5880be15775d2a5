package dev.nbexport.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.notebook.StreamedSources;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.verify.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SARIF counts a column in UTF-16 code units; the verifier's findings count characters, as strip's errors do. */
class SarifColumnTest {

    /** Before the bad word on line 2: two letters of two bytes and an emoji of four bytes, two UTF-16 units. */
    private static final String BEFORE = " \"metadata\": {\"a\": \"\u00e9\u00e9\ud83d\ude00\", \"b\": ";
    private static final byte[] NOTEBOOK = ("{\"cells\": [],\n" + BEFORE + "tru},\n \"nbformat\": 4, \"nbformat_minor\": 5}\n")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void anUnreadableNotebooksColumnIsGivenInUtf16CodeUnits() throws IOException {
        for (NotebookSource source : List.of(NotebookSource.of("n.ipynb", NOTEBOOK), StreamedSources.of("n.ipynb", NOTEBOOK))) {
            Finding finding = Nbexport.verify(source, Preset.NBSTRIPOUT.policy()).get(0);
            assertEquals(BEFORE.codePointCount(0, BEFORE.length()) + 1, finding.column(), "characters, as strip names it");

            JsonNode region = sarifRegion(finding);

            assertEquals(2, region.get("startLine").asInt());
            assertEquals(BEFORE.length() + 1, region.get("startColumn").asInt(), region.toString());
        }
    }

    @Test
    void aFindingWithoutAColumnHasNoneInSarif() throws IOException {
        Finding finding = Nbexport.verify(NotebookSource.of("n.ipynb", ("{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": 1, \"metadata\": {},"
                + " \"outputs\": [], \"source\": \"\u00e9\"}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}")
                .getBytes(StandardCharsets.UTF_8)),
                Preset.NBSTRIPOUT.policy()).get(0);
        assertEquals(-1, finding.column(), finding.toString());
        assertFalse(sarifRegion(finding).has("startColumn"));
    }

    private static JsonNode sarifRegion(Finding finding) throws IOException {
        JsonNode sarif = new ObjectMapper().readTree(SarifReport.render(new VerifyReport(1, List.of(finding))));
        return sarif.at("/runs/0/results/0/locations/0/physicalLocation/region");
    }
}
