package dev.nbexport.core.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Writes an {@link ExplainedPolicy} as YAML in the project file's vocabulary, each value followed
 * by a comment saying where it came from. The output reads back as a valid {@code .nbexport.yaml}
 * only for the keys a project file may set; it is meant for people.
 */
public final class PolicyYaml {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./+-][A-Za-z0-9_./+:-]*");

    private PolicyYaml() {
    }

    /** The policy as YAML, naming the project file as {@code shown} names it (relative to where the user stands, say). */
    public static String render(ExplainedPolicy explained, Function<Path, String> shown) {
        StringBuilder out = new StringBuilder();
        String fileName = explained.file().map(shown).orElse(null);
        out.append(fileName != null ? "# project file: " + fileName : "# no project file (.nbexport.yaml) applies").append('\n');
        Function<String, String> originOf = key -> {
            String from = explained.origins().get(key);
            return ExplainedPolicy.FROM_FILE.equals(from) ? fileName : from;
        };
        Map<String, Object> document = PolicyDocument.of(explained.policy());
        for (Map.Entry<String, Object> section : document.entrySet()) {
            if (section.getValue() instanceof Map<?, ?> entries) {
                out.append(section.getKey()).append(":\n");
                for (Map.Entry<?, ?> entry : entries.entrySet()) {
                    String key = section.getKey() + "." + entry.getKey();
                    line(out, "  ", entry.getKey().toString(), entry.getValue(), originOf.apply(key));
                }
            } else {
                line(out, "", section.getKey(), section.getValue(), originOf.apply(section.getKey()));
            }
        }
        // Findings accepted are not settings of the policy (manifests and caches leave them out): listed apart.
        List<AcceptedFinding> accepted = explained.policy().verify().accepted();
        if (!accepted.isEmpty()) {
            out.append("  accepted:\n");
            String origin = explained.file().map(file -> "  # " + file.getFileName()).orElse("");
            for (AcceptedFinding finding : accepted) {
                out.append("    - {file: ").append(value(finding.written())).append(", rule: ").append(finding.rule())
                        .append(", sha256: \"").append(finding.sha256()).append("\", reason: ")
                        .append(value(finding.reason())).append('}').append(origin).append('\n');
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String indent, String key, Object value, String origin) {
        out.append(indent).append(key).append(": ").append(value(value));
        if (origin != null) {
            out.append("  # ").append(origin);
        }
        out.append('\n');
    }

    private static String value(Object value) {
        if (value instanceof List<?> list) {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(value(list.get(i)));
            }
            return text.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder text = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                text.append(first ? "" : ", ").append(value(entry.getKey())).append(": ").append(value(entry.getValue()));
                first = false;
            }
            return text.append('}').toString();
        }
        String text = String.valueOf(value);
        if (value instanceof String && !PLAIN.matcher(text).matches()) {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return text;
    }
}
