package dev.nbexport.core.strip;

import dev.nbexport.core.policy.Shape;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Keeps only the allowed keys of a metadata map, each trimmed to its shape. An allowed key is
 * dotted ({@code jupyter.source_hidden}); as with removal, a whole dotted key is first tried as a
 * literal key, so keys containing dots work.
 */
final class AllowList {

    private AllowList() {
    }

    /** Whether the allowed dotted key is {@code key} itself or lies inside it. */
    static boolean reaches(String allowed, String key) {
        return allowed.equals(key) || allowed.startsWith(key + ".");
    }

    /**
     * Removes every key of {@code map} not reached by {@code allowed} (dotted keys and their
     * shapes), and every part of an allowed value outside its shape; returns how many were removed.
     */
    @SuppressWarnings("unchecked")
    static int retain(Map<String, Object> map, Map<String, Shape> allowed) {
        int removed = 0;
        for (Iterator<Map.Entry<String, Object>> it = map.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Object> entry = it.next();
            String key = entry.getKey();
            Shape shape = allowed.get(key);
            if (shape != null) {
                int trimmed = ShapeTrim.trim(entry.getValue(), shape);
                if (trimmed != ShapeTrim.MISFIT) {
                    removed += trimmed;
                    continue;
                }
            } else {
                Map<String, Shape> inner = new HashMap<>();
                allowed.forEach((path, pathShape) -> {
                    if (path.startsWith(key + ".")) {
                        inner.put(path.substring(key.length() + 1), pathShape);
                    }
                });
                if (!inner.isEmpty() && entry.getValue() instanceof Map<?, ?> child) {
                    removed += retain((Map<String, Object>) child, inner);
                    if (!child.isEmpty()) {
                        continue;
                    }
                }
            }
            it.remove();
            removed++;
        }
        return removed;
    }
}
