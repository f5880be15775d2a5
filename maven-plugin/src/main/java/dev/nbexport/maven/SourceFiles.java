package dev.nbexport.maven;

import dev.nbexport.core.files.NotebookFiles;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the files under some directories that Ant-style include patterns take and exclude patterns
 * do not, never descending into pruned directories (the build directory, modules) nor into
 * Jupyter's checkpoints and version-control folders, never following symbolic links.
 */
final class SourceFiles {

    private final List<Pattern> includes;
    private final List<Pattern> excludes;
    private final Set<Path> pruned;

    SourceFiles(Collection<String> includes, Collection<String> excludes, Collection<Path> pruned) {
        this.includes = includes.stream().map(SourceFiles::compile).toList();
        this.excludes = excludes.stream().map(SourceFiles::compile).toList();
        this.pruned = Set.copyOf(pruned);
    }

    /** The files found, each root's in path order, each file once. */
    List<Path> find(List<Path> roots) {
        Set<Path> found = new LinkedHashSet<>();
        for (Path root : roots) {
            found.addAll(walk(root));
        }
        return List.copyOf(found);
    }

    private List<Path> walk(Path root) {
        return NotebookFiles.walk(root, pruned::contains, file -> taken(root.relativize(file).toString().replace('\\', '/')));
    }

    boolean taken(String relativePath) {
        return includes.stream().anyMatch(p -> p.matcher(relativePath).matches())
                && excludes.stream().noneMatch(p -> p.matcher(relativePath).matches());
    }

    /**
     * An Ant-style pattern as a regular expression: {@code **} spans directories ({@code **}{@code /}
     * also matches nothing, so {@code **}{@code /*.ipynb} takes top-level notebooks), {@code *} and
     * {@code ?} stay within a name, and a trailing {@code /} means everything below.
     */
    static Pattern compile(String pattern) {
        String text = pattern.strip().replace('\\', '/');
        while (text.startsWith("./")) {
            text = text.substring(2);
        }
        if (text.startsWith("/")) {
            text = text.substring(1);
        }
        if (text.endsWith("/")) {
            text = text + "**";
        }
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 3;
            } else if (text.startsWith("/**", i) && i + 3 == text.length()) {
                regex.append("(?:/.*)?");
                i += 3;
            } else if (text.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(regex.toString());
    }
}
