package dev.nbexport.core.notebook;

/**
 * What a reader may leave unread. Skipped values are never materialised, so memory stays bounded
 * by what is kept, not by the size of the file.
 */
public interface ReadPlan {

    /** Reads everything. */
    ReadPlan KEEP_ALL = new ReadPlan() {
        @Override
        public Handling outputs() {
            return Handling.KEEP;
        }

        @Override
        public boolean skipAttachments() {
            return false;
        }

        @Override
        public boolean skipNotebookMetadata(String key) {
            return false;
        }
    };

    /** What to do with a cell's {@code outputs}. */
    enum Handling {
        /** Read into memory. */
        KEEP,
        /** Count, and remember where they are in case they are kept after all. */
        DEFER,
        /** Count only. */
        SKIP
    }

    Handling outputs();

    boolean skipAttachments();

    /** Whether a top-level key of the notebook metadata will certainly be removed. */
    boolean skipNotebookMetadata(String key);
}
