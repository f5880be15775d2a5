package dev.nbexport.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nbexport.fixtures.ProjectTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleBuildDirectoriesTest {

    @TempDir
    Path parent;

    private void pom(String path, String build, String... modules) {
        StringBuilder pom = new StringBuilder("<project><modelVersion>4.0.0</modelVersion><artifactId>x</artifactId>");
        if (modules.length > 0) {
            pom.append("<modules>");
            for (String module : modules) {
                pom.append("<module>").append(module).append("</module>");
            }
            pom.append("</modules>");
        }
        if (build != null) {
            pom.append("<build><directory>").append(build).append("</directory></build>");
        }
        new ProjectTree(parent).write(path, pom.append("</project>\n").toString());
    }

    private Set<Path> outside(List<String> modules, Path... inReactor) {
        return ModuleBuildDirectories.outsideReactor(parent, modules, Set.of(inReactor)::contains);
    }

    @Test
    void aModuleOutsideTheReactorBuildsWhereItsPomSaysElseInTarget() {
        pom("a/pom.xml", "out");
        pom("b/pom.xml", "${project.basedir}/build/classes/..");
        pom("c/pom.xml", null);
        pom("d/pom.xml", "${build.root}/d");

        assertEquals(Set.of(parent.resolve("a/out"), parent.resolve("b/build"), parent.resolve("c/target"),
                parent.resolve("d/target")), outside(List.of("a", "b", "c", "d")));
    }

    @Test
    void theModulesOfAModuleOutsideTheReactorAreOutsideItToo() {
        pom("group/pom.xml", null, "leaf");
        pom("group/leaf/pom.xml", "${basedir}/bin");

        assertEquals(Set.of(parent.resolve("group/target"), parent.resolve("group/leaf/bin")), outside(List.of("group")));
    }

    @Test
    void aModuleInTheReactorIsLeftToTheReactorWhichKnowsItsBuildDirectory() {
        pom("a/pom.xml", "out");
        pom("b/pom.xml", "out");

        assertEquals(Set.of(parent.resolve("b/out")), outside(List.of("a", "b"), parent.resolve("a")));
    }

    @Test
    void aModuleNamedByItsPomFileOrWithoutAReadablePomStillHasItsBuildDirectory() {
        pom("a/release.xml", "dist");
        new ProjectTree(parent).write("b/pom.xml", "<project><unclosed>");

        assertEquals(Set.of(parent.resolve("a/dist"), parent.resolve("b/target"), parent.resolve("missing/target")),
                outside(List.of("a/release.xml", "b", "missing")));
    }
}
