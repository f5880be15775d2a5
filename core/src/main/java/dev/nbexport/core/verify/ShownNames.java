package dev.nbexport.core.verify;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Names read from a notebook (keys, output types) as findings may show them: as they are when they
 * look like the names Jupyter and its tools use, else by size and hash, as the name could be the
 * data itself (a key of 9 KiB holding a CSV file).
 */
final class ShownNames {

    /** The longest key shown as it is. */
    private static final int MAX_SHOWN = 64;
    private static final Set<String> OUTPUT_TYPES = Set.of("stream", "display_data", "execute_result", "error", "pyout", "pyerr");

    private ShownNames() {
    }

    /** A key as a JSON pointer segment, escaped; a stand-in such as {@code <key of 9.1 KiB, sha256 1a2b3c4d>} when unusual. */
    static String pointerSegment(String key) {
        return isOrdinary(key) ? key.replace("~", "~0").replace("/", "~1") : standIn("key", key);
    }

    /**
     * Whether a key looks like those of real notebooks ({@code ExecuteTime},
     * {@code application/vnd.databricks.v1+cell}, {@code image.png}): 1 to 64 letters, digits and
     * {@code _-.:@/+}. A loop rather than a pattern: every key of every cell's metadata comes here.
     */
    private static boolean isOrdinary(String key) {
        if (key.isEmpty() || key.length() > MAX_SHOWN) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_-.:@/+".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** An output type nbformat defines, as it is; any other as a stand-in. */
    static String outputType(String type) {
        return OUTPUT_TYPES.contains(type) ? type : standIn("output_type", type);
    }

    private static String standIn(String what, String value) {
        return "<" + what + " of " + ByteSizes.of(value.getBytes(StandardCharsets.UTF_8).length) + ", sha256 "
                + Hashes.prefix(value) + ">";
    }
}
