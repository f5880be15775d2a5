package dev.nbexport.cli;

import static dev.nbexport.cli.Specs.flag;
import static dev.nbexport.cli.Specs.isSet;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.bundle.BundlePolicy;
import dev.nbexport.core.files.FileTasks;
import dev.nbexport.core.files.NotebookFiles;
import dev.nbexport.core.io.AtomicFiles;
import dev.nbexport.core.known.KnownValues;
import dev.nbexport.core.policy.InvalidPolicyException;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.report.AcceptListDraft;
import dev.nbexport.core.report.JsonReport;
import dev.nbexport.core.report.Printable;
import dev.nbexport.core.report.SarifReport;
import dev.nbexport.core.report.TextReport;
import dev.nbexport.core.report.VerifyReport;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import dev.nbexport.core.verify.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class VerifyCommand implements Callable<Integer> {

    enum Format { text, json, sarif, accepted }

    private final OptionSpec format = Specs.option(Format.class, "FORMAT",
            "Report format: ${COMPLETION-CANDIDATES} (default: text). The accepted format drafts, for the"
                    + " findings a reviewer may accept, entries of the policy file's accepted list (under verify),"
                    + " each with a reason to write.",
            "--format").initialValue(Format.text).build();
    private final OptionSpec output = Specs.option(Path.class, "FILE",
            "Write the report to FILE instead of standard output.", "-o", "--output").build();
    private final OptionSpec strict = flag("Fail on warnings too.", "--strict");
    private final OptionSpec allFiles = flag("In directories, check every file, not only notebooks.", "--all-files");
    private final PositionalParamSpec paths = Specs.positionals(Path.class, "1..*", "PATH",
            "Notebooks, other files and directories.");
    private final CommandSpec spec;
    private final PolicyOptions policy;
    private final KnownDataOption knownData;
    private final RunOptions run;
    private final Io io;

    VerifyCommand(Io io) {
        this.io = io;
        spec = Specs.command(this, "verify",
                "Check, independently of stripping, that files hold no data under the policy.",
                "Notebooks get the notebook rules; other files (given by name, or with --all-files) the file rules.",
                "A bundle (.tar.gz, .tgz, .tar, .zip given by name) is read as hostile input: unsafe entries are refused,",
                "every entry is verified, and the manifest is checked; bundles are judged under the export preset by default.",
                "Reports show where and what (rule, cell, pointer or line, size, hash prefix), never the data itself.",
                "The policy options are strip's: verify allows what strip with the same options keeps.",
                "Under --preset export, as for a bundle, a .nbexport.yaml may tighten it, only flags or --policy loosen it.");
        Specs.examples(spec,
                "  nbexport verify notebooks/                         every notebook below it",
                "  nbexport verify --preset export --all-files project/",
                "  nbexport verify --all-files --known-data crm.csv project/",
                "  nbexport verify --format sarif --output nbexport.sarif notebooks/",
                "  nbexport verify export.tar.gz                      the gate at the office");
        policy = new PolicyOptions(spec);
        Specs.add(spec, format, output, strict, allFiles);
        knownData = new KnownDataOption(spec);
        run = new RunOptions(spec);
        Specs.add(spec, paths);
    }

    CommandSpec spec() {
        return spec;
    }

    /** Bundles in folders that were not verified: a run that verified nothing else fails (a gate at a folder of arrivals). */
    private int skippedBundles;

    /**
     * The files to verify below a folder: its notebooks, or every file with {@code --all-files}. A
     * bundle found there is not verified then, unless it is among {@code namedFiles} (as
     * {@link NamedFiles#identity} gives them); a gate pointed at a folder of arrivals is told so.
     */
    private List<Path> filesIn(Path folder, Set<Path> namedFiles, Problems problems) {
        if (isSet(allFiles)) {
            return NotebookFiles.find(List.of(folder), true);
        }
        List<Path> found = NotebookFiles.walk(folder, dir -> false, file -> NotebookFiles.isNotebook(file) || Nbexport.isBundle(file));
        // Besides notebooks and bundles, a folder below that could not be opened: reported as unreadable.
        List<Path> notebooks = found.stream().filter(file -> !isBundle(file)).toList();
        int bundles = (int) found.stream().filter(file -> isBundle(file) && !namedFiles.contains(NamedFiles.identity(file))).count();
        skippedBundles += bundles;
        if (bundles > 0) {
            problems.note(Printable.escape(folder.toString()) + ": " + bundles + (bundles == 1 ? " bundle" : " bundles")
                    + " not verified, as a folder is verified for its notebooks; name each bundle, or add --all-files");
        }
        return notebooks;
    }

    /** A bundle by its name, not a folder so named that could not be opened. */
    private static boolean isBundle(Path file) {
        return Nbexport.isBundle(file) && !Files.isDirectory(file);
    }

    @Override
    public Integer call() throws IOException {
        Problems problems = new Problems(io.err(), run.verbose());
        PolicyResolver resolver = policy.resolver(Preset.NBSTRIPOUT, problems);
        // A bundle is about to leave a site or has just arrived: judged under export unless told otherwise.
        PolicyResolver bundleResolver = policy.resolver(Preset.EXPORT, problems);
        List<Path> files = new ArrayList<>();
        List<Path> roots = Specs.values(paths);
        Predicate<Path> firstMeeting = NamedFiles.firstMeeting(roots);
        // A bundle named is verified, wherever on the command line a folder that holds it is named too.
        Set<Path> namedFiles = new HashSet<>();
        roots.stream().filter(root -> !Files.isDirectory(root)).forEach(root -> namedFiles.add(NamedFiles.identity(root)));
        for (Path root : roots) {
            List<Path> found = Files.isDirectory(root) ? filesIn(root, namedFiles, problems)
                    : NamedFiles.isRegularFile(root, problems) ? List.of(root) : List.of();
            found.stream().filter(firstMeeting).forEach(files::add);
        }
        Set<String> bundles = new HashSet<>();
        files.stream().filter(Nbexport::isBundle).forEach(bundle -> bundles.add(bundle.toString()));
        // Under the export preset, checking before a bundle: a project file may not loosen it here either.
        List<Path> read = new ArrayList<>(roots.stream().filter(Files::isDirectory).toList());
        files.stream().filter(file -> !Nbexport.isBundle(file)).forEach(read::add);
        problems.noteLoosened(BundlePolicy.forVerify(resolver, read, BundlePolicy.Loosening.COMMAND_LINE));
        // The data files verified (with --all-files, or named) protect themselves: their values may be in no text.
        KnownValues known = Nbexport.knownValues(files, knownData.paths());
        if (!run.quiet() && (known.isWorthSaying() || knownData.isGiven())) {
            problems.note(known.summary());
        }
        List<Finding> findings = new ArrayList<>();
        int[] checked = {0};
        long totalBytes = files.stream().mapToLong(file -> Progress.sizeOf(io, file)).sum();
        try (Progress progress = Progress.start(io, "verifying", files.size(), totalBytes, run.quiet())) {
            // A bundle counts as the entries it holds, so the summary says how much the gate looked at.
            int jobs = run.jobs(false);
            // A bundle verifies its entries on threads of its own: the cores are shared out, not multiplied.
            int threadsPerBundle = Math.max(1, jobs / Math.max(1, Math.min(jobs, files.size())));
            FileTasks.run(files, jobs, file -> Nbexport.isBundle(file)
                            ? Nbexport.verifyBundle(file, BundlePolicy.forGate(bundleResolver, file), threadsPerBundle)
                            : new VerifyReport(1, Nbexport.verifyFile(file, resolver.forPath(file), known)),
                    (file, report, failure) -> {
                        if (failure != null) {
                            problems.report(file.toString(), failure);
                        } else {
                            checked[0] += report.filesChecked();
                            findings.addAll(report.findings());
                        }
                        progress.done(Progress.sizeOf(io, file));
                    });
        }
        // The names leave with the files: each folder's are judged as a bundle of it would judge them.
        Set<Path> folders = new HashSet<>();
        for (Path root : roots) {
            if (Files.isDirectory(root) && folders.add(NamedFiles.identity(root))) {
                try {
                    findings.addAll(Nbexport.verifyFolderNames(root, resolver.forPath(root), isSet(allFiles), known));
                } catch (IOException | UncheckedIOException | InvalidPolicyException e) {
                    problems.report(root.toString(), e);
                }
            }
        }
        boolean unreadable = findings.stream().anyMatch(f -> f.rule() == Rule.UNREADABLE);
        // A file that could not be verified is in the report too, JSON and SARIF readers see no
        // stderr; its exit code is the one its line on stderr gave.
        for (Problems.Failed failed : problems.failed()) {
            findings.add(new Finding(Rule.UNREADABLE, Severity.ERROR, failed.file(), -1, null, null, -1, -1, null,
                    "not verified: " + failed.problem()));
        }
        VerifyReport report = new VerifyReport(checked[0], findings);
        String rendered = switch (Specs.<Format>value(format)) {
            case text -> TextReport.render(report);
            case json -> JsonReport.render(report);
            case sarif -> SarifReport.render(report);
            case accepted -> AcceptListDraft.render(report.findings(), finding -> targetOf(finding, resolver, bundles));
        };
        Path reportFile = Specs.value(output);
        if (reportFile == null) {
            io.out().print(rendered);
            io.out().flush();
        } else {
            try {
                AtomicFiles.writeIfDifferent(reportFile, rendered.getBytes(StandardCharsets.UTF_8));
                if (!run.quiet()) {
                    problems.note(TextReport.summary(report) + "; report written to " + reportFile);
                }
            } catch (IOException e) {
                problems.cannotWrite(reportFile.toString(), e);
            }
        }
        if (!report.passes(isSet(strict))) {
            if (report.hasErrorsThatCanBeAccepted() && Specs.<Format>value(format) == Format.text && !run.quiet()) {
                boolean credential = report.findings().stream()
                        .anyMatch(f -> f.rule() == Rule.CREDENTIAL && f.isUnacceptedError());
                problems.note("take out what is data" + (credential ? ", and revoke a credential that was real" : "")
                        + "; a value reviewed and found not to be data can be accepted under verify.accepted in the"
                        + " policy file: --format accepted drafts the entries");
            }
            problems.raise(ExitCode.FINDINGS);
        }
        if (unreadable) {
            problems.raise(ExitCode.INVALID_INPUT);
        }
        if (checked[0] == 0 && skippedBundles > 0) {
            problems.note("nothing verified: name the bundles to verify them");
            problems.raise(ExitCode.USAGE);
        }
        return problems.exitCode();
    }

    /**
     * Where an acceptance of {@code finding} belongs: for a file, the policy file that applies to it
     * (else a new project file that would), naming it from that file's folder; for a bundle's
     * entry, the gate's policy file, naming it by its path in the bundle.
     */
    private static AcceptListDraft.Target targetOf(Finding finding, PolicyResolver resolver, Set<String> bundles) {
        int bang = finding.file().indexOf('!');
        while (bang >= 0) {
            if (bundles.contains(finding.file().substring(0, bang))) {
                return new AcceptListDraft.Target("the gate's policy file, named by --policy FILE",
                        finding.file().substring(bang + 1));
            }
            bang = finding.file().indexOf('!', bang + 1);
        }
        Path file = Path.of(finding.file());
        return AcceptListDraft.Target.forFile(file, resolver.policyFileFor(file.toAbsolutePath()), Path.of(""));
    }
}
