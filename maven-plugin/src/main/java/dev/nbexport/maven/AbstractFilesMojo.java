package dev.nbexport.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that work file by file ({@code strip}, {@code verify}): which files they take. */
abstract class AbstractFilesMojo extends AbstractNbexportMojo {

    /** Notebooks, by default. */
    static final List<String> DEFAULT_INCLUDES = List.of("**/*.ipynb");

    /**
     * The directories searched for files. Default: the project's base directory. The build
     * directory ({@code target/}), the directories of the project's modules (they run their own
     * execution), Jupyter's {@code .ipynb_checkpoints}, JupyterLab's {@code .virtual_documents}
     * and version-control folders are never searched; symbolic links are not followed.
     */
    @Parameter
    protected List<File> sourceDirectories;

    /**
     * Which files to take, as Ant-style patterns relative to a source directory ({@code *} within
     * a name, {@code **} across directories, {@code ?} one character). Default:
     * {@code **}{@code /*.ipynb}. {@code verify} checks any file taken this way (other files get
     * the file rules: data formats, archives, binaries, size, credentials); {@code strip} strips
     * only the {@code .ipynb} files among them.
     */
    @Parameter
    protected List<String> includes;

    /** Files to leave out, as Ant-style patterns relative to a source directory, e.g. {@code scratch/**}. */
    @Parameter
    protected List<String> excludes;

    /** The build directory, never searched. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    protected File buildDirectory;

    /** The files this execution works on, in order, each once. */
    protected List<Path> files() throws MojoExecutionException {
        List<Path> roots = new ArrayList<>();
        if (sourceDirectories == null || sourceDirectories.isEmpty()) {
            roots.add(basedir());
        } else {
            for (File directory : sourceDirectories) {
                Path root = directory.toPath().toAbsolutePath().normalize();
                if (Files.isDirectory(root)) {
                    roots.add(root);
                } else {
                    getLog().warn("nbexport: source directory " + display(root) + " does not exist; skipped");
                }
            }
        }
        Set<Path> pruned = new LinkedHashSet<>();
        pruned.add(buildDirectory.toPath().toAbsolutePath().normalize());
        for (String module : project.getModules()) {
            pruned.add(ModuleBuildDirectories.directoryOf(basedir(), module));
        }
        SourceFiles finder = new SourceFiles(
                includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes,
                excludes == null ? List.of() : excludes, pruned);
        try {
            return finder.find(roots);
        } catch (java.io.UncheckedIOException e) {
            throw new MojoExecutionException("nbexport: cannot list the source directories: " + describe(e, null));
        }
    }
}
