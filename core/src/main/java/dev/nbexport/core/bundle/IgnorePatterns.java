package dev.nbexport.core.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Patterns in gitignore syntax ({@code .nbexportignore}, {@code --exclude}): {@code *}, {@code ?},
 * {@code **}, a leading {@code /} anchoring to the root, a trailing {@code /} for directories only,
 * {@code !} to take a path back, and {@code #} comments. The last matching pattern wins.
 */
public final class IgnorePatterns {

    private record Entry(Pattern pattern, boolean negated, boolean directoryOnly, String text) {
    }

    private final List<Entry> entries;

    private IgnorePatterns(List<Entry> entries) {
        this.entries = entries;
    }

    public static IgnorePatterns parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negated = line.startsWith("!");
            if (negated) {
                line = line.substring(1);
            }
            boolean directoryOnly = line.endsWith("/");
            if (directoryOnly) {
                line = line.substring(0, line.length() - 1);
            }
            boolean anchored = line.startsWith("/") || line.contains("/");
            if (line.startsWith("/")) {
                line = line.substring(1);
            }
            String regex = (anchored ? "" : "(?:.*/)?") + translate(line);
            entries.add(new Entry(Pattern.compile(regex), negated, directoryOnly, raw.strip()));
        }
        return new IgnorePatterns(entries);
    }

    /** The pattern that excludes {@code path} (relative, with {@code /}), or null when it is not excluded. */
    public String match(String path, boolean directory) {
        String verdict = null;
        for (Entry entry : entries) {
            if (entry.directoryOnly && !directory) {
                continue;
            }
            if (entry.pattern.matcher(path).matches()) {
                verdict = entry.negated ? null : entry.text;
            }
        }
        return verdict;
    }

    private static String translate(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    boolean slashFollows = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                    regex.append(slashFollows ? "(?:.*/)?" : ".*");
                    i += slashFollows ? 2 : 1;
                } else {
                    regex.append("[^/]*");
                }
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
