package dev.nbexport.core.notebook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A notebook as read: the parts that were kept, as plain maps and lists in the form Jupyter holds
 * them in memory (multi-line text joined). Values that a read plan skipped or deferred appear as
 * {@link Skipped} or {@link Deferred} placeholders, and an nbformat 4 cell's source already in
 * Jupyter's layout as a {@link VerbatimSource} (read it with {@link VerbatimSource#textOf}).
 */
public final class Notebook {

    private final Map<String, Object> root;
    private final FormatVersion version;
    private final boolean crlf;
    private final long keptBytes;

    Notebook(Map<String, Object> root, FormatVersion version, boolean crlf, long keptBytes) {
        this.root = root;
        this.version = version;
        this.crlf = crlf;
        this.keptBytes = keptBytes;
    }

    public Map<String, Object> root() {
        return root;
    }

    public FormatVersion version() {
        return version;
    }

    /** Whether the file used CRLF line endings. */
    public boolean crlf() {
        return crlf;
    }

    /** The notebook's metadata, created empty when absent. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> metadata() {
        return root.get("metadata") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** About how many bytes of the file the notebook holds as read: what writing it back takes. */
    long keptBytes() {
        return keptBytes;
    }

    /**
     * Every cell in document order (across worksheets for nbformat 2 and 3), in a list that cannot
     * change the notebook. For nbformat 4 it is a view that follows {@link #removeCellsIf}; take a
     * copy to keep the cells as they were.
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> cells() {
        if (!version.hasWorksheets()) {
            // Not copied: this is asked for several times a notebook, which may hold thousands of cells.
            return Collections.unmodifiableList((List<Map<String, Object>>) root.get("cells"));
        }
        List<Map<String, Object>> cells = new ArrayList<>();
        for (List<Object> list : cellLists()) {
            for (Object cell : list) {
                cells.add(asMap(cell));
            }
        }
        return Collections.unmodifiableList(cells);
    }

    /** Brings a cell whose parts were read later (deferred outputs) into the in-memory form. */
    public void rejoin(Map<String, Object> cell) {
        LineLayout.of(version).rejoin(cell);
    }

    /** Removes the cells matching {@code drop}; returns how many. */
    public int removeCellsIf(Predicate<Map<String, Object>> drop) {
        int removed = 0;
        for (List<Object> list : cellLists()) {
            for (Iterator<Object> it = list.iterator(); it.hasNext(); ) {
                if (drop.test(asMap(it.next()))) {
                    it.remove();
                    removed++;
                }
            }
        }
        return removed;
    }

    @SuppressWarnings("unchecked")
    private List<List<Object>> cellLists() {
        List<List<Object>> lists = new ArrayList<>();
        if (version.hasWorksheets()) {
            for (Object worksheet : (List<Object>) root.get("worksheets")) {
                lists.add((List<Object>) asMap(worksheet).get("cells"));
            }
        } else {
            lists.add((List<Object>) root.get("cells"));
        }
        return lists;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    /** Bytes of the input that were passed over unread; {@code count} items, {@code images} of them images. */
    public record Skipped(int count, int images) {
    }

    /**
     * An array left in the file at bytes {@code [start, end)}, to be read only if it is kept.
     * {@code count} items, {@code images} of them images.
     */
    public record Deferred(long start, long end, int count, int images) {
    }
}
