package dev.nbexport.core.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nbexport.core.Nbexport;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Preset;
import java.io.IOException;
import java.util.List;

/** A notebook of one code cell holding a given source, verified as the gate verifies it. */
final class CodeCells {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CodeCells() {
    }

    /** The findings of the {@code export} preset for a notebook whose one code cell holds {@code source}, a line a string. */
    static List<Finding> verifyUnderExport(String source) throws IOException {
        ObjectNode notebook = JSON.createObjectNode();
        ObjectNode cell = notebook.putArray("cells").addObject();
        cell.put("cell_type", "code").putNull("execution_count");
        cell.put("id", "c").putObject("metadata");
        cell.putArray("outputs");
        var lines = cell.putArray("source");
        for (String line : source.split("(?<=\n)")) {
            lines.add(line);
        }
        notebook.putObject("metadata");
        notebook.put("nbformat", 4).put("nbformat_minor", 5);
        return Nbexport.verify(NotebookSource.of("customers.ipynb", JSON.writeValueAsBytes(notebook)), Preset.EXPORT.policy());
    }
}
