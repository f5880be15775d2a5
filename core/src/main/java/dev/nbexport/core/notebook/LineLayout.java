package dev.nbexport.core.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How each nbformat version stores multi-line text: Jupyter joins lists of lines into one string
 * when it reads a file and splits strings into lists of lines when it writes one, for a fixed set
 * of fields. Doing both gives exactly the line lists Jupyter writes.
 */
public enum LineLayout {

    /**
     * No {@code nbformat} key, which Jupyter reads as nbformat 1: its reader and writer keep text as
     * the file has it, a string or a list of lines.
     */
    V1(Set.of()) {
        @Override
        String join(List<?> lines) {
            throw new UnsupportedOperationException("nbformat 1 keeps text as read");
        }

        @Override
        List<String> split(String text) {
            throw new UnsupportedOperationException("nbformat 1 keeps text as read");
        }

        @Override
        void rejoin(Map<String, Object> cell) {
        }

        @Override
        void splitForFile(Map<String, Object> cell) {
        }
    },

    /** nbformat 2: lines without their endings, joined with "\n". */
    V2(Set.of("text", "html", "svg", "latex", "javascript", "json")) {
        @Override
        String join(List<?> lines) {
            return String.join("\n", strings(lines));
        }

        @Override
        List<String> split(String text) {
            return PythonText.splitLines(text, false);
        }
    },

    /** nbformat 3: lines keep their endings; older files without them are joined with "\n". */
    V3(Set.of("text", "html", "svg", "latex", "javascript", "json")) {
        @Override
        String join(List<?> lines) {
            List<String> strings = strings(lines);
            boolean keptEnds = !strings.isEmpty() && (strings.get(0).endsWith("\n") || strings.get(0).endsWith("\r"));
            return String.join(keptEnds ? "" : "\n", strings);
        }

        @Override
        List<String> split(String text) {
            return PythonText.splitLines(text, true);
        }
    },

    /** nbformat 4: lines keep their endings. */
    V4(Set.of()) {
        @Override
        String join(List<?> lines) {
            return String.join("", strings(lines));
        }

        @Override
        List<String> split(String text) {
            return PythonText.splitLines(text, true);
        }

        @Override
        void rejoin(Map<String, Object> cell) {
            joinIfLines(cell, "source");
            if (!hasOutputsOrAttachments(cell)) {
                return;
            }
            for (Map<String, Object> bundle : mimeBundles(cell)) {
                for (Map.Entry<String, Object> entry : bundle.entrySet()) {
                    if (!isJsonMime(entry.getKey()) && entry.getValue() instanceof List<?> lines && allStrings(lines)) {
                        entry.setValue(join(lines));
                    }
                }
            }
            for (Map<String, Object> output : textOutputs(cell)) {
                if (output.get("output_type") instanceof String type && !type.isEmpty()) {
                    joinIfLines(output, "text");
                }
            }
        }

        @Override
        void splitForFile(Map<String, Object> cell) {
            splitIfString(cell, "source");
            if (!hasOutputsOrAttachments(cell)) {
                return;
            }
            for (Map<String, Object> bundle : mimeBundles(cell)) {
                for (Map.Entry<String, Object> entry : bundle.entrySet()) {
                    String mime = entry.getKey();
                    if (entry.getValue() instanceof String text && (mime.startsWith("text/") || SPLIT_MIMES.contains(mime))) {
                        entry.setValue(split(text));
                    }
                }
            }
            for (Map<String, Object> output : textOutputs(cell)) {
                if ("stream".equals(output.get("output_type"))) {
                    splitIfString(output, "text");
                }
            }
        }
    };

    private static final Set<String> SPLIT_MIMES = Set.of("application/javascript", "image/svg+xml");

    private final Set<String> multilineOutputKeys;

    LineLayout(Set<String> multilineOutputKeys) {
        this.multilineOutputKeys = multilineOutputKeys;
    }

    public static LineLayout of(FormatVersion version) {
        return switch (version.major()) {
            case 1 -> V1;
            case 2 -> V2;
            case 3 -> V3;
            default -> V4;
        };
    }

