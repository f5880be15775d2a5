package dev.nbexport.core.strip;

import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.notebook.Location;
import dev.nbexport.core.notebook.PythonText;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Requests written inside a notebook to keep a cell's outputs, read as nbstripout reads them:
 * {@code init_cell} in cell metadata decides on its own; otherwise {@code keep_output} as cell
 * metadata or as a tag, which must not contradict each other.
 */
final class NotebookOptOuts {

    static final String KEEP_OUTPUT = "keep_output";
    static final String INIT_CELL = "init_cell";

    private NotebookOptOuts() {
    }

    /** Whether to keep the cell's outputs; {@code places} tells where a cell is, for an error. */
    static boolean keepOutput(Map<String, Object> cell, boolean otherwise, boolean stripInitCells,
                              Function<Map<String, Object>, Location> places) {
        if (!(cell.get("metadata") instanceof Map<?, ?> metadata)) {
            return otherwise;
        }
        if (metadata.containsKey(INIT_CELL)) {
            return PythonText.truthy(metadata.get(INIT_CELL)) && !stripInitCells;
        }
        boolean hasMetadata = metadata.containsKey(KEEP_OUTPUT);
        boolean metadataSays = PythonText.truthy(metadata.get(KEEP_OUTPUT));
        boolean hasTag = hasTag(metadata.get("tags"), KEEP_OUTPUT);
        if (hasMetadata && hasTag && !metadataSays) {
            throw new InvalidNotebookException(InvalidNotebookException.Kind.CONTRADICTORY_METADATA, places.apply(cell),
                    "MetadataError: cell metadata contradicts tags: `keep_output` is false, but `keep_output` in tags");
        }
        return hasMetadata || hasTag ? metadataSays || hasTag : otherwise;
    }

    /** Python's {@code tag in tags}: membership for a list, substring for a string. */
    static boolean hasTag(Object tags, String tag) {
        if (tags instanceof List<?> list) {
            return list.contains(tag);
        }
        return tags instanceof String text && text.contains(tag);
    }
}
