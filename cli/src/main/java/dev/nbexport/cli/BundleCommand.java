package dev.nbexport.cli;

import dev.nbexport.core.bundle.ArchiveFormat;
import dev.nbexport.core.bundle.BundleListener;
import dev.nbexport.core.bundle.BundleResult;
import dev.nbexport.core.bundle.Bundler;
import dev.nbexport.core.bundle.Selection;
import dev.nbexport.core.bundle.TreePolicies;
import dev.nbexport.core.io.ShellWords;
import dev.nbexport.core.io.TemporaryFiles;
import dev.nbexport.core.policy.PolicyResolver;
import dev.nbexport.core.policy.Preset;
import dev.nbexport.core.report.Printable;
import dev.nbexport.core.report.TextReport;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class BundleCommand implements Callable<Integer> {

    private final OptionSpec output = Specs.option(Path.class, "FILE", "The archive to write (.tar.gz, .tgz, .zip or .tar).",
            "-o", "--output").required(true).build();
    private final OptionSpec format = Specs.option(String.class, "FORMAT",
            "tar.gz, zip or tar; the output's name decides, and must agree.", "--format").build();
    private final OptionSpec excludes = Specs.repeatable("PATTERN",
            "Leave out paths matching this gitignore-style pattern (repeatable); .nbexportignore is read too.", "--exclude");
    private final PositionalParamSpec root = Specs.positional(Path.class, "1", "DIR", "The project directory.").build();
    private final CommandSpec spec;
    private final PolicyOptions policy;
    private final KnownDataOption knownData;
    private final RunOptions run;
    private final Io io;

    BundleCommand(Io io) {
        this.io = io;
        spec = Specs.command(this, "bundle",
                "Export a project: its source-like files (notebooks, scripts, docs, environment files), never its data.",
                "Notebooks are stripped in memory (the originals stay as they are), and every entry is verified.",
                "The result is a deterministic archive with a manifest, and a .sha256 beside it.",
                "Any error finding stops the bundle: nothing is written. Every file left out is listed with its reason.",
                "Findings the policy accepts (verify.accepted) are listed, and the manifest records them with their reasons.",
                "The policy is the export preset: each .nbexport.yaml in the tree may tighten it for the files below it;",
                "one that would loosen it stops the bundle (exit 2): only flags or --policy loosen it.",
                "SOURCE_DATE_EPOCH sets the entries' time.");
        Specs.examples(spec,
                "  nbexport bundle project/ -o export.tar.gz",
                "  nbexport bundle project/ -o export.zip --exclude 'scratch/**'",
                "  nbexport bundle project/ -o export.tar.gz --known-data crm.csv",
                "  nbexport verify export.tar.gz               the gate at the office");
        policy = new PolicyOptions(spec);
        Specs.add(spec, output, format, excludes);
        knownData = new KnownDataOption(spec);
        run = new RunOptions(spec);
        Specs.add(spec, root);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        Problems problems = new Problems(io.err(), run.verbose());
        if (Files.exists(root()) && !Files.isDirectory(root())) {
            throw new UsageException(root() + ": not a folder (bundle takes the project's folder)");
        }
        if (!Files.isDirectory(root())) {
            problems.report(root().toString(), new java.nio.file.NoSuchFileException(root() + " (no such folder)"));
            return problems.exitCode();
        }
        ArchiveFormat archiveFormat = archiveFormat();
        PolicyResolver resolver = policy.resolver(Preset.EXPORT, problems);
        TreePolicies policies = TreePolicies.of(resolver);
        Bundler bundler = new Bundler(policies.of(root()), archiveFormat, Bundler.timeFrom(System.getenv("SOURCE_DATE_EPOCH")),
                run.jobs(false), policies::of).withKnownData(knownData.paths());
        BundleResult result;
        try (ProgressListener progress = new ProgressListener()) {
            result = bundler.bundle(root(), excludes(), output(), progress);
        } catch (IOException | UncheckedIOException e) {
            problems.report(failedFile(e), e);
            return problems.exitCode();
        }
        PrintStream out = io.out();
        problems.noteLoosened(policies.loosened());
        // Named as strip and verify name what they could not read; the report lists them too.
        for (Selection.Unreadable file : result.selection().unreadable()) {
            problems.note(root().resolve(file.path()).normalize() + ": " + file.problem());
        }
        if (!run.quiet()) {
            listLeftOut(result.selection().excluded(), out);
            if (result.knownValues().isWorthSaying() || knownData.isGiven()) {
                out.println(result.knownValues().summary());
            }
        }
        if (result.archive().isEmpty()) {
            out.print(TextReport.render(result.report()));
            problems.note("nothing written: " + result.report().errors() + " error finding"
                    + (result.report().errors() == 1 ? "" : "s") + " above must be fixed first"
                    + " (" + result.remedies() + ")"
                    + (result.report().hasErrorsThatCanBeAccepted()
                            ? "; nbexport verify --preset export --all-files --format accepted " + ShellWords.quoted(root().toString())
                                    + " drafts the entries that would accept them"
                            : ""));
            problems.raise(result.report().hasUnreadable() ? ExitCode.INVALID_INPUT : ExitCode.FINDINGS);
            return problems.exitCode();
        }
        if (!run.quiet()) {
            if (run.verbose()) {
                for (Selection.Included entry : result.selection().included()) {
                    out.println("  + " + Printable.escape(entry.entryName()));
                }
            }
            if (result.report().warnings() > 0 || result.report().accepted() > 0) {
                out.print(TextReport.render(result.report()));
            }
            int files = result.selection().included().size();
            out.println("wrote " + output() + ": " + files + (files == 1 ? " file, " : " files, ")
                    + Bytes.human(Files.size(output())) + "; checksum in " + output().getFileName() + ".sha256");
            out.flush();
        }
        return problems.exitCode();
    }

    /**
     * The format asked for: by the output's name, which must be a bundle's (the gate at the office
     * knows bundles by their names), and by {@code --format}, which must agree with the name.
     */
    private ArchiveFormat archiveFormat() {
        if (Files.isDirectory(output())) {
            throw new UsageException("-o " + output() + ": a folder; name the archive, such as "
                    + output().resolve("export.tar.gz"));
        }
        // A Path drops a final slash: read the name as given, which then meant a folder (or a slip).
        List<String> givenValues = output.originalStringValues();
        String given = givenValues.isEmpty() ? "" : givenValues.get(givenValues.size() - 1);
        if (given.endsWith("/") || given.endsWith(File.separator)) {
            throw new UsageException("-o " + given + ": ends in " + given.charAt(given.length() - 1) + ", as a folder's name does;"
                    + " name the archive without it (" + output() + ") or inside that folder (" + output().resolve("export.tar.gz") + ")");
        }
        String name = output().getFileName().toString();
        ArchiveFormat named = ArchiveFormat.ofBundleName(name).orElseThrow(() -> new UsageException("-o " + output()
                + ": a bundle's name ends in .tar.gz, .tgz, .zip or .tar, by which the gate knows it"));
        if (format() != null) {
            ArchiveFormat chosen;
            try {
                chosen = ArchiveFormat.byName(format());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (chosen != named) {
                throw new UsageException("--format " + format() + " but -o " + output() + " names a "
                        + named.extension().substring(1) + " archive");
            }
        }
        return named;
    }

    /** Every file left out, with its reason: what stays on site, shown whether the bundle is written or not. */
    private static void listLeftOut(List<Selection.Excluded> excluded, PrintStream out) {
        if (excluded.isEmpty()) {
            return;
        }
        out.println("left out (" + excluded.size() + "):");
        int width = excluded.stream().mapToInt(e -> Printable.escape(e.path()).length()).max().orElse(0);
        for (Selection.Excluded entry : excluded) {
            String path = Printable.escape(entry.path());
            out.println("  " + path + " ".repeat(width - path.length() + 2) + entry.reason());
        }
    }

    private Path output() {
        return Specs.value(output);
    }

    private Path root() {
        return Specs.value(root);
    }

    private String format() {
        return Specs.value(format);
    }

    private List<String> excludes() {
        return Specs.values(excludes);
    }

    /**
     * The file an I/O failure is about: a file of the project, or the output when the failure met
     * its folder or one of the temporary files written beside it (named {@code .OUTPUT.*}).
     */
    private String failedFile(Exception failure) {
        Throwable cause = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        if (!(cause instanceof FileSystemException fileSystem) || fileSystem.getFile() == null) {
            return output().toString();
        }
        Path file = Path.of(fileSystem.getFile()).toAbsolutePath().normalize();
        Path folder = output().toAbsolutePath().normalize().getParent();
        boolean besideOutput = folder.equals(file.getParent())
                && file.getFileName().toString().startsWith(TemporaryFiles.prefixBeside(output()));
        return file.equals(folder) || besideOutput ? output().toString() : fileSystem.getFile();
    }

    /** Shows the checking of the selected files as progress on a terminal. */
    private final class ProgressListener implements BundleListener, AutoCloseable {
        private Progress progress;

        @Override
        public void selected(Selection selection) {
            long bytes = selection.included().stream().mapToLong(file -> Progress.sizeOf(io, file.file())).sum();
            progress = Progress.start(io, "bundling", selection.included().size(), bytes, run.quiet());
        }

        @Override
        public void checked(Selection.Included file) {
            progress.done(Progress.sizeOf(io, file.file()));
        }

        @Override
        public void close() {
            if (progress != null) {
                progress.close();
            }
        }
    }
}
