package dev.nbexport.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/**
 * The build directories of a project's modules that the reactor does not hold (a build with
 * {@code -N}, which builds the parent alone), and of their modules in turn: where a full build
 * would put their output. Each is read from the module's own POM ({@code <build><directory>},
 * relative to the module, where {@code ${project.basedir}} or {@code ${basedir}} may stand for
 * it), else Maven's default {@code target}, also when the POM cannot be read or names its
 * directory with other expressions, which only a full build resolves.
 */
final class ModuleBuildDirectories {

    private static final String DEFAULT = "target";
    private static final List<String> BASEDIR = List.of("${project.basedir}", "${basedir}", "${pom.basedir}");

    private ModuleBuildDirectories() {
    }

    /**
     * The build directories of the modules of the project in {@code basedir}, named by
     * {@code modules} as its POM names them, that are not {@code inReactor} (by their directory).
     */
    static Set<Path> outsideReactor(Path basedir, List<String> modules, Predicate<Path> inReactor) {
        Set<Path> found = new LinkedHashSet<>();
        collect(basedir, modules, inReactor, found, new HashSet<>());
        return found;
    }

    private static void collect(Path basedir, List<String> modules, Predicate<Path> inReactor, Set<Path> found,
                                Set<Path> seen) {
        for (String module : modules) {
            Path pom = pomOf(basedir, module);
            Path directory = pom.getParent();
            if (!seen.add(directory) || inReactor.test(directory)) {
                continue;
            }
            Optional<Model> model = read(pom);
            found.add(buildDirectory(directory, model.map(m -> m.getBuild() == null ? null : m.getBuild().getDirectory())
                    .orElse(null)));
            model.ifPresent(m -> collect(directory, m.getModules(), inReactor, found, seen));
        }
    }

    /** The directory a {@code <module>} entry names: a directory (its {@code pom.xml}) or a POM file. */
    static Path directoryOf(Path basedir, String module) {
        return pomOf(basedir, module).getParent();
    }

    private static Path pomOf(Path basedir, String module) {
        Path named = basedir.resolve(module.strip()).toAbsolutePath().normalize();
        return Files.isRegularFile(named) ? named : named.resolve("pom.xml");
    }

    /** The build directory a module's POM declares ({@code declared}, or null), resolved against the module's directory. */
    static Path buildDirectory(Path moduleDirectory, String declared) {
        String path = declared == null ? "" : declared.strip();
        for (String basedir : BASEDIR) {
            path = path.replace(basedir, moduleDirectory.toString());
        }
        if (path.isEmpty() || path.contains("${")) {
            path = DEFAULT;
        }
        return moduleDirectory.resolve(path).normalize();
    }

    private static Optional<Model> read(Path pom) {
        try (InputStream in = Files.newInputStream(pom)) {
            return Optional.of(new MavenXpp3Reader().read(in, false));
        } catch (IOException | XmlPullParserException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
