package dev.nbexport.maven;

import dev.nbexport.core.policy.InvalidPolicyException;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.report.Printable;
import dev.nbexport.core.report.ShownFindings;
import dev.nbexport.core.report.TextReport;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Severity;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every nbexport goal shares: skipping, the policy (preset or policy file) and one-line
 * messages. Goals keep no state between executions and share none, so builds may run with
 * {@code -T}.
 */
abstract class AbstractNbexportMojo extends AbstractMojo {

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /**
     * Skip this goal: nothing is read or written, and the build goes on. {@code -Dnbexport.skip}
     * skips every nbexport goal; {@code -Dnbexport.strip.skip}, {@code -Dnbexport.verify.skip} and
     * {@code -Dnbexport.bundle.skip} one goal each.
     */
    @Parameter(property = "nbexport.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The preset the policy starts from: {@code nbstripout} (what nbstripout removes: outputs,
     * execution counts, a few metadata keys) or {@code export} (strict, for code leaving a site:
     * also attachments, {@code data:} URIs and all but a short list of metadata). When not set,
     * the preset named in the policy file is used, else {@code nbstripout} for {@code strip} and
     * {@code verify} and {@code export} for {@code bundle}.
     */
    @Parameter(property = "nbexport.preset")
    protected String preset;

    /**
     * A policy file (YAML, as written by {@code nbexport policy init}) to use for every file.
     * When not set, each file gets the nearest {@code .nbexport.yaml} found walking up from its
     * directory, if there is one.
     */
    @Parameter(property = "nbexport.policy")
    protected File policyFile;

    /** The policy resolver for this execution: preset, then the policy file. */
    protected PolicyResolver resolver(Preset defaultPreset) throws MojoExecutionException {
        Optional<Preset> chosen;
        try {
            chosen = preset == null || preset.isBlank() ? Optional.empty() : Optional.of(Preset.byId(preset.strip()));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("nbexport: <preset>: " + e.getMessage());
        }
        try {
            return new PolicyResolver(chosen, Optional.ofNullable(policyFile).map(File::toPath), builder -> { },
                    defaultPreset);
        } catch (InvalidPolicyException e) {
            // Maven resolves a relative file parameter against each module's directory, not where the build started.
            boolean elsewhere = policyFile != null && !policyFile.exists() && !project.isExecutionRoot();
            throw new MojoExecutionException("nbexport: " + policyProblem(e) + (elsewhere
                    ? " (Maven resolves a relative policy file against each module's own directory: name it by its"
                            + " absolute path, or put it in every module)" : ""));
        }
    }

    /** The policy for one file or directory; a broken policy file is the user's error, named. */
    protected Policy policyFor(PolicyResolver resolver, Path path) throws MojoExecutionException {
        return policyFor(resolver::forPath, path);
    }

    /** The policy {@code resolve} gives for one file or directory, its failures named as above. */
    protected Policy policyFor(Function<Path, Policy> resolve, Path path) throws MojoExecutionException {
        try {
            return resolve.apply(path);
        } catch (InvalidPolicyException e) {
            throw new MojoExecutionException("nbexport: " + policyProblem(e));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("nbexport: " + display(path) + ": " + describe(e, path));
        }
    }

    /** Warns of the settings by which the plugin's configuration loosens the export preset: they let more leave. */
    protected void warnLoosened(List<String> settings) {
        if (!settings.isEmpty()) {
            getLog().warn("nbexport: the plugin's configuration loosens the export preset: " + String.join(", ", settings));
        }
    }

    /** What is wrong with a policy file, naming it as the goals name files: relative to the project's base directory. */
    protected String policyProblem(InvalidPolicyException e) {
        return describe(e, null);
    }

    /**
     * The command that strips under this goal's preset and policy file. The policy file is named
     * relative to the project's directory, which Maven resolves it against, only when this project
     * is where the build started: other modules would resolve it against their own.
     */
    protected String stripCommand() {
        String shownPolicy = policyFile == null ? null
                : project.isExecutionRoot() ? display(policyFile.toPath()) : policyFile.toPath().toAbsolutePath().normalize().toString();
        return StripHint.of(preset, shownPolicy);
    }

    /**
     * Whether to skip, for {@code skip} or for this goal's own skip parameter, whose user property
     * is {@code property}; logs which one skipped the goal.
     */
    protected boolean skipped(boolean skipGoal, String property) {
        if (skip || skipGoal) {
            getLog().info("nbexport: skipped (" + (skip ? "nbexport.skip" : property) + ")");
            return true;
        }
        return false;
    }

    /** The project's base directory. */
    protected Path basedir() {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    /** A path as users see it: relative to the project's base directory when inside it, printable on one line. */
    protected String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = basedir();
        String shown = absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute).toString()
                : absolute.toString();
        return Printable.escape(shown.replace(File.separatorChar, '/'));
    }

    /**
     * Logs findings one line each, as the text report orders and shows them (by file, then line;
     * with size and hash prefix): errors as errors, warnings as warnings, accepted findings as
     * information, with the reason they were accepted.
     */
    protected void log(List<Finding> findings) {
        for (ShownFindings.Line line : ShownFindings.of(TextReport.inReadingOrder(findings))) {
            Finding finding = line.finding();
            if (finding.isAccepted()) {
                getLog().info(TextReport.oneLine(line));
            } else if (finding.severity() == Severity.ERROR) {
                getLog().error(TextReport.oneLine(line));
            } else {
                getLog().warn(TextReport.oneLine(line));
            }
        }
    }

    /**
     * What went wrong, in one line, for broken input, in a message that names {@code subject}
     * (null when it names no file); other files are named as {@link #display} names them.
     */
    protected String describe(Throwable failure, Path subject) {
        return FailureText.of(failure, subject, this::display);
    }

    /** Fails the build for findings: the build's fault is in its files, not in the build. */
    protected static MojoFailureException failure(String message) {
        return new MojoFailureException("nbexport: " + message);
    }
}
