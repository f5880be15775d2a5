package dev.nbexport.core.strip;

import dev.nbexport.core.notebook.BlankSources;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.notebook.InvalidNotebookException.Kind;
import dev.nbexport.core.notebook.Location;
import dev.nbexport.core.notebook.NotebookReader;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.notebook.NotebookWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strips an Apache Zeppelin note ({@code .zpln}): every paragraph's {@code results} becomes
 * empty and nothing else is touched. The note is written the way Zeppelin notes are kept in git
 * by nbstripout's Zeppelin mode: two-space indent, keys in file order, non-ASCII escaped, and a
 * final newline.
 */
public final class ZeppelinStripper {

    private ZeppelinStripper() {
    }

    /**
     * @throws InvalidNotebookException when the input is not JSON or has no {@code paragraphs} array
     * @throws IOException              when the source cannot be read
     */
    public static StripResult strip(NotebookSource source) throws IOException {
        if (BlankSources.holdsNothing(source)) {
            return StripResult.blank(source);
        }
        Object tree = NotebookReader.readJson(source);
        if (!(tree instanceof Map<?, ?> note) || !(note.get("paragraphs") instanceof List<?> paragraphs)) {
            throw new InvalidNotebookException(Kind.NOT_A_NOTEBOOK, Location.UNKNOWN,
                    "not a Zeppelin note: no \"paragraphs\" array");
        }
        int outputs = 0;
        for (Object paragraph : paragraphs) {
            if (paragraph instanceof Map<?, ?> map && map.containsKey("results")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = (Map<String, Object>) map;
                if (!(fields.get("results") instanceof Map<?, ?> results && results.isEmpty())) {
                    outputs++;
                }
                fields.put("results", new LinkedHashMap<String, Object>());
            }
        }
        byte[] bytes = NotebookWriter.writeJson(tree, 2);
        boolean changed = !sameBytes(source, bytes);
        long removed = Math.max(0, source.length() - bytes.length);
        return new StripResult(bytes, changed, new StripStats(outputs, 0, 0, 0, 0, 0, changed ? removed : 0));
    }

    private static boolean sameBytes(NotebookSource source, byte[] bytes) throws IOException {
        if (source.length() != bytes.length) {
            return false;
        }
        try (InputStream in = source.open()) {
            return Arrays.equals(in.readAllBytes(), bytes);
        }
    }
}
