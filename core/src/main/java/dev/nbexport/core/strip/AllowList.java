package dev.nbexport.core.strip;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Keeps only the allowed keys of a metadata map. An allowed key is dotted ({@code jupyter.source_hidden});
 * as with removal, a whole dotted key is first tried as a literal key, so keys containing dots work.
 */
final class AllowList {

    private AllowList() {
    }

    /** Whether the allowed dotted key is {@code key} itself or lies inside it. */
    static boolean reaches(String allowed, String key) {
        return allowed.equals(key) || allowed.startsWith(key + ".");
    }

    /** Removes every key of {@code map} not reached by {@code allowed}; returns how many keys were removed. */
    @SuppressWarnings("unchecked")
    static int retain(Map<String, Object> map, List<String> allowed) {
        int removed = 0;
        for (Iterator<Map.Entry<String, Object>> it = map.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Object> entry = it.next();
            String key = entry.getKey();
            if (allowed.contains(key)) {
                continue;
            }
            List<String> inner = new ArrayList<>();
            for (String path : allowed) {
                if (path.startsWith(key + ".")) {
                    inner.add(path.substring(key.length() + 1));
                }
            }
            if (!inner.isEmpty() && entry.getValue() instanceof Map<?, ?> child) {
                removed += retain((Map<String, Object>) child, inner);
                if (!child.isEmpty()) {
                    continue;
                }
            }
            it.remove();
            removed++;
        }
        return removed;
    }
}
