package dev.nbexport.core.bundle;

import dev.nbexport.core.verify.Rule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Accepts an entry name only when it is safe to extract anywhere: portable ({@link EntryNames}),
 * valid text, and distinct from every earlier name, also after case folding and Unicode
 * normalisation, and also where a file would stand in for a directory another entry needs.
 */
final class EntryNameCheck {

    private final BundleFindings findings;
    private final Map<String, String> seen = new HashMap<>();
    private final Set<String> files = new HashSet<>();
    private final Set<String> parents = new HashSet<>();

    EntryNameCheck(BundleFindings findings) {
        this.findings = findings;
    }

    /** Whether {@code name} may be used; reports why not. */
    boolean accept(String name) {
        if (!EntryNames.isPortable(name) || !EntryNames.isText(name)) {
            findings.entry(Rule.ARCHIVE_PATH, name, "an unsafe entry name");
            return false;
        }
        boolean directory = name.endsWith("/");
        String key = EntryNames.collisionKey(directory ? name.substring(0, name.length() - 1) : name);
        if (seen.containsKey(key) || (!directory && parents.contains(key)) ||
                parentKeys(key).stream().anyMatch(files::contains)) {
            findings.entry(Rule.ARCHIVE_DUPLICATE, name,
                    "a second entry with this name, or one equal to it after case folding or normalisation");
            return false;
        }
        seen.put(key, name);
        if (!directory) {
            files.add(key);
        }
        parents.addAll(parentKeys(key));
        return true;
    }

    private static Set<String> parentKeys(String key) {
        Set<String> keys = new HashSet<>();
        for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
            keys.add(key.substring(0, slash));
        }
        return keys;
    }
}
