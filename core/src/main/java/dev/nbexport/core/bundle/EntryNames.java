package dev.nbexport.core.bundle;

import java.text.Normalizer;
import java.util.Locale;

/** Rules for names inside an archive, shared by the writer and the hostile-archive reader. */
public final class EntryNames {

    private EntryNames() {
    }

    /**
     * A relative, {@code /}-separated name without {@code ..} or empty segments, backslashes,
     * colons (a drive letter, or an NTFS alternate data stream: {@code notes.txt:hidden}),
     * control characters, or segments ending in a dot or a space (Windows drops them, so
     * {@code x.py.} would land on {@code x.py}).
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
            if (segment.isEmpty() || segment.endsWith(".") || segment.endsWith(" ")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the name is text: U+FFFD stands for bytes of a file name that were not UTF-8 (an old
     * archive's Latin-1), which would reach the office under another name than the file's.
     */
    public static boolean isText(String name) {
        return name.indexOf('\ufffd') < 0;
    }

    /**
     * Names equal under this key collide on a case-insensitive or normalising file system: Unicode
     * compatibility normalisation and full case folding ({@code straße.py} and {@code STRASSE.py}
     * meet at {@code strasse.py}).
     */
    public static String collisionKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }
}
