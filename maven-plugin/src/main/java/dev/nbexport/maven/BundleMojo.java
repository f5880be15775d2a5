package dev.nbexport.maven;

import dev.nbexport.core.bundle.ArchiveFormat;
import dev.nbexport.core.bundle.BundleListener;
import dev.nbexport.core.bundle.BundlePolicy;
import dev.nbexport.core.bundle.BundleResult;
import dev.nbexport.core.bundle.Bundler;
import dev.nbexport.core.bundle.Selection;
import dev.nbexport.core.bundle.TreePolicies;
import dev.nbexport.core.files.FileTasks;
import dev.nbexport.core.io.AtomicFiles;
import dev.nbexport.core.policy.InvalidPolicyException;
import dev.nbexport.core.policy.Policy;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.report.AcceptListDraft;
import dev.nbexport.core.report.Printable;
import dev.nbexport.core.report.TextReport;
import dev.nbexport.core.report.VerifyReport;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Exports the project: takes its source-like files (notebooks, scripts, docs, environment files;
 * never the build directory), strips the notebooks in memory (the originals stay as they are),
 * verifies every entry, and writes a deterministic archive with a manifest
 * ({@code NBEXPORT-MANIFEST.json}) and a {@code .sha256} beside it, then attaches the archive to
 * the project with a classifier, so that {@code install} and {@code deploy} carry it. Any error
 * finding fails the build and nothing is written. The preset is {@code export} unless
 * {@code preset} or the policy file says otherwise. Bound to {@code package}, before the
 * {@code verify} goal, which it does not rely on: what it packs it has verified itself.
 */
