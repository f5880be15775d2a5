package dev.nbexport.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.fixtures.JsonLayout;
import dev.nbexport.fixtures.NotebookArbitraries;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The verifier judges each cell as it reads it, while a {@code keep_output} in the notebook
 * metadata, which nbformat 4 writes after the cells, may keep every output: where the metadata
 * sits in the file changes no finding, under each preset with the flags that bear on outputs.
 */
class MetadataPlaceProperties {

    /** Every object's keys in reverse order: the notebook's metadata before its cells. */
    private static final JsonLayout METADATA_FIRST = new JsonLayout(" ", ": ", "reversed", 0, false, false);

    @Provide
    Arbitrary<ObjectNode> notebooks() {
        return NotebookArbitraries.v4Trees();
    }

    @Provide
    Arbitrary<Policy> policies() {
        return Combinators.combine(Arbitraries.of(Preset.class), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as((preset, keepOutput, honour, stripInitCells) -> Policy.builder(preset)
                .keepOutput(keepOutput).honourNotebookOptOuts(honour).stripInitCells(stripInitCells).build());
    }

    @Property(tries = 300)
    void findingsDoNotDependOnWhereTheNotebookMetadataIs(@ForAll("notebooks") ObjectNode notebook, @ForAll("policies") Policy policy)
            throws IOException {
        List<String> cellsFirst = findings(JsonLayout.NBFORMAT.write(notebook), policy);
        List<String> metadataFirst = findings(METADATA_FIRST.write(notebook), policy);
        assertEquals(cellsFirst, metadataFirst);
    }

    /** Each finding without its line (which moves with the metadata), in the order of the values they name. */
    private static List<String> findings(byte[] notebook, Policy policy) throws IOException {
        return Nbexport.verify(NotebookSource.of("n.ipynb", notebook), policy).stream()
                .map(f -> f.pointer() + " " + f.rule().id() + " " + f.size() + " " + f.message())
                .sorted()
                .toList();
    }
}
