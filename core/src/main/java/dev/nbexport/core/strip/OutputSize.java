package dev.nbexport.core.strip;

import dev.nbexport.core.notebook.ImageOutputs;
import dev.nbexport.core.notebook.PythonFloat;
import dev.nbexport.core.notebook.PythonText;
import java.util.List;
import java.util.Map;

/** Measures outputs as nbstripout's {@code --max-size} does, and tells images apart. */
final class OutputSize {

    private OutputSize() {
    }

    /** The characters of every string inside, plus the printed length of other values (keys do not count). */
    static long of(Object value) {
        if (value instanceof String text) {
            return PythonText.length(text);
        }
        if (value instanceof List<?> list) {
            long size = 0;
            for (Object item : list) {
                size += of(item);
            }
            return size;
        }
        if (value instanceof Map<?, ?> map) {
            long size = 0;
            for (Object item : map.values()) {
                size += of(item);
            }
            return size;
        }
        if (value == null) {
            return "None".length();
        }
        if (value instanceof Boolean b) {
            return b ? "True".length() : "False".length();
        }
        if (value instanceof Double d) {
            // Python's str() of a float; only the non-finite ones differ from JSON's spelling.
            return Double.isNaN(d) ? 3 : Double.isInfinite(d) ? (d > 0 ? 3 : 4) : PythonFloat.repr(d).length();
        }
        return value.toString().length();
    }

    /** Whether an output carries an image ({@link ImageOutputs}). */
    static boolean hasImage(Object output) {
        if (!(output instanceof Map<?, ?> map)) {
            return false;
        }
        if (map.get("data") instanceof Map<?, ?> data && data.keySet().stream().anyMatch(k -> ImageOutputs.isImageType(k.toString()))) {
            return true;
        }
        return map.keySet().stream().anyMatch(k -> ImageOutputs.isImageKey(k.toString()));
    }
}
