package dev.nbexport.core.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dotted key such as {@code metadata.widgets} or {@code cell.metadata.application/vnd.databricks.v1+cell}.
 *
 * <p>Resolution follows nbstripout: at each level the whole remaining key is tried first as a
 * literal key (so keys that contain dots work), and only then is it split at the first dot.
 */
public record KeyPath(String scope, String key) {

    /** Where a key path applies: the notebook's top level or each cell. */
    public static final String NOTEBOOK = "metadata";
    public static final String CELL = "cell";

    public KeyPath {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        if (!scope.equals(NOTEBOOK) && !scope.equals(CELL)) {
            throw new IllegalArgumentException("a key path starts with 'metadata.' or 'cell.': " + scope + "." + key);
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("empty key after '" + scope + ".'");
        }
    }

    /** Parses {@code metadata.foo} (notebook metadata) or {@code cell.metadata.foo} (relative to a cell). */
    public static KeyPath parse(String dotted) {
        int dot = dotted.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("not a key path (expected metadata.KEY or cell.KEY): " + dotted);
        }
        return new KeyPath(dotted.substring(0, dot), dotted.substring(dot + 1));
    }

    /**
     * Removes this key from {@code root} (the notebook metadata for {@link #NOTEBOOK}, the cell
     * for {@link #CELL}). Returns whether something was removed.
     */
    public boolean removeFrom(Map<String, Object> root) {
        return remove(root, key);
    }

    private static boolean remove(Object node, String key) {
        if (!(node instanceof Map<?, ?> map)) {
            return false;
        }
        if (map.containsKey(key)) {
            map.remove(key);
            return true;
        }
        int dot = key.indexOf('.');
        if (dot < 0) {
            return false;
        }
        // A head that names a string, number or list ends the search, as nbstripout's pop_recursive does.
        return remove(map.get(key.substring(0, dot)), key.substring(dot + 1));
    }

    /** The first segment when the key has no dots, used to skip a subtree while parsing. */
    public boolean isSingleSegment() {
        return key.indexOf('.') < 0;
    }

    public List<String> segments() {
        return List.of(key.split("\\.", -1));
    }

    @Override
    public String toString() {
        return scope + "." + key;
    }
}
