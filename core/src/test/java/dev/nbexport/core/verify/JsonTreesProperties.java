package dev.nbexport.core.verify;

import dev.nbexport.fixtures.NotebookArbitraries;
import java.io.IOException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whole generated notebooks read into the verifier's trees come out as databind's readTree makes them. */
class JsonTreesProperties {

    @Provide
    Arbitrary<byte[]> notebooks() {
        return NotebookArbitraries.notebooks();
    }

    @Property(tries = 200)
    void wholeNotebooksComeOutAsDatabindMakesThem(@ForAll("notebooks") byte[] notebook) throws IOException {
        JsonTreesTest.assertSameTree(notebook);
    }
}
