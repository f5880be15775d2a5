package dev.nbexport.core.bundle;

import java.text.Normalizer;
import java.util.Locale;

/** Rules for names inside an archive, shared by the writer and the hostile-archive reader. */
public final class EntryNames {

    private EntryNames() {
    }

    /**
     * A relative, {@code /}-separated name without {@code ..} or empty segments, backslashes,
     * colons (a drive letter, or an NTFS alternate data stream: {@code notes.txt:hidden}) or
     * control characters.
     */
    public static boolean isPortable(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : trimmed.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Names equal under this key collide on a case-insensitive or normalising file system. */
    public static String collisionKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
