package dev.nbexport.core.notebook;

import java.util.Map;

/** Keys Jupyter itself never writes to a file (its {@code strip_transient}); removed on every write. */
final class Transients {

    private Transients() {
    }

    @SuppressWarnings("unchecked")
    static void remove(Notebook notebook) {
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
        for (Map<String, Object> cell : notebook.cells()) {
            if (cell.get("metadata") instanceof Map<?, ?> metadata) {
                ((Map<String, Object>) metadata).remove("trusted");
            }
            if (major == 3) {
                cell.remove("trusted");
            }
        }
    }
}
