package dev.nbexport.core.verify;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names read from a notebook (keys, output types) as findings may show them: as they are when they
 * look like the names Jupyter and its tools use, else by size and hash, as the name could be the
 * data itself (a key of 9 KiB holding a CSV file).
 */
final class ShownNames {

    /** Keys of real notebooks: {@code ExecuteTime}, {@code application/vnd.databricks.v1+cell}, {@code image.png}. */
    private static final Pattern ORDINARY_KEY = Pattern.compile("[A-Za-z0-9_\\-.:@/+]{1,64}");
    private static final Set<String> OUTPUT_TYPES = Set.of("stream", "display_data", "execute_result", "error", "pyout", "pyerr");

    private ShownNames() {
    }

    /** A key as a JSON pointer segment, escaped; a stand-in such as {@code <key of 9.1 KiB, sha256 1a2b3c4d>} when unusual. */
    static String pointerSegment(String key) {
        return ORDINARY_KEY.matcher(key).matches() ? key.replace("~", "~0").replace("/", "~1") : standIn("key", key);
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
