package dev.nbexport.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A dotted key such as {@code metadata.widgets} or {@code cell.metadata.application/vnd.databricks.v1+cell}.
 *
 * <p>Resolution follows nbstripout: at each level the whole remaining key is tried first as a
 * literal key (so keys that contain dots work), and only then is it split at the first dot.
 */
public final class KeyPath {

    /** Where a key path applies: the notebook's top level or each cell. */
    public static final String NOTEBOOK = "metadata";
    public static final String CELL = "cell";

    /** The keys of a cell that nbformat requires (of some kind of cell): removing one breaks the notebook. */
    private static final Set<String> REQUIRED_CELL_KEYS = Set.of("cell_type", "source", "metadata", "outputs", "execution_count", "id");

    private final String scope;
    private final String key;
    /** The key's splits, worked out once: it is removed from every cell of every notebook. */
    private final String[] heads;
    private final String[] rests;

    public KeyPath(String scope, String key) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        if (!scope.equals(NOTEBOOK) && !scope.equals(CELL)) {
            throw new IllegalArgumentException("a key path starts with 'metadata.' or 'cell.': " + scope + "." + key);
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("empty key after '" + scope + ".'");
        }
        this.scope = scope;
        this.key = key;
        List<String> headList = new ArrayList<>();
        List<String> restList = new ArrayList<>();
        String rest = key;
        restList.add(rest.intern());
        // Interned like the keys a parser reads and the literals in code, so a lookup matches by identity.
        for (int dot = rest.indexOf('.'); dot >= 0; dot = rest.indexOf('.')) {
            headList.add(rest.substring(0, dot).intern());
            rest = rest.substring(dot + 1);
            restList.add(rest.intern());
        }
        this.heads = headList.toArray(String[]::new);
        this.rests = restList.toArray(String[]::new);
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
     * Parses a key to remove ({@code --extra-keys}): like {@link #parse}, and never a key of a cell
     * that nbformat requires, such as {@code cell.source}, which would take the code with it.
     *
     * @throws RequiredKeyException for such a key
     */
    public static KeyPath removable(String dotted) {
        KeyPath path = parse(dotted);
        if (path.required()) {
            throw new RequiredKeyException(path);
        }
        return path;
    }

    /** Whether this names a key that nbformat requires of a cell. */
    boolean required() {
        return scope.equals(CELL) && REQUIRED_CELL_KEYS.contains(key);
    }

    /** A key to remove that every notebook needs: asked for, it is an error, never done. */
    public static final class RequiredKeyException extends IllegalArgumentException {
        RequiredKeyException(KeyPath path) {
            super("'" + path + "' is part of every notebook, not metadata: removing it would break the notebook"
                    + " (metadata keys are metadata.KEY or cell.metadata.KEY)");
        }
    }

    public String scope() {
        return scope;
    }

    public String key() {
        return key;
    }

    /** The key's part before its first dot (interned), or null for a key without one. */
    String firstHead() {
        return heads.length == 0 ? null : heads[0];
    }

    /** Removes the whole key, taken literally, from {@code root}: the only way this key can match a map whose first head holds nothing. */
    boolean removeWholeKeyFrom(Map<String, Object> root) {
        if (root.containsKey(rests[0])) {
            root.remove(rests[0]);
            return true;
        }
        return false;
    }

    /**
     * Removes this key from {@code root} (the notebook metadata for {@link #NOTEBOOK}, the cell
     * for {@link #CELL}). Returns whether something was removed.
     */
    public boolean removeFrom(Map<String, Object> root) {
        Object node = root;
        for (int level = 0; node instanceof Map<?, ?> map; level++) {
            if (map.containsKey(rests[level])) {
                map.remove(rests[level]);
                return true;
            }
            if (level == heads.length) {
                return false;
            }
            // A head that names a string, number or list ends the search, as nbstripout's pop_recursive does.
            node = map.get(heads[level]);
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyPath that && scope.equals(that.scope) && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return 31 * scope.hashCode() + key.hashCode();
    }

    @Override
    public String toString() {
        return scope + "." + key;
    }
}
