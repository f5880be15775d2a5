package dev.nbexport.cli;

import dev.nbexport.core.Nbexport;
import dev.nbexport.core.files.FileTasks;
import dev.nbexport.core.files.NotebookFiles;
import dev.nbexport.core.io.AtomicFiles;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.report.JsonReport;
import dev.nbexport.core.report.SarifReport;
import dev.nbexport.core.report.TextReport;
import dev.nbexport.core.report.VerifyReport;
import dev.nbexport.core.verify.Finding;
import dev.nbexport.core.verify.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "verify", sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Check, independently of stripping, that files hold no data under the policy.",
            "Notebooks get the notebook rules; other files (given by name, or with --all-files) the file rules.",
            "A bundle (.tar.gz, .tgz, .tar, .zip given by name) is read as hostile input: unsafe entries are refused,",
            "every entry is verified, and the manifest is checked; bundles are judged under the export preset by default.",
            "Reports show where and what (rule, cell, pointer or line, size, hash prefix), never the data itself."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  nbexport verify notebooks/                          every notebook below notebooks/",
            "  nbexport verify --preset export --all-files project/",
            "  nbexport verify --format sarif --output nbexport.sarif notebooks/",
            "  nbexport verify export.tar.gz                      the gate at the office",
            "",
            ExitCode.HELP})
final class VerifyCommand implements Callable<Integer> {

    enum Format { text, json, sarif }

    @Mixin
    PolicyOptions policy;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Report format: ${COMPLETION-CANDIDATES} (default: text).")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--all-files", description = "In directories, check every file, not only notebooks.")
    boolean allFiles;

    @Mixin
    RunOptions run;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Notebooks, other files and directories.")
    List<Path> paths = new ArrayList<>();

    private final Io io;

    VerifyCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        Problems problems = new Problems(io.err(), run.verbose);
        PolicyResolver resolver = policy.resolver(Preset.NBSTRIPOUT, problems);
        // A bundle is about to leave a site or has just arrived: judged under export unless told otherwise.
        PolicyResolver bundleResolver = policy.resolver(Preset.EXPORT, problems);
        List<Path> files = new ArrayList<>();
        for (Path root : paths) {
            if (Files.isDirectory(root)) {
                files.addAll(NotebookFiles.find(List.of(root), allFiles));
            } else if (Files.exists(root)) {
                files.add(root);
            } else {
                problems.report(root.toString(), new NoSuchFileException(root.toString()));
            }
        }
        List<Finding> findings = new ArrayList<>();
        int[] checked = {0};
        long totalBytes = files.stream().mapToLong(file -> Progress.sizeOf(io, file)).sum();
        try (Progress progress = Progress.start(io, "verifying", files.size(), totalBytes, run.quiet)) {
            // A bundle counts as the entries it holds, so the summary says how much the gate looked at.
            int jobs = run.jobs(false);
            // A bundle verifies its entries on threads of its own: the cores are shared out, not multiplied.
            int threadsPerBundle = Math.max(1, jobs / Math.max(1, Math.min(jobs, files.size())));
            FileTasks.run(files, jobs, file -> Nbexport.isBundle(file)
                            ? Nbexport.verifyBundle(file, bundleResolver.forPath(file), threadsPerBundle)
                            : new VerifyReport(1, Nbexport.verifyFile(file, resolver.forPath(file))),
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
        VerifyReport report = new VerifyReport(checked[0], findings);
        String rendered = switch (format) {
            case text -> TextReport.render(report);
            case json -> JsonReport.render(report);
            case sarif -> SarifReport.render(report);
        };
        if (output == null) {
            io.out().print(rendered);
            io.out().flush();
        } else {
            AtomicFiles.writeIfDifferent(output, rendered.getBytes(StandardCharsets.UTF_8));
            if (!run.quiet) {
                problems.note(TextReport.summary(report) + "; report written to " + output);
            }
        }
        if (!report.passes(strict)) {
            problems.raise(ExitCode.FINDINGS);
        }
        if (findings.stream().anyMatch(f -> f.rule() == Rule.UNREADABLE)) {
            problems.raise(ExitCode.INVALID_INPUT);
        }
        return problems.exitCode();
    }
}