    abstract String join(List<?> lines);

    abstract List<String> split(String text);

    /** Turns a cell as stored in a file into the form Jupyter holds in memory. */
    void rejoin(Map<String, Object> cell) {
        if ("code".equals(cell.get("cell_type"))) {
            joinIfLines(cell, "input");
            for (Map<String, Object> output : outputs(cell)) {
                for (String key : multilineOutputKeys) {
                    joinIfLines(output, key);
                }
            }
        } else {
            joinIfLines(cell, "source");
            joinIfLines(cell, "rendered");
        }
    }

    /** Turns a cell held in memory into the form Jupyter writes to a file. */
    void splitForFile(Map<String, Object> cell) {
        if ("code".equals(cell.get("cell_type"))) {
            splitIfString(cell, "input");
            for (Map<String, Object> output : outputs(cell)) {
                for (String key : multilineOutputKeys) {
                    splitIfString(output, key);
                }
            }
        } else {
            splitIfString(cell, "source");
            splitIfString(cell, "rendered");
        }
    }

    final void joinIfLines(Map<String, Object> map, String key) {
        if (map.get(key) instanceof List<?> lines && allStrings(lines)) {
            map.put(key, join(lines));
        }
    }

    final void splitIfString(Map<String, Object> map, String key) {
        if (map.get(key) instanceof String text) {
            map.put(key, split(text));
        }
    }

    static boolean isJsonMime(String mime) {
        return mime.equals("application/json") || (mime.startsWith("application/") && mime.endsWith("+json"));
    }

    private static boolean allStrings(List<?> list) {
        for (Object item : list) {
            if (!(item instanceof String)) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(List<?> lines) {
        return (List<String>) lines;
    }

    // Loops rather than callbacks: a cell is read and written many times over, and a lambda that
    // captures costs a native allocation each time under the quick JIT tier.

    /**
     * Whether a cell holds outputs or attachments as read: most cells do not (their outputs skipped
     * or stripped), and their lists of parts need not be made.
     */
    private static boolean hasOutputsOrAttachments(Map<String, Object> cell) {
        return cell.get("outputs") instanceof List<?> outputs && !outputs.isEmpty() || cell.get("attachments") instanceof Map<?, ?>;
    }

    /** The outputs of a cell that are objects. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> outputs(Map<String, Object> cell) {
        if (!(cell.get("outputs") instanceof List<?> outputs)) {
            return List.of();
        }
        List<Map<String, Object>> maps = new ArrayList<>(outputs.size());
        for (Object output : outputs) {
            if (output instanceof Map<?, ?> map) {
                maps.add((Map<String, Object>) map);
            }
        }
        return maps;
    }

    /** nbformat 4: the mime bundles of a cell, in its attachments and in a code cell's rich outputs. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> mimeBundles(Map<String, Object> cell) {
        List<Map<String, Object>> bundles = new ArrayList<>();
        if (cell.get("attachments") instanceof Map<?, ?> attachments) {
            for (Object bundle : attachments.values()) {
                if (bundle instanceof Map<?, ?> map) {
                    bundles.add((Map<String, Object>) map);
                }
            }
        }
        if ("code".equals(cell.get("cell_type"))) {
            for (Map<String, Object> output : outputs(cell)) {
                if (isRich(output) && output.get("data") instanceof Map<?, ?> data) {
                    bundles.add((Map<String, Object>) data);
                }
            }
        }
        return bundles;
    }

    /** nbformat 4: a code cell's outputs that hold text rather than a mime bundle. */
    private static List<Map<String, Object>> textOutputs(Map<String, Object> cell) {
        if (!"code".equals(cell.get("cell_type"))) {
            return List.of();
        }
        List<Map<String, Object>> text = new ArrayList<>();
        for (Map<String, Object> output : outputs(cell)) {
            if (!isRich(output)) {
                text.add(output);
            }
        }
        return text;
    }

    private static boolean isRich(Map<String, Object> output) {
        Object type = output.get("output_type");
        return "execute_result".equals(type) || "display_data".equals(type);
    }
}
