package dev.nbexport.core.notebook;

import java.util.Map;

/**
 * Keys Jupyter itself never writes to a file (its {@code strip_transient}); removed on every read
 * and write. The notebook's own are removed once, a cell's in the caller's pass over the cells.
 */
final class Transients {

    private Transients() {
    }

    static void removeFromNotebook(Notebook notebook) {
        int major = notebook.version().major();
        if (major < 3) {
            return;
        }
        Map<String, Object> holder = major == 3 ? notebook.root() : notebook.metadata();
        if (!holder.isEmpty()) {
            holder.remove("orig_nbformat");
            holder.remove("orig_nbformat_minor");
            if (major >= 4) {
                holder.remove("signature");
            }
        }
    }

    @SuppressWarnings("unchecked")
    static void removeFromCell(Map<String, Object> cell, int major) {
        if (major < 3) {
            return;
        }
        if (cell.get("metadata") instanceof Map<?, ?> metadata && !metadata.isEmpty()) {
            ((Map<String, Object>) metadata).remove("trusted");
        }
        if (major == 3) {
            cell.remove("trusted");
        }
    }
}
