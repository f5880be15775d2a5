package dev.nbexport.core.policy;

import java.util.List;
import java.util.Map;

/**
 * The key paths a policy removes in one scope, removed from a map in their order, as {@link
 * KeyPath#removeFrom} would one after another. Most cells hold nothing under the keys they start
 * with (an empty {@code metadata}): such a key is looked up once for all the paths that start with
 * it, which then have only their whole key to try.
 */
public final class RemovedKeys {

    private final List<KeyPath> paths;

    public RemovedKeys(List<KeyPath> paths) {
        this.paths = List.copyOf(paths);
    }

    /** Removes every path from {@code root}; returns how many removed something. */
    public int removeFrom(Map<String, Object> root) {
        int removed = 0;
        String head = null;
        // Whether nothing is held under head: paths only remove, so once true it stays true.
        boolean nothingUnder = false;
        for (KeyPath path : paths) {
            String first = path.firstHead();
            if (first != head) {
                head = first;
                nothingUnder = first != null && !(root.get(first) instanceof Map<?, ?> map && !map.isEmpty());
            }
            if (nothingUnder ? path.removeWholeKeyFrom(root) : path.removeFrom(root)) {
                removed++;
            }
        }
        return removed;
    }
}