@Mojo(name = "bundle", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BundleMojo extends AbstractNbexportMojo {

    /** Where a build loosens the export preset, as a project file that tries to is told. */
    static final BundlePolicy.Loosening LOOSENING = new BundlePolicy.Loosening("the plugin's parameters",
            "-Dnbexport.preset=%1$s or <preset>%1$s</preset>", "-Dnbexport.policy=FILE or <policyFile>");

    /** The directory exported. */
    @Parameter(property = "nbexport.bundleDirectory", defaultValue = "${project.basedir}")
    protected File bundleDirectory;

    /**
     * Paths to leave out of the archive, as gitignore-style patterns relative to the bundle
     * directory (the syntax of {@code .nbexportignore}, which is read too), e.g. {@code scratch/}.
     * The build directory and those of the reactor's other projects (a parent's modules) are no
     * part of the tree: never taken, nor listed as left out in the manifest; nor, in a build of
     * a parent alone ({@code -N}), those of its modules, as their POMs declare them (else their
     * {@code target}).
     */
    @Parameter
    protected List<String> excludes;

    /** The draft of acceptances a refused bundle writes into the build directory's nbexport folder. */
    static final String ACCEPTED_DRAFT = "bundle.accepted.yaml";

    /** The archive format: {@code tar.gz}, {@code zip} or {@code tar}. */
    @Parameter(property = "nbexport.format", defaultValue = "tar.gz")
    protected String format;

    /** The classifier the archive is attached with; the archive is {@code FINALNAME-CLASSIFIER.EXT}. */
    @Parameter(property = "nbexport.classifier", defaultValue = "export")
    protected String classifier;

    /** Attach the archive to the project, so that {@code install} and {@code deploy} carry it. */
    @Parameter(property = "nbexport.attach", defaultValue = "true")
    protected boolean attach;

    /** Where the archive is written. */
    @Parameter(defaultValue = "${project.build.directory}", required = true)
    protected File outputDirectory;

    /** The archive's name before the classifier. */
    @Parameter(defaultValue = "${project.build.finalName}", required = true)
    protected String finalName;

    /**
     * The time of every entry in the archive, for reproducible builds: an ISO-8601 instant
     * ({@code 2026-01-01T00:00:00Z}) or seconds since the epoch. Default: the project's
     * {@code project.build.outputTimestamp}, else the {@code SOURCE_DATE_EPOCH} environment
     * variable, else 2000-01-01T00:00:00Z.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    protected String outputTimestamp;

    /** The build directory, always left out of the archive. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    protected File buildDirectory;

    /** The build's session: the other projects of the reactor, whose build directories are left out too. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Component
    protected MavenProjectHelper projectHelper;

    /**
     * Data files kept outside the project (a CSV export of the CRM's customers, an Excel workbook), or
     * folders of CSV, TSV, text files and workbooks ({@code .xlsx}, {@code .xlsm}, {@code .ods}): texts holding the values of their columns that identify people (names,
     * ids, e-mails, phone numbers, IBANs) are reported as {@code known-data}, an error, and stop the bundle; the CSV and TSV files and workbooks the bundle leaves home are read anyway.
     * Parquet and legacy Excel ({@code .xls}) are not read: save as {@code .xlsx} or {@code .ods} or export those columns as
     * CSV. Read at most 64 MB of a file.
     */
    @Parameter(property = "nbexport.knownData")
    protected List<File> knownData;

    /** Skip this goal only: no archive is written or attached, while {@code strip} and {@code verify} still run. */
    @Parameter(property = "nbexport.bundle.skip", defaultValue = "false")
    protected boolean skipBundle;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipBundle, "nbexport.bundle.skip")) {
            return;
        }
        ArchiveFormat archiveFormat = archiveFormat(format);
        if (classifier == null || classifier.isBlank()) {
            throw new MojoExecutionException("nbexport: <classifier> must not be empty: the archive must not replace"
                    + " the project's main artifact");
        }
        Path root = bundleDirectory.toPath().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new MojoExecutionException("nbexport: " + display(root) + ": no such directory");
        }
        String type = archiveFormat.extension().substring(1);
        Path output = outputDirectory.toPath().toAbsolutePath().normalize()
                .resolve(finalName + "-" + classifier.strip() + archiveFormat.extension());
        List<String> patterns = excludes == null ? List.of() : List.copyOf(excludes);
        // Build output is no part of the tree: neither taken nor listed, whether a build wrote it yet or not.
        Set<Path> outside = new LinkedHashSet<>();
        outside.add(buildDirectory.toPath());
        outside.add(output.getParent());
        Set<Path> inReactor = new HashSet<>();
        for (MavenProject other : reactorProjects()) {
            outside.add(Path.of(other.getBuild().getDirectory()));
            inReactor.add(other.getBasedir().toPath().toAbsolutePath().normalize());
        }
        // A build of this project alone (-N) does not hold its modules: their build directories come from their POMs.
        outside.addAll(ModuleBuildDirectories.outsideReactor(basedir(), project.getModules(), inReactor::contains));

        PolicyResolver resolver = resolver(Preset.EXPORT);
        TreePolicies policies = TreePolicies.of(resolver, LOOSENING);
        Policy policy = policyFor(policies::of, root);
        BundleResult result;
        try {
            result = new Bundler(policy, archiveFormat, time(), FileTasks.defaultJobs(false), policies::of)
                    .withKnownData(knownDataPaths())
                    .bundle(root, patterns, outside, output, BundleListener.NONE);
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("nbexport: bundle of " + display(root) + " failed: " + describe(e, null));
        } catch (InvalidPolicyException e) {
            // A project file deeper in the tree, which loosens the preset or cannot be read.
            throw new MojoExecutionException("nbexport: " + policyProblem(e));
        }
        if (result.knownValues().isWorthSaying() || knownData != null && !knownData.isEmpty()) {
            getLog().info("nbexport: " + result.knownValues().summary());
        }
        log(result.report().findings());
        warnLoosened(policies.loosened());
        List<Selection.Excluded> excluded = result.selection().excluded();
        for (Selection.Excluded entry : excluded) {
            getLog().debug("nbexport: left out " + Printable.escape(entry.path()) + ": " + entry.reason());
        }
        String draft = acceptedDraft(result, root, resolver);
        if (result.archive().isEmpty()) {
            throw failure(TextReport.summary(result.report()) + ". Nothing written: the error findings above must be"
                    + " fixed first (" + result.remedies() + ")" + draft);
        }
        long size;
        try {
            size = Files.size(output);
        } catch (IOException e) {
            throw new MojoExecutionException("nbexport: " + display(output) + ": " + describe(e, output));
        }
        int files = result.selection().included().size();
        getLog().info("nbexport: wrote " + display(output) + ": " + files + (files == 1 ? " file, " : " files, ")
                + size + " bytes, " + excluded.size() + " left out (listed with -X and in the manifest); checksum in "
                + output.getFileName() + ".sha256");
        if (attach) {
            projectHelper.attachArtifact(project, type, classifier.strip(), output.toFile());
            getLog().info("nbexport: attached with classifier " + classifier.strip() + " (type " + type + ")");
        }
    }

    /**
     * Where the refused bundle's findings that a reviewer may accept are drafted as policy-file
     * entries (the full hash an entry needs is in no log), for the failure to name; a draft an
     * earlier build left is removed when there is none to write.
     */
    private String acceptedDraft(BundleResult result, Path root, PolicyResolver resolver) throws MojoExecutionException {
        VerifyReport report = result.report();
        Path draft = buildDirectory.toPath().resolve("nbexport").resolve(ACCEPTED_DRAFT);
        try {
            if (result.archive().isPresent() || !report.hasErrorsThatCanBeAccepted()) {
                Files.deleteIfExists(draft);
                return "";
            }
            String rendered = AcceptListDraft.render(report.findings(), finding -> {
                Path file = root.resolve(finding.file());
                return AcceptListDraft.Target.forFile(file, resolver.policyFileFor(file), basedir());
            });
            Files.createDirectories(draft.getParent());
            AtomicFiles.writeIfDifferent(draft, rendered.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MojoExecutionException("nbexport: cannot write " + display(draft) + ": " + describe(e, draft));
        }
        return "; the entries that would accept them, each with a reason to write, are drafted in " + display(draft);
    }

    /**
     * The projects of the reactor, also those {@code -pl} leaves out of this build: a module's build
     * directory under the bundle's root holds what an earlier build left there (reports, generated
     * sources), never the project's sources.
     */
    private List<MavenProject> reactorProjects() {
        List<MavenProject> all = session == null ? null : session.getAllProjects();
        return all != null ? all : session == null ? List.of() : session.getProjects();
    }

    private Instant time() throws MojoExecutionException {
        String value = outputTimestamp == null ? "" : outputTimestamp.strip();
        // Maven's convention: a single character (or nothing) means no timestamp was set.
        if (value.length() < 2) {
            try {
                return Bundler.timeFrom(System.getenv("SOURCE_DATE_EPOCH"));
            } catch (NumberFormatException e) {
                throw new MojoExecutionException("nbexport: SOURCE_DATE_EPOCH is not a number of seconds");
            }
        }
        try {
            return value.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(value))
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            throw new MojoExecutionException("nbexport: <outputTimestamp> '" + value
                    + "' is neither an ISO-8601 time (2026-01-01T00:00:00Z) nor seconds since the epoch");
        }
    }

    /**
     * The archive format named {@code name}; a report format's name (one letter from {@code
     * nbexport.formats}, the verify goal's) is pointed there.
     */
    static ArchiveFormat archiveFormat(String name) throws MojoExecutionException {
        try {
            return ArchiveFormat.byName(name.strip());
        } catch (IllegalArgumentException e) {
            boolean reportFormat = List.of("text", "json", "sarif", "accepted").contains(name.strip().toLowerCase(Locale.ROOT));
            throw new MojoExecutionException("nbexport: <format>: " + e.getMessage()
                    + (reportFormat ? "; the verify goal's reports are chosen with <formats> (-Dnbexport.formats)" : ""));
        }
    }

    private List<Path> knownDataPaths() throws MojoExecutionException {
        List<Path> paths = new java.util.ArrayList<>();
        for (File file : knownData == null ? List.<File>of() : knownData) {
            if (!file.exists()) {
                throw new MojoExecutionException("nbexport: <knownData>: " + display(file.toPath()) + ": no such file or folder");
            }
            paths.add(file.toPath());
        }
        return paths;
    }
}
