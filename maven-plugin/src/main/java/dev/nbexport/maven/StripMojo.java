package dev.nbexport.maven;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.files.FileTasks;
import dev.nbexport.core.files.NotebookFiles;
import dev.nbexport.core.notebook.InvalidNotebookException;
import dev.nbexport.core.notebook.NotebookSource;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.policy.Preset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Strips outputs, execution counts and metadata from the project's notebooks, in place, as
 * nbstripout does (or as the policy says). Writes are atomic and notebooks that would not change
 * are not touched. With {@code failOnChange} nothing is written: the build fails, listing the
 * notebooks that are not stripped (a check for CI). A file that is not a notebook nbexport can read
 * fails the build with its name and the place of the problem; it is left as it was.
 */
@Mojo(name = "strip", defaultPhase = LifecyclePhase.PROCESS_SOURCES, threadSafe = true)
public class StripMojo extends AbstractFilesMojo {

    /**
     * Write nothing; fail the build, listing the notebooks that stripping would change (like
     * {@code nbexport strip --check}).
     */
    @Parameter(property = "nbexport.failOnChange", defaultValue = "false")
    protected boolean failOnChange;

    /**
     * Skip this goal only: notebooks are left as they are, while {@code verify} still checks them
     * (for a build that must not rewrite files, or test fixtures that keep their outputs).
     */
    @Parameter(property = "nbexport.strip.skip", defaultValue = "false")
    protected boolean skipStrip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipStrip, "nbexport.strip.skip")) {
            return;
        }
        PolicyResolver resolver = resolver(Preset.NBSTRIPOUT);
        List<Path> notebooks = files().stream().filter(NotebookFiles::isNotebook).toList();
        Map<Path, Policy> policies = new HashMap<>();
        for (Path file : notebooks) {
            policies.put(file, policyFor(resolver, file));
        }
        List<String> changed = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        List<Throwable> unexpected = new ArrayList<>();
        int jobs = FileTasks.defaultJobs(!failOnChange);
        // Each task keeps whether its file changed, not the stripped bytes: those are written, or not needed.
        FileTasks.run(notebooks, jobs, file -> (failOnChange ? Nbexport.strip(NotebookSource.of(file), policies.get(file))
                : Nbexport.stripFile(file, file, policies.get(file))).changed(), (file, differed, failure) -> {
                    if (failure instanceof InvalidNotebookException || failure instanceof IOException
                            || failure instanceof UncheckedIOException || failure instanceof OutOfMemoryError) {
                        String message = display(file) + ": " + describe(failure, file);
                        getLog().error(message);
                        broken.add(message);
                    } else if (failure != null) {
                        unexpected.add(failure);
                    } else if (differed) {
                        changed.add(display(file));
                        if (failOnChange) {
                            getLog().error(display(file) + ": not stripped");
                        } else {
                            getLog().info("nbexport: stripped " + display(file));
                        }
                    }
                });
        if (!unexpected.isEmpty()) {
            throw new MojoExecutionException("nbexport: " + unexpected.get(0), unexpected.get(0));
        }
        if (!broken.isEmpty()) {
            throw new MojoExecutionException("nbexport: not a notebook nbexport can read: " + String.join("; ", broken)
                    + (broken.size() < notebooks.size() ? " (the other notebooks were " + (failOnChange ? "checked" : "stripped") + ")" : ""));
        }
        String count = changed.size() + " of " + notebooks.size() + " notebook" + (notebooks.size() == 1 ? "" : "s");
        if (failOnChange && !changed.isEmpty()) {
            throw failure(count + " not stripped (failOnChange; nothing was written): " + String.join(", ", changed)
                    + "; run " + stripCommand());
        }
        getLog().info("nbexport: " + (failOnChange ? notebooks.size() + " notebook" + (notebooks.size() == 1 ? "" : "s")
                + " checked, none needs stripping" : "stripped " + count));
    }
}
